import type { OAuthEndpoints } from '../schema.js';

/** Google's OAuth 2.0 endpoints; `access_type=offline` + `prompt=consent` is what makes Google return a refresh token. */
export function googleOAuth(scopes: string[]): OAuthEndpoints {
  return {
    authorize_url: 'https://accounts.google.com/o/oauth2/v2/auth',
    token_url: 'https://oauth2.googleapis.com/token',
    scopes: ['openid', 'email', ...scopes],
    authorize_params: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
  };
}

/** Microsoft identity platform v2 (multi-tenant app); `offline_access` asks for a refresh token. */
export function microsoftOAuth(graphScopes: string[]): OAuthEndpoints {
  return {
    authorize_url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    token_url: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    // Microsoft's token requests document the secret in the body.
    token_auth: 'client_secret_post',
    scopes: ['openid', 'offline_access', ...graphScopes.map((scope) => `https://graph.microsoft.com/${scope}`)],
  };
}
