import type { Field, FieldValidation, Notice } from '../../contract/fields.js';
import type { ConnectorDefinition } from '../schema.js';

/** Small builders so each connector file reads like the provider's own setup guide. */

interface FieldText {
  placeholder: string;
  /** Where the user finds the value. */
  description: string;
  tooltip?: string;
  validation?: FieldValidation;
  required?: boolean;
}

/** A visible, non-secret text value (domain, id, e-mail…); stored as setup information. */
export function textField(key: string, label: string, text: FieldText): Field {
  return {
    key,
    label,
    type: 'text',
    required: text.required ?? true,
    secret: false,
    placeholder: text.placeholder,
    guide: { description: text.description, ...(text.tooltip ? { tooltip: text.tooltip } : {}) },
    ...(text.validation ? { validation: text.validation } : {}),
  };
}

/** A credential: masked input, encrypted at rest, redacted when read back. */
export function secretField(key: string, label: string, text: FieldText): Field {
  return {
    key,
    label,
    type: 'password',
    required: text.required ?? true,
    secret: true,
    placeholder: text.placeholder,
    guide: { description: text.description, ...(text.tooltip ? { tooltip: text.tooltip } : {}) },
    ...(text.validation ? { validation: text.validation } : {}),
  };
}

export function selectField(
  key: string,
  label: string,
  options: { value: string; label: string }[],
  text: Omit<FieldText, 'validation'> & { value?: string },
): Field {
  return {
    key,
    label,
    type: 'select',
    required: text.required ?? true,
    secret: false,
    placeholder: text.placeholder,
    options,
    ...(text.value !== undefined ? { value: text.value } : {}),
    guide: { description: text.description, ...(text.tooltip ? { tooltip: text.tooltip } : {}) },
  };
}

/** Anchored patterns: the StackOne client tests `new RegExp(pattern)` unanchored (CONTRACT.md §3.2). */
export function pattern(source: string, error: string): FieldValidation {
  return { type: 'html-pattern', pattern: source, error };
}

export const SUBDOMAIN_PATTERN = '^[a-z0-9][a-z0-9-]*$';

/** The `acme` part of `acme.<host>`. */
export function subdomainField(key: string, label: string, host: string, where: string): Field {
  return textField(key, label, {
    placeholder: 'acme',
    description: [`The part before .${host} in the address you sign in at (for acme.${host} enter "acme").`, where]
      .filter(Boolean)
      .join(' '),
    validation: pattern(SUBDOMAIN_PATTERN, `Enter only the subdomain, e.g. "acme" for acme.${host}.`),
  });
}

export const EMAIL_PATTERN = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';

export function emailField(key: string, label: string, description: string): Field {
  return textField(key, label, {
    placeholder: 'jane@acme.com',
    description,
    validation: pattern(EMAIL_PATTERN, 'Enter a valid e-mail address.'),
  });
}

/** Two or more labels and a letters-only top label: IP literals in every form (`10.0.0.5`, `0x7f.1`) end in digits. */
export const HOSTNAME_PATTERN = '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.([a-z]{2,63}|xn--[a-z0-9-]+)$';

/** A host name such as `acme.okta.com`, without scheme or path. */
export function hostnameField(key: string, label: string, example: string, description: string): Field {
  return textField(key, label, {
    placeholder: example,
    description,
    validation: pattern(HOSTNAME_PATTERN, `Enter the host name only, e.g. "${example}" (no https://, no path).`),
  });
}

export function warning(key: string, description: string, anchor?: string): Notice {
  return { key, type: 'warning', description, position: 'top', ...(anchor ? { anchor } : {}) };
}

export function info(key: string, description: string, position: 'top' | 'bottom' = 'top'): Notice {
  return { key, type: 'info', description, position };
}

/** `auth` block of every connector that links through the provider's consent screen. */
export const OAUTH2_AUTH_CODE = { type: 'oauth2', grant_type: 'authorization_code' } as const;

/** Atlassian Cloud (Jira, Confluence): site + account e-mail + API token, checked with Basic auth. */
export function atlassianCloud(verifyPath: string, supportLink: string): Pick<ConnectorDefinition, 'auth' | 'fields' | 'support' | 'verify'> {
  return {
    auth: { type: 'basic' },
    fields: [
      subdomainField('site', 'Site', 'atlassian.net', ''),
      emailField('email', 'Atlassian account e-mail', 'The e-mail you sign in to Atlassian with; the token belongs to this account.'),
      secretField('api_token', 'API token', {
        placeholder: 'ATATT3xFfGF0…',
        description: 'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.',
      }),
    ],
    support: { link: supportLink },
    verify: {
      method: 'GET',
      url: `https://{{site}}.atlassian.net${verifyPath}`,
      headers: { accept: 'application/json' },
      basic: { username: '{{email}}', password: '{{api_token}}' },
      success_statuses: [200],
    },
  };
}
