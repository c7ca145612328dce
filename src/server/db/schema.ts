import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ConnectionAttemptStatus } from '../../contract/hub-responses.js';

/**
 * Table shapes, the same on SQLite and PostgreSQL: timestamps are ISO-8601 text, JSON is
 * text, booleans are 0/1 integers. API shapes are never derived from these (STYLE.md §12).
 */
export interface ProjectsTable {
  id: string;
  name: string;
  organization_id: string;
  allowed_origins: string;
  created_at: string;
  /** How many times a renewable link's chain may renew itself (2026_12_02_012). */
  max_link_renewals: ColumnType<number, number | undefined, number>;
}

export interface ApiKeysTable {
  id: Generated<number>;
  project_id: string;
  key_hash: string;
  created_at: string;
}

/** Overrides only: a connector without a row is enabled. */
export interface ProjectConnectorsTable {
  project_id: string;
  connector_key: string;
  enabled: number;
  updated_at: string;
}

export interface ConnectSessionsTable {
  id: Generated<number>;
  project_id: string;
  token_hash: string;
  origin_owner_id: string;
  origin_owner_name: string;
  origin_username: string | null;
  provider: string | null;
  categories: string | null;
  account_id: string | null;
  metadata: string | null;
  multiple: number;
  label: string | null;
  type: string | null;
  connector_profile_id: string | null;
  external_trigger_token: string;
  /** The session's language (a supported locale), null: the browser's. */
  locale: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1: the expired page may issue a fresh session itself, up to the project's `max_link_renewals` (2026_12_02_012). */
  renewable: ColumnType<number, number | undefined, number>;
  /** Self-renewals in this session's chain before it. */
  renewal_count: ColumnType<number, number | undefined, number>;
  /** The expired session this one renews. */
  renewed_from: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: string;
  expires_at: string;
}

export interface AccountsTable {
  id: string;
  project_id: string;
  provider: string;
  integration_id: string;
  origin_owner_id: string;
  origin_owner_name: string;
  origin_username: string | null;
  label: string | null;
  type: string | null;
  status: string;
  status_reasons: string | null;
  setup_information: string;
  /** AES-256-GCM of the JSON of the secret values; never plaintext. */
  credentials_ciphertext: string | null;
  metadata: string | null;
  environment: string;
  auth_config_key: string;
  /** When the health check first found the credentials refused; null while they work (2026_12_02_011). */
  first_failed_at: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
}

/** The outbox: one row per account change, written in the change's own transaction. */
export interface AccountEventsTable {
  id: Generated<number>;
  project_id: string;
  event: string;
  /** Null for an event about a session (`connect_session.*`, 2026_12_02_012). */
  account_id: string | null;
  payload: string;
  created_at: string;
  /** Set by the webhook dispatcher once every endpoint has the event. */
  dispatched_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One row per installation-wide fact, e.g. `credential_key_check`. */
export interface ServerSettingsTable {
  name: string;
  value: string;
  updated_at: string;
}

/** Webhook endpoints and their deliveries (2026_11_27_003_webhooks). */
export type WebhookEndpointsTable = {
  id: string;
  project_id: string;
  url: string;
  /** JSON array of event names; `["*"]`: every event type, present and future (db/stores/webhook-endpoints.ts). */
  events: string;
  enabled: number;
  description: string | null;
  /** AES-256-GCM of the `whsec_…` secret: it must be recoverable to sign. */
  secret_ciphertext: string;
  previous_secret_ciphertext: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
};

export type WebhookDeliveriesTable = {
  /** Also the `webhook-id` header: stable across retries so receivers can deduplicate. */
  id: string;
  project_id: string;
  endpoint_id: string;
  event_id: number;
  event: string;
  account_id: string | null;
  /** The event payload without `sent_at`, which is stamped at each send. */
  payload: string;
  status: string;
  attempts: number;
  /** `attempts` when the delivery was last (re)queued: the retry schedule counts from here. */
  schedule_start: number;
  /** Due time while pending; while an attempt is in flight, the end of its lease. */
  next_attempt_at: string | null;
  /** While an attempt is in flight, the end of its lease; null otherwise (2026_12_02_007). */
  sending_until: string | null;
  last_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
};

/** OAuth client settings, connection attempts and tokens (2026_11_27_004_oauth). */
export interface OAuthClientsTable {
  project_id: string;
  provider: string;
  client_id: string;
  /** AES-256-GCM; it must be recoverable to call the provider's token endpoint. */
  client_secret_ciphertext: string;
  /** JSON array overriding the connector's default scopes; null = the catalog's. */
  scopes: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConnectionAttemptsTable {
  id: string;
  project_id: string;
  session_id: number;
  status: ConnectionAttemptStatus;
  /** Bound when the popup loads the start URL. */
  provider: string | null;
  redirect_uri: string | null;
  /** JSON of the non-secret field values bound at the start URL. */
  setup_information: string | null;
  /** sha256 of the `state` sent to the provider; cleared when a callback consumes it. */
  state_hash: string | null;
  code_verifier_ciphertext: string | null;
  /** AES-256-GCM of the JSON of the secret field values bound at the start (an end-user OAuth client's secret). */
  secrets_ciphertext: string | null;
  account_id: string | null;
  error_code: string | null;
  error_description: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

export interface OAuthTokensTable {
  account_id: string;
  /** AES-256-GCM of `{access_token, refresh_token, token_type}`. */
  tokens_ciphertext: string;
  scope: string | null;
  expires_at: string | null;
  updated_at: string;
}

/** A step a session's hub reported (`POST /hub/events`); no personal data. Goes with its session. */
export interface HubEventsTable {
  id: Generated<number>;
  project_id: string;
  session_id: number;
  name: string;
  provider: string | null;
  error_code: string | null;
  created_at: string;
}

/** "Request a new link" on an expired link: open until a new link is sent (2026_12_02_012). */
export interface RenewalRequestsTable {
  id: string;
  project_id: string;
  session_id: number;
  origin_owner_id: string;
  origin_owner_name: string;
  origin_username: string | null;
  /** JSON of the expired session's create parameters (services/renewals/parameters.ts). */
  parameters: string;
  status: 'open' | 'done';
  new_session_id: number | null;
  created_at: string;
  done_at: string | null;
}

/** A hand-off link to the phone: bound to a session, then to the first device that claims it (2026_12_02_012). */
export interface HandoffsTable {
  id: string;
  project_id: string;
  session_id: number;
  token_hash: string;
  provider: string | null;
  device_hash: string | null;
  /** The session the phone runs under, made at the claim. */
  phone_session_id: number | null;
  status: 'waiting' | 'opened' | 'completed';
  account_id: string | null;
  account_provider: string | null;
  created_at: string;
  bound_at: string | null;
  completed_at: string | null;
  expires_at: string;
}

/** When an account is next re-verified or refreshed, and how its last check went (2026_12_02_011; server/health). */
export interface AccountHealthTable {
  account_id: string;
  project_id: string;
  provider: string;
  next_check_at: string;
  checked_at: string | null;
  /** `ok`, `refreshed`, `rejected` or `unreachable` (health/checks.ts). */
  outcome: string | null;
  detail: string | null;
}

/** A project's Ed25519 keys for `result_token` (2026_12_02_011; server/result-token). */
export interface ResultSigningKeysTable {
  kid: string;
  project_id: string;
  alg: string;
  /** JSON of the public JWK, as /.well-known/jwks.json publishes it. */
  public_jwk: string;
  /** AES-256-GCM of the private key (PKCS#8 PEM), bound to the kid. */
  private_key_ciphertext: string;
  created_at: string;
  /** Null for the key that signs now. */
  retired_at: string | null;
  /** A retired key is published until its last token has expired. */
  publish_until: string | null;
}

export interface Database {
  projects: ProjectsTable;
  api_keys: ApiKeysTable;
  project_connectors: ProjectConnectorsTable;
  connect_sessions: ConnectSessionsTable;
  accounts: AccountsTable;
  account_events: AccountEventsTable;
  server_settings: ServerSettingsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  oauth_clients: OAuthClientsTable;
  connection_attempts: ConnectionAttemptsTable;
  oauth_tokens: OAuthTokensTable;
  account_health: AccountHealthTable;
  result_signing_keys: ResultSigningKeysTable;
  renewal_requests: RenewalRequestsTable;
  handoffs: HandoffsTable;
  hub_events: HubEventsTable;
}

export type ProjectRow = Selectable<ProjectsTable>;
export type ConnectSessionRow = Selectable<ConnectSessionsTable>;
export type NewConnectSessionRow = Insertable<ConnectSessionsTable>;
export type AccountRow = Selectable<AccountsTable>;
export type AccountEventRow = Selectable<AccountEventsTable>;
export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type OAuthClientRow = Selectable<OAuthClientsTable>;
export type ConnectionAttemptRow = Selectable<ConnectionAttemptsTable>;
export type OAuthTokensRow = Selectable<OAuthTokensTable>;
export type AccountHealthRow = Selectable<AccountHealthTable>;
export type ResultSigningKeyRow = Selectable<ResultSigningKeysTable>;
export type RenewalRequestRow = Selectable<RenewalRequestsTable>;
export type HandoffRow = Selectable<HandoffsTable>;
