import type { Kysely, Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { ConnectionAttemptStatus } from '../../contract/hub-responses.js';

/** Tables of the 2026_11_27_004_oauth migration; same portable conventions as `db/schema.ts`. */
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

// A type alias, not an interface: `withTables` needs the implicit index signature.
export type OAuthTables = {
  oauth_clients: OAuthClientsTable;
  connection_attempts: ConnectionAttemptsTable;
  oauth_tokens: OAuthTokensTable;
};

export type OAuthDb = Kysely<Database & OAuthTables>;
export type OAuthClientRow = Selectable<OAuthClientsTable>;
export type ConnectionAttemptRow = Selectable<ConnectionAttemptsTable>;
export type OAuthTokensRow = Selectable<OAuthTokensTable>;

/** The server's database seen with the OAuth tables (a transaction works too). */
export function oauthDb(db: Db): OAuthDb {
  return db.withTables<OAuthTables>();
}
