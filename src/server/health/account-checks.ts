import { getConnector, type ConnectorDefinition } from '../../catalog/index.js';
import type { Db } from '../db/database.js';
import type { AccountRow } from '../db/schema.js';
import { findOAuthTokens } from '../db/stores/oauth-tokens.js';
import { ApiError } from '../errors.js';
import { isOAuthConnectorWithEndpoints } from '../oauth/clients.js';
import { REFRESH_MARGIN_SECONDS, type AccountCredentialsService } from '../oauth/account-credentials.js';
import type { AccountSecrets } from '../services/accounts.js';
import type { CredentialVerifier } from '../services/credential-verifier.js';
import type { ProjectService } from '../services/projects.js';

/** The provider answers that say the stored credentials are refused: nothing else invalidates an account. */
const DEFINITE_REJECTIONS = new Set([401, 403]);

/**
 * What one check learned:
 * - `ok`: the verify request succeeded (or the OAuth token is not due yet); `expiresAt`: the token's expiry;
 * - `refreshed`: the OAuth token was refreshed ahead of its expiry;
 * - `rejected`: the provider refused the credentials (401/403; an OAuth refresh refused);
 * - `unreachable`: no definite answer (timeout, network, 5xx, 429, another status): the account stays as it is;
 * - `skipped`: nothing to check (no verify request, a status the host set, no tokens stored).
 */
export type CheckOutcome =
  | { kind: 'ok'; expiresAt?: string | null }
  | { kind: 'refreshed'; expiresAt: string | null }
  | { kind: 'rejected'; code: string; description: string; statusSetByRefresh?: boolean }
  | { kind: 'unreachable'; description: string }
  | { kind: 'skipped'; description: string };

export interface AccountChecksDeps {
  db: Db;
  clock: () => Date;
  verifier: CredentialVerifier;
  secrets: AccountSecrets;
  credentials: AccountCredentialsService;
  projects: ProjectService;
}

/** Statuses the check looks at: the others were set by the host (inactive, suspended, archived) or need the end user. */
const CHECKED_API_KEY_STATUSES = new Set(['active', 'invalid']);
const CHECKED_OAUTH_STATUSES = new Set(['active', 'invalid']);

/** One account's check: the connector's own verify request for stored keys, the existing refresh path for OAuth. */
export class AccountChecks {
  constructor(private readonly deps: AccountChecksDeps) {}

  async check(account: AccountRow): Promise<CheckOutcome> {
    const definition = getConnector(account.provider);
    if (!definition) return { kind: 'skipped', description: `the connector ${account.provider} is no longer in the catalog` };
    if (isOAuthConnectorWithEndpoints(definition)) return this.#oauth(account, definition);
    if (!CHECKED_API_KEY_STATUSES.has(account.status)) return { kind: 'skipped', description: `status ${account.status}` };
    if (!definition.verify) return { kind: 'skipped', description: `${definition.name} declares no verify request` };
    let answer;
    try {
      answer = await this.deps.verifier.probe(definition, this.deps.secrets.open(account));
    } catch (error) {
      if (error instanceof ApiError) return { kind: 'unreachable', description: error.message };
      throw error;
    }
    if (!answer || answer.success) return { kind: 'ok' };
    if (DEFINITE_REJECTIONS.has(answer.status)) {
      return {
        kind: 'rejected',
        code: 'credentials_rejected',
        description: `${definition.name} refused the stored credentials (HTTP ${answer.status}): ask the end user to enter them again`,
      };
    }
    return { kind: 'unreachable', description: `${definition.name} answered HTTP ${answer.status}, which says nothing about the credentials` };
  }

  /**
   * OAuth: when the token is near its expiry, the credentials endpoint's own path refreshes it (one refresh per
   * account, across servers). That path sets the status as a key's check does (AccountHealthWrites): a refusal
   * makes the account `invalid` with the reason, a refresh that works makes an invalid one `active`.
   */
  async #oauth(account: AccountRow, definition: ConnectorDefinition): Promise<CheckOutcome> {
    if (!CHECKED_OAUTH_STATUSES.has(account.status)) return { kind: 'skipped', description: `status ${account.status}` };
    const row = await findOAuthTokens(this.deps.db, account.id);
    if (!row) return { kind: 'skipped', description: 'no OAuth tokens stored' };
    // Not near its expiry (an early run, a token another server just refreshed): nothing to do, no read logged.
    if (!row.expires_at || Date.parse(row.expires_at) - REFRESH_MARGIN_SECONDS * 1000 > this.deps.clock().getTime()) {
      return { kind: 'ok', expiresAt: row.expires_at };
    }
    const project = await this.deps.projects.findProject(account.project_id);
    if (!project) return { kind: 'skipped', description: 'the project is gone' };
    try {
      const read = await this.deps.credentials.read(project, account.id);
      return read.refreshed ? { kind: 'refreshed', expiresAt: read.expires_at ?? null } : { kind: 'ok', expiresAt: read.expires_at ?? null };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'provider_rejected') return { kind: 'rejected', code: 'refresh_refused', description: error.message, statusSetByRefresh: true };
      if (error.code === 'provider_unreachable' || error.code === 'provider_timeout') return { kind: 'unreachable', description: error.message };
      return { kind: 'skipped', description: `${definition.name}: ${error.message}` };
    }
  }
}
