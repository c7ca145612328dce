import type { ConnectorDefinition, VerifyRequest } from '../../src/catalog/index.js';

/** Every `{{name}}` placeholder in a template string. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1]!);
}

/** Every template string a verify request carries (URL, query, headers, Basic parts, JSON body leaves). */
export function verifyTemplates(verify: VerifyRequest): string[] {
  const templates = [verify.url, ...Object.values(verify.query ?? {}), ...Object.values(verify.headers ?? {})];
  if (verify.basic) templates.push(verify.basic.username, verify.basic.password);
  const collect = (value: unknown): void => {
    if (typeof value === 'string') templates.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(verify.body);
  return templates;
}

export function oauthTemplates(def: ConnectorDefinition): string[] {
  if (!def.oauth) return [];
  return [def.oauth.authorize_url, def.oauth.token_url, ...(def.oauth.issuer ? [def.oauth.issuer] : []), ...(def.oauth.follow_up ? [def.oauth.follow_up.url] : [])];
}

/**
 * A test-side rendering of a verify request, following the rules written in `src/catalog/schema.ts`
 * (values URL-encoded in `url` and `query`, raw elsewhere). It lets the catalog tests prove that a sandbox
 * connector's definition really reaches its pretend provider; the server has its own renderer.
 */
export function renderVerifyRequest(verify: VerifyRequest, values: Record<string, string>, baseUrl: string): Request {
  const fill = (template: string, encode: boolean) =>
    template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_, name: string) => {
      if (name === '$base_url') return baseUrl;
      const value = values[name] ?? '';
      return encode ? encodeURIComponent(value) : value;
    });
  const url = new URL(fill(verify.url, true));
  for (const [name, template] of Object.entries(verify.query ?? {})) url.searchParams.set(name, fill(template, false));
  const headers = new Headers();
  for (const [name, template] of Object.entries(verify.headers ?? {})) headers.set(name, fill(template, false));
  if (verify.basic) {
    const pair = `${fill(verify.basic.username, false)}:${fill(verify.basic.password, false)}`;
    headers.set('authorization', `Basic ${Buffer.from(pair).toString('base64')}`);
  }
  return new Request(url, { method: verify.method, headers });
}
