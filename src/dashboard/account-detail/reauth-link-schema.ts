import type { ReauthLink } from '../../contract/account-health.js';
import type { SchemaOf } from '../../contract/json-schema/check.js';

/** `POST /accounts/{id}/reauth_link`'s answer, as the dashboard checks it (the hub's generated schemas leave it out). */
export const ReauthLinkSchema: SchemaOf<ReauthLink> = {
  type: 'object',
  properties: {
    account_id: { type: 'string' },
    session_id: { type: 'number' },
    token: { type: 'string' },
    auth_link_url: { type: 'string' },
    expires_at: { type: 'string' },
  },
  required: ['account_id', 'session_id', 'token', 'auth_link_url', 'expires_at'],
};
