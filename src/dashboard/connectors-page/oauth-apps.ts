import type { SchemaOf } from '../../contract/json-schema/check.js';
import type { OAuthClient, OAuthClientWrite } from '../../contract/oauth.js';

export type { OAuthClient, OAuthClientWrite };

/** `OAuthClient` of src/contract/oauth.ts, for the admin client's response check. */
export const OAuthClientSchema: SchemaOf<OAuthClient> = {
  type: 'object',
  properties: {
    provider: { type: 'string' },
    name: { type: 'string' },
    configured: { type: 'boolean' },
    client_id: { type: ['string', 'null'] },
    client_secret_set: { type: 'boolean' },
    scopes: { type: 'array', items: { type: 'string' } },
    redirect_uri: { type: 'string' },
    updated_at: { type: ['string', 'null'] },
  },
  required: ['provider', 'name', 'configured', 'client_id', 'client_secret_set', 'scopes', 'redirect_uri', 'updated_at'],
} as SchemaOf<OAuthClient>;

export const OAuthClientListSchema: SchemaOf<OAuthClient[]> = { type: 'array', items: OAuthClientSchema } as SchemaOf<OAuthClient[]>;

/** Scopes as typed (spaces, commas or new lines between them); empty = the connector's defaults. */
export function parseScopes(text: string): string[] | null {
  const scopes = text.split(/[\s,]+/).filter(Boolean);
  return scopes.length ? [...new Set(scopes)] : null;
}

/** The words of the OAuth app part of the Connectors page (kept here, next to the page that shows them). */
export const OAUTH_APP_STRINGS = {
  needsApp: 'Needs an OAuth app',
  needsAppHint: (name: string) => `${name} is hidden from the hub until its OAuth app is set.`,
  setUpApp: 'Set up OAuth app',
  editApp: 'Edit OAuth app',
  formTitle: (name: string) => `${name} OAuth app`,
  redirectLabel: 'Redirect URI to register at the provider',
  redirectHint: (name: string) => `Register this exact URL in ${name}'s app settings, then copy its client ID and secret here.`,
  clientIdLabel: 'Client ID',
  clientSecretLabel: 'Client secret',
  clientSecretKeep: 'Leave empty to keep the saved secret.',
  scopesLabel: 'Scopes',
  scopesHint: (defaults: string) => (defaults ? `Separated by spaces. Empty: the connector's defaults (${defaults}).` : 'Separated by spaces.'),
  save: 'Save OAuth app',
  saving: 'Saving…',
  cancel: 'Cancel',
  required: (label: string) => `${label} is required.`,
  saved: (name: string) => `${name}'s OAuth app is saved: the hub lists ${name} now.`,
  saveFailed: (name: string, reason: string) => `Could not save ${name}'s OAuth app: ${reason}`,
  loadFailed: (reason: string) => `Could not read the OAuth apps: ${reason}`,
};
