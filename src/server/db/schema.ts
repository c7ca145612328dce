import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

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
  created_at: string;
  updated_at: string;
}

/** The outbox: one row per account change, written in the change's own transaction. */
export interface AccountEventsTable {
  id: Generated<number>;
  project_id: string;
  event: string;
  account_id: string;
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

export interface Database {
  projects: ProjectsTable;
  api_keys: ApiKeysTable;
  project_connectors: ProjectConnectorsTable;
  connect_sessions: ConnectSessionsTable;
  accounts: AccountsTable;
  account_events: AccountEventsTable;
  server_settings: ServerSettingsTable;
}

export type ProjectRow = Selectable<ProjectsTable>;
export type ConnectSessionRow = Selectable<ConnectSessionsTable>;
export type NewConnectSessionRow = Insertable<ConnectSessionsTable>;
export type AccountRow = Selectable<AccountsTable>;
export type AccountEventRow = Selectable<AccountEventsTable>;
