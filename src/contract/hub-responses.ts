import * as z from 'zod/mini';
import { Field, Notice } from './fields.js';

/**
 * A JSON object used as a map from any key to `value`: `z.record(z.string(), value)` as the hub reads it.
 * Written as an empty object with a catchall so its JSON Schema (what the browser checks, see
 * `json-schema/`) is plain `additionalProperties`, without the `propertyNames` that JSON keys always meet.
 */
const keyedBy = <Value extends z.core.SomeType>(value: Value) => z.catchall(z.object({}), value);

/*
 * What the hub reads: the E1–E4 responses, the E5/E6 result and the E7/E8 attempts. The browser checks
 * them in their JSON Schema form (`json-schema/schemas.ts`, generated from these); `hub.ts` re-exports
 * everything here beside the write-side schemas.
 */

/** E1 `GET /hub/settings`. */
export const HubSettings = z.object({
  enabled_features: z.array(z.string()),
  existing_account_id: z.optional(z.nullable(z.string())),
  /** Ours: the project's display name, shown at the top of the standalone page. */
  project_name: z.optional(z.string()),
  /** Ours: when the session token stops working (ISO). */
  expires_at: z.optional(z.string()),
  /** Ours: origins allowed to embed the hub; the auth-link page posts results only to these. */
  allowed_origins: z.optional(z.array(z.string())),
  /** Ours: the language the session was created with (`POST /connect_sessions` `locale`); null: not set. */
  locale: z.optional(z.nullable(z.string())),
});
export type HubSettings = z.infer<typeof HubSettings>;

/** One connectable configuration in E2. `type` is the category. */
export const Integration = z.object({
  integration_id: z.string(),
  provider: z.string(),
  name: z.string(),
  logo_url: z.string(),
  type: z.string(),
  version: z.string(),
  active: z.boolean(),
  authentication_config_key: z.string(),
  environment: z.string(),
});
export type Integration = z.infer<typeof Integration>;

/** E2 `GET /hub/connectors[?provider=]`. */
export const IntegrationList = z.object({
  integrations: z.array(Integration),
  external_trigger_token: z.optional(z.string()),
});
export type IntegrationList = z.infer<typeof IntegrationList>;

const Assets = z.optional(z.object({ icon: z.optional(z.string()) }));

export const AuthBlock = z.object({
  type: z.string(),
  grantType: z.optional(z.string()),
  fields: z.optional(z.array(Field)),
  guide: z.optional(
    z.object({ supportLink: z.optional(z.string()), description: z.optional(z.string()) }),
  ),
});
export type AuthBlock = z.infer<typeof AuthBlock>;

/** Shape A, "legacy": auth blocks keyed by auth config key, then environment. We parse it, never emit it. */
export const LegacyConnectorConfig = z.object({
  key: z.string(),
  name: z.string(),
  assets: Assets,
  authentication: keyedBy(keyedBy(AuthBlock)),
});
export type LegacyConnectorConfig = z.infer<typeof LegacyConnectorConfig>;

/** Shape B, "Falcon": what our server emits. */
export const FalconConnectorConfig = z.object({
  key: z.string(),
  name: z.string(),
  assets: Assets,
  type: z.string(),
  grantType: z.optional(z.string()),
  configFields: z.optional(z.array(Field)),
  configNotices: z.optional(z.array(Notice)),
  support: z.optional(
    z.nullable(
      z.object({
        link: z.optional(z.nullable(z.string())),
        description: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
  /** Ours: the connector's category, for the form header. */
  category: z.optional(z.string()),
});
export type FalconConnectorConfig = z.infer<typeof FalconConnectorConfig>;

export const ConnectorConfig = z.union([FalconConnectorConfig, LegacyConnectorConfig]);
export type ConnectorConfig = z.infer<typeof ConnectorConfig>;

/** E3 `GET /hub/connectors/{integration_id}`. */
export const ConnectorResponse = z.object({
  config: ConnectorConfig,
  hub_settings: z.optional(z.unknown()),
});
export type ConnectorResponse = z.infer<typeof ConnectorResponse>;

/** E4 `GET /hub/accounts/{id}`: camelCase, secrets redacted. */
export const HubAccount = z.object({
  id: z.optional(z.string()),
  provider: z.string(),
  integrationId: z.string(),
  authConfigKey: z.optional(z.nullable(z.string())),
  environment: z.optional(z.nullable(z.string())),
  setupInformation: z.optional(z.nullable(keyedBy(z.string()))),
  secrets: z.optional(z.nullable(keyedBy(z.string()))),
  /** Ours: shown as "last updated" in edit mode. */
  updatedAt: z.optional(z.string()),
});
export type HubAccount = z.infer<typeof HubAccount>;

/** E5/E6 response: only `id` is read by clients. */
export const HubAccountResult = z.object({
  id: z.string(),
  provider: z.optional(z.string()),
  /** Ours: a signed statement of this success for the host's backend (`/.well-known/jwks.json`). */
  result_token: z.optional(z.string()),
});
export type HubAccountResult = z.infer<typeof HubAccountResult>;

/* E7/E8: what the hub reads while it waits for an OAuth sign-in. */
export const CONNECTION_ATTEMPT_STATUSES = [
  'pending',
  'authenticated',
  'error',
  'cancelled',
  'expired',
] as const;
export type ConnectionAttemptStatus = (typeof CONNECTION_ATTEMPT_STATUSES)[number];

/** E8 `GET /hub/connection_attempts/{id}`. */
export const ConnectionAttempt = z.object({
  id: z.optional(z.string()),
  status: z.string(),
  account: z.optional(z.nullable(z.object({ id: z.string() }))),
  error: z.optional(
    z.nullable(z.object({ code: z.string(), description: z.optional(z.nullable(z.string())) })),
  ),
  /** Ours, once `authenticated`: the signed statement of the success (as on `HubAccountResult`). */
  result_token: z.optional(z.string()),
});
export type ConnectionAttempt = z.infer<typeof ConnectionAttempt>;

export const ConnectionAttemptCreated = z.object({ id: z.string() });
export type ConnectionAttemptCreated = z.infer<typeof ConnectionAttemptCreated>;
