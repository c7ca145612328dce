import { getConnector } from '../../catalog/index.js';
import type { AccountCredentials } from '../../contract/oauth.js';
import { isPostgres, takeTurns, type Db } from '../db/database.js';
import type { AccountRow, OAuthTokensRow, ProjectRow } from '../db/schema.js';
import * as accountStore from '../db/stores/accounts.js';
import * as tokenStore from '../db/stores/oauth-tokens.js';
import type { Logger } from '../deps.js';
import { ApiError } from '../errors.js';
import type { AccountHealthWrites, AccountSecrets, AccountsApi } from '../services/accounts.js';
import { scrubSecrets } from '../outbound/provider-excerpt.js';
import { parseStringRecord } from '../db/json-columns.js';
import { endUserClient, hasEndUserClient, isOAuthConnectorWithEndpoints, type OAuthClientCredentials, type OAuthClientService, type OAuthConnector } from './clients.js';
import type { TokenSealing } from './token-sealing.js';
import { MissingUrlVariable, renderOAuthUrl, type OAuthUrlVariables } from './templates.js';
import { OAuthProviderError, tokenEndpointOf, type TokenClient, type TokenSet } from './token-client.js';

/** Token-endpoint errors that blame the client registration (RFC 6749 §5.2), not the account's grant. */
const CLIENT_ERRORS = new Set(['invalid_client', 'unauthorized_client']);

/**
 * Whether a failed refresh is the provider's verdict on the grant (RFC 6749 §5.2 answers 400, or 401/403; some
 * providers say it with an `error` member in a 2xx): only that makes the account invalid. A 5xx, a 429, a
 * timeout, no answer or an answer that makes no sense says nothing about the grant.
 */
function refusesTheGrant(error: OAuthProviderError): boolean {
  if (error.failure !== 'rejected' || error.httpStatus === undefined) return false;
  return error.httpStatus === 400 || error.httpStatus === 401 || error.httpStatus === 403 || (error.httpStatus >= 200 && error.httpStatus < 300);
}

/**
 * A token this close to its expiry is refreshed first, so the host never gets one that dies in flight: 60 s, or
 * half the token's lifetime when that is shorter (a token living 60 s or less would otherwise be refreshed on
 * every read).
 */
export const REFRESH_MARGIN_SECONDS = 60;

/** Whether the stored tokens must be refreshed before they are handed out (the margin rule above). */
export function needsRefresh(row: Pick<OAuthTokensRow, 'expires_at' | 'updated_at'>, now: Date): boolean {
  if (!row.expires_at) return false;
  const expiresAt = Date.parse(row.expires_at);
  const lifetime = expiresAt - Date.parse(row.updated_at);
  const margin = Math.min(REFRESH_MARGIN_SECONDS * 1000, Math.max(0, lifetime / 2));
  return expiresAt - margin <= now.getTime();
}

export interface AccountCredentialsDeps {
  db: Db;
  clock: () => Date;
  sealing: TokenSealing;
  logger: Logger;
  accounts: AccountsApi;
  secrets: AccountSecrets;
  /** A refused refresh makes the account `invalid` exactly as a rejected API key does; one that works heals it. */
  health: AccountHealthWrites;
  clients: OAuthClientService;
  tokens: TokenClient;
  urlVariables: OAuthUrlVariables;
}

/**
 * `GET /accounts/{id}/credentials`: the one place secrets leave the server (CONTRACT.md §0). Each call is
 * logged, without the secret.
 */
export class AccountCredentialsService {
  /**
   * One read per account at a time in this process, from the token row's read to the refreshed row's write: a
   * second caller shares the first one's answer. Across servers (PostgreSQL), the refresh itself runs under a
   * transaction-scoped advisory lock on the account and re-reads the row once it holds it ({@link refreshOnce}).
   */
  readonly #reading = new Map<string, Promise<{ tokens: TokenSet; refreshed: boolean }>>();

  constructor(private readonly deps: AccountCredentialsDeps) {}

  async read(project: ProjectRow, accountId: string): Promise<AccountCredentials> {
    const account = await this.deps.accounts.projectAccount(project, accountId);
    const definition = getConnector(account.provider);
    if (definition && isOAuthConnectorWithEndpoints(definition)) {
      const { tokens, refreshed } = await this.liveTokens(account, definition);
      this.deps.logger.info(`credentials read: account ${account.id} (${account.provider})${refreshed ? ', access token refreshed' : ''}`);
      return {
        account_id: account.id,
        provider: account.provider,
        type: 'oauth2',
        credentials: { access_token: tokens.access_token, token_type: tokens.token_type },
        setup_information: parseStringRecord(account.setup_information),
        expires_at: tokens.expires_at,
        scopes: tokens.scope ? tokens.scope.split(/[\s,]+/).filter(Boolean) : [],
        refreshed,
      };
    }
    const stored = this.deps.secrets.open(account);
    this.deps.logger.info(`credentials read: account ${account.id} (${account.provider})`);
    return {
      account_id: account.id,
      provider: account.provider,
      type: definition?.auth.type ?? 'custom',
      credentials: stored.secrets,
      setup_information: stored.setup,
    };
  }

  private async liveTokens(account: AccountRow, definition: OAuthConnector): Promise<{ tokens: TokenSet; refreshed: boolean }> {
    let pending = this.#reading.get(account.id);
    if (!pending) {
      pending = this.readOrRefresh(account, definition).finally(() => this.#reading.delete(account.id));
      this.#reading.set(account.id, pending);
    }
    return pending;
  }

  private async readOrRefresh(account: AccountRow, definition: OAuthConnector): Promise<{ tokens: TokenSet; refreshed: boolean }> {
    const row = await tokenStore.findOAuthTokens(this.deps.db, account.id);
    if (!row) {
      throw new ApiError('unprocessable', `Account ${account.id} has no OAuth tokens stored; the end user must connect ${definition.name} again`);
    }
    if (!needsRefresh(row, this.deps.clock())) return { tokens: this.deps.sealing.open(row), refreshed: false };
    return this.refreshOnce(account, definition);
  }

  /**
   * The refresh, one per account across servers. A rotating provider treats a refresh token presented twice as
   * stolen and revokes the grant (RFC 9700 §4.14.2), so on PostgreSQL the lock is held from the re-read to the
   * save of the rotated tokens: a server that waited finds what the other saved and uses it. SQLite is one server
   * (and one connection), where the in-process map above is the whole guard.
   */
  private async refreshOnce(account: AccountRow, definition: OAuthConnector): Promise<{ tokens: TokenSet; refreshed: boolean }> {
    const { db } = this.deps;
    const underLock = async (trx: Db) => {
      await takeTurns(trx, `oauth-refresh:${account.id}`);
      const row = await tokenStore.findOAuthTokens(trx, account.id);
      if (!row) {
        throw new ApiError('unprocessable', `Account ${account.id} has no OAuth tokens stored; the end user must connect ${definition.name} again`);
      }
      const current = this.deps.sealing.open(row);
      if (!needsRefresh(row, this.deps.clock())) return { tokens: current, refreshed: false };
      // The server that held the lock before was refused and marked the account invalid: presenting the same refresh
      // token again would only be a second refusal (and, to a provider watching for reuse, a replay).
      const now = await accountStore.findAccount(trx, account.project_id, account.id);
      if (account.status !== 'invalid' && now?.status === 'invalid') {
        throw new ApiError('provider_rejected', `${definition.name} refused to refresh the access token just now; the end user must connect the account again`);
      }
      // The row as it is now: the status change below only lands on the account as it was last written.
      return { tokens: await this.refresh(trx, now ?? account, definition, current), refreshed: true };
    };
    return isPostgres(db) ? db.transaction().execute(underLock) : underLock(db);
  }

  /** The client the refresh authenticates as: the end user's own (kept with the account), or the project's app. */
  private async clientOf(account: AccountRow, definition: OAuthConnector): Promise<OAuthClientCredentials | undefined> {
    if (!hasEndUserClient(definition)) return this.deps.clients.credentials(account.project_id, definition);
    const stored = this.deps.secrets.open(account);
    return endUserClient(definition, stored);
  }

  private async refresh(trx: Db, account: AccountRow, definition: OAuthConnector, current: TokenSet): Promise<TokenSet> {
    const { deps } = this;
    if (!current.refresh_token) {
      const reason = { code: 'token_expired', description: `The ${definition.name} access token expired and ${definition.name} gave no refresh token` };
      await deps.health.invalidate(account, reason);
      throw new ApiError('provider_rejected', `${reason.description}; the end user must connect the account again`);
    }
    const client = await this.clientOf(account, definition);
    if (!client) {
      throw new ApiError('unprocessable', `The access token expired and no OAuth client is set for ${definition.key}, so it cannot be refreshed`);
    }
    let tokenUrl: URL;
    try {
      tokenUrl = renderOAuthUrl(definition.oauth.token_url, parseStringRecord(account.setup_information), deps.urlVariables);
    } catch (error) {
      if (!(error instanceof MissingUrlVariable)) throw error;
      throw new ApiError('provider_unreachable', `${definition.name}'s token server is not running next to this server`);
    }
    let fresh: TokenSet;
    try {
      fresh = await deps.tokens.refresh(
        tokenEndpointOf(definition, tokenUrl, client),
        current.refresh_token,
      );
    } catch (error) {
      if (!(error instanceof OAuthProviderError)) throw error;
      deps.logger.info(`credentials: refresh of account ${account.id} (${account.provider}) failed: ${error.code}`);
      if (error.failure === 'timeout') throw new ApiError('provider_timeout', error.description);
      if (error.failure === 'unreachable') throw new ApiError('provider_unreachable', error.description);
      if (CLIENT_ERRORS.has(error.code)) {
        // The operator's OAuth client is wrong, not the end user's grant: the account stays as it is.
        throw new ApiError(
          'provider_rejected',
          `${definition.name} rejected this server's OAuth client (${error.code}: ${error.description}); fix it with 'connect-hub oauth set ${definition.key}'`,
        );
      }
      if (!refusesTheGrant(error)) {
        // A 5xx (or a 429, a redirect) is the provider's trouble, no verdict on the grant: the account stays as it is.
        throw new ApiError('provider_unreachable', `${definition.name}'s token server failed to refresh the access token (${error.code}: ${error.description})`);
      }
      const reason = { code: error.code, description: `${definition.name} refused to refresh the access token: ${error.description}` };
      await deps.health.invalidate(account, reason);
      throw new ApiError('provider_rejected', `${reason.description} (${error.code}); the end user must connect the account again`, {
        ...(error.providerResponse
          ? { provider_response: scrubSecrets(error.providerResponse, [current.refresh_token, client.clientSecret]) }
          : {}),
      });
    }
    const merged: TokenSet = { ...fresh, scope: fresh.scope ?? current.scope };
    await tokenStore.saveOAuthTokens(trx, deps.sealing.seal(account.id, merged, deps.clock().toISOString()));
    // Invalid after an earlier refusal (or expired by hand), yet the provider just honoured the grant.
    await deps.health.recover(account);
    return merged;
  }
}
