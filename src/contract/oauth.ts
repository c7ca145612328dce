import * as z from 'zod/mini';

/** `PUT /oauth_clients/{provider}`: the project's OAuth app at that provider. */
export const OAuthClientWrite = z.object({
  client_id: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  /** Required the first time; omitted later = keep the stored one. */
  client_secret: z.optional(z.string().check(z.minLength(1), z.maxLength(4000))),
  /** Overrides the connector's default scopes; `null` or absent = the catalog's. */
  scopes: z.optional(z.nullable(z.array(z.string().check(z.regex(/^\S{1,500}$/, 'a scope has no spaces'))))),
});
export type OAuthClientWrite = z.infer<typeof OAuthClientWrite>;

/** One OAuth connector's client settings; the secret never leaves the server. */
export const OAuthClient = z.object({
  provider: z.string(),
  name: z.string(),
  configured: z.boolean(),
  client_id: z.nullable(z.string()),
  client_secret_set: z.boolean(),
  /** The scopes requested at the provider (the override, else the catalog's). */
  scopes: z.array(z.string()),
  /** The URL to register in the provider's app settings. */
  redirect_uri: z.string(),
  updated_at: z.nullable(z.string()),
});
export type OAuthClient = z.infer<typeof OAuthClient>;

export const OAuthClientList = z.array(OAuthClient);

/**
 * `GET /accounts/{id}/credentials` (API key only): what the host needs to call the provider.
 * OAuth accounts give a live access token (refreshed first when expired); the refresh token stays here.
 */
export const AccountCredentials = z.object({
  account_id: z.string(),
  provider: z.string(),
  type: z.enum(['oauth2', 'api_key', 'basic', 'custom']),
  /** Secret values: `access_token`/`token_type` for OAuth, the form's secret fields otherwise. */
  credentials: z.record(z.string(), z.string()),
  setup_information: z.record(z.string(), z.string()),
  /** OAuth: when the access token stops working (ISO); null when the provider did not say. */
  expires_at: z.optional(z.nullable(z.string())),
  scopes: z.optional(z.array(z.string())),
  /** OAuth: true when this call refreshed the access token. */
  refreshed: z.optional(z.boolean()),
});
export type AccountCredentials = z.infer<typeof AccountCredentials>;
