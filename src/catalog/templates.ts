/**
 * A connector's URL, header and body templates: `{{field_key}}` is a credential value, `{{$name}}` a value
 * of this server (`$base_url`, `$sandbox_oauth_url`). One reading of them for everything that renders or
 * checks a template.
 */
export const TEMPLATE = /\{\{\s*(\$?[A-Za-z0-9_.-]+)\s*\}\}/g;

/** The credential field keys a template reads (server variables left out). */
export function templateFields(template: string): string[] {
  return [...template.matchAll(TEMPLATE)].map((m) => m[1]!).filter((name) => !name.startsWith('$'));
}

/** The host part of an absolute URL template: `https://{{okta_domain}}/api` → `{{okta_domain}}`. */
export function hostTemplateOf(template: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(template)?.[1];
}
