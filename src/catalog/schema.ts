import * as z from 'zod/mini';
import { Category } from '../contract/categories.js';
import { Field, Notice } from '../contract/fields.js';

/**
 * A template string: `{{field_key}}` is replaced by that credential's value, `{{$base_url}}` by this
 * server's own base URL (used by the sandbox connectors). Values are URL-encoded inside `url` and `query`.
 */
const Template = z.string();

/**
 * How the server checks credentials with the provider when they are submitted (issue 2).
 * The request is sent with a bounded timeout; `success_statuses` mean valid, anything else is a rejection
 * (HTTP 422 with the provider's body in `provider_response`).
 */
export const VerifyRequest = z.object({
  method: z.enum(['GET', 'POST', 'PUT']),
  url: Template,
  query: z.optional(z.record(z.string(), Template)),
  headers: z.optional(z.record(z.string(), Template)),
  /** HTTP Basic: each part a template. */
  basic: z.optional(z.object({ username: Template, password: Template })),
  /** A body template: string values are templates. */
  body: z.optional(z.record(z.string(), z.unknown())),
  /**
   * How `body` is sent: JSON (default), or `form` (application/x-www-form-urlencoded, what OAuth token
   * endpoints take), where every value is a string template and one that renders empty (an optional field
   * left blank) is left out.
   */
  body_format: z.optional(z.enum(['json', 'form'])),
  success_statuses: z.optional(z.array(z.number())),
  /**
   * A dot path the JSON answer must also have a non-null value at (`data.viewer.id`), for APIs that can answer a
   * success status on bad credentials (GraphQL answers 200 with an `errors` array and no data).
   */
  success_json: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/))),
});
export type VerifyRequest = z.infer<typeof VerifyRequest>;

/** OAuth2 authorization-code endpoints (PKCE S256 unless `pkce: false`). URLs are templates over the non-secret fields. */
export const OAuthEndpoints = z.object({
  authorize_url: Template,
  token_url: Template,
  scopes: z.array(z.string()),
  scope_separator: z.optional(z.string()),
  authorize_params: z.optional(z.record(z.string(), z.string())),
  /**
   * How the token endpoint authenticates our client (RFC 6749 §2.3.1): `client_secret_basic` (default: HTTP Basic
   * over the form-encoded id and secret, which §2.3.1 has every server support) or `client_secret_post` (id and
   * secret in the form body, for providers that document only that).
   */
  token_auth: z.optional(z.enum(['client_secret_basic', 'client_secret_post'])),
  /** PKCE S256 (RFC 7636) on the authorize and token requests; default true. `false` only for a provider that refuses it. */
  pkce: z.optional(z.boolean()),
  /**
   * Query parameters of the provider's callback kept in the account's setup information, e.g. QuickBooks'
   * `realmId` (the company id every API URL needs). Setup key = parameter name.
   */
  callback_params: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)))),
  /** Fields of the token response kept in the setup information, e.g. Salesforce's `instance_url`, Zoho's `api_domain`. */
  token_fields: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)))),
  /**
   * A request made once after the code exchange, with the new access token (`{{$access_token}}`), through the guarded
   * client; `keep` names setup keys and the paths of the JSON answer they take (`0.tenantId`: the first item's
   * tenantId; `*.tenantId`: every item's, comma-separated). E.g. Xero's `GET /connections` → the tenant ids.
   */
  follow_up: z.optional(
    z.object({
      method: z.enum(['GET', 'POST']),
      url: Template,
      headers: z.optional(z.record(z.string(), Template)),
      keep: z.record(z.string(), z.string()),
    }),
  ),
  /**
   * Whose OAuth client signs in: `operator` (default: one app per project, set in the dashboard) or `end_user`:
   * each customer's own tenant is its own authorization server (Docebo), so the form's `client_id` and secret
   * `client_secret` fields are the client, kept with the account.
   */
  client: z.optional(z.enum(['operator', 'end_user'])),
  /**
   * The authorization server's issuer (RFC 9207), a template over the fields: a callback's `iss` must equal it, and a
   * callback without one is refused when `require_iss` is set. Per-tenant connectors share one callback URL, so this
   * says which server answered.
   */
  issuer: z.optional(Template),
  require_iss: z.optional(z.boolean()),
});
export type OAuthEndpoints = z.infer<typeof OAuthEndpoints>;

export const ConnectorDefinition = z.object({
  /** Provider key: URL-safe, also the integration id of the connector in every project. */
  key: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  name: z.string(),
  category: Category,
  /** simple-icons slug when the brand is there; otherwise the server draws a monogram. */
  logo: z.optional(z.object({ simple_icon: z.optional(z.string()), color: z.optional(z.string()) })),
  auth: z.object({
    type: z.enum(['api_key', 'basic', 'oauth2', 'custom']),
    grant_type: z.optional(z.enum(['authorization_code', 'client_credentials'])),
  }),
  fields: z.array(Field),
  notices: z.optional(z.array(Notice)),
  support: z.optional(z.object({ link: z.optional(z.string()), description: z.optional(z.string()) })),
  verify: z.optional(VerifyRequest),
  oauth: z.optional(OAuthEndpoints),
  /** The provider documentation this definition was last compared with (docs/CONNECTORS.md), and when. */
  docs: z.optional(z.array(z.string().check(z.regex(/^https:\/\/[^\s]+$/)))),
  checked: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Sandbox connectors talk to pretend providers on this server and work offline. */
  sandbox: z.optional(z.boolean()),
  version: z.optional(z.string()),
});
export type ConnectorDefinition = z.infer<typeof ConnectorDefinition>;
