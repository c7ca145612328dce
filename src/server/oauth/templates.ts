import { TEMPLATE } from '../../catalog/templates.js';

/** Server-side values an OAuth URL template may name as `{{$name}}`. */
export interface OAuthUrlVariables {
  sandbox_oauth_url?: string | undefined;
}

export class MissingUrlVariable extends Error {
  override name = 'MissingUrlVariable';
  constructor(readonly variable: string) {
    super(`the URL needs ${variable}, which this server does not have`);
  }
}

/**
 * Renders an authorize / token URL template: field values are URL-encoded (they were validated against
 * the connector's fields first), `{{$name}}` server variables are inserted as they are.
 */
export function renderOAuthUrl(template: string, values: Record<string, string>, variables: OAuthUrlVariables): URL {
  const text = template.replace(TEMPLATE, (_match, name: string) => {
    if (name.startsWith('$')) {
      const value = variables[name.slice(1) as keyof OAuthUrlVariables];
      if (!value) throw new MissingUrlVariable(name);
      return value;
    }
    return encodeURIComponent(values[name] ?? '');
  });
  return new URL(text);
}
