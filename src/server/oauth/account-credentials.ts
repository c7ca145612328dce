import { getConnector } from '../../catalog/index.js';
import type { AccountCredentials } from '../../contract/oauth.js';
import type { Db } from '../db/database.js';
import type { AccountRow, ProjectRow } from '../db/schema.js';
import * as tokenStore from '../db/stores/oauth-tokens.js';
import type { Logger } from '../deps.js';
import { ApiError } from '../errors.js';
import type { AccountSecrets, AccountsApi, OAuthAccountWrites } from '../services/accounts.js';
import { scrubSecrets } from '../outbound/provider-excerpt.js';
import { parseStringRecord } from '../db/json-columns.js';
import { isOAuthConnectorWithEndpoints, type OAuthClientService, type OAuthConnector } from './clients.js';
import type { TokenSealing } from './token-sealing.js';
import { MissingUrlVariable, renderOAuthUrl, type OAuthUrlVariables } from './templates.js';
import { OAuthProviderError, type TokenClient, type TokenSet } from './token-client.js';

/** Token-endpoint errors that blame the client registration (RFC 6749 §5.2), not the account's grant. */
const CLIENT_ERRORS = new Set(['invalid_client', 'unauthorized_client']);

/** A token this close to its expiry is refreshed first, so the host never gets one that dies in flight. */
export const REFRESH_MARGIN_SECONDS = 60;

export interface AccountCredentialsDeps {
  db: Db;
  clock: () => Date;
  sealing: TokenSealing;
  logger: Logger;
  accounts: AccountsApi;
  secrets: AccountSecrets;
  oauthWrites: OAuthAccountWrites;
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
   * One read per account at a time, from the token row's read to the refreshed row's write: a second caller
   * shares the first one's answer. Sharing only the refresh left a window: a read that fetched the row before
   * a refresh saved, and looked for a refresh in flight after it ended, refreshed (and spent) the old token again.
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
    const tokens = this.deps.sealing.open(row);
    const expiresAt = tokens.expires_at ? Date.parse(tokens.expires_at) : Infinity;
    if (expiresAt - REFRESH_MARGIN_SECONDS * 1000 > this.deps.clock().getTime()) return { tokens, refreshed: false };
    return { tokens: await this.refresh(account, definition, tokens), refreshed: true };
  }

  private async refresh(account: AccountRow, definition: OAuthConnector, current: TokenSet): Promise<TokenSet> {
    const { deps } = this;
    if (!current.refresh_token) {
      const reason = { code: 'token_expired', description: `The ${definition.name} access token expired and ${definition.name} gave no refresh token` };
      await deps.oauthWrites.markExpired(account, reason);
      throw new ApiError('provider_rejected', `${reason.description}; the end user must connect the account again`);
    }
    const client = await deps.clients.credentials(account.project_id, definition);
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
        { url: tokenUrl, clientId: client.clientId, clientSecret: client.clientSecret, providerName: definition.name, auth: definition.oauth.token_auth },
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
      const reason = { code: error.code, description: `${definition.name} refused to refresh the access token: ${error.description}` };
      await deps.oauthWrites.markExpired(account, reason);
      throw new ApiError('provider_rejected', `${reason.description} (${error.code}); the end user must connect the account again`, {
        ...(error.providerResponse
          ? { provider_response: scrubSecrets(error.providerResponse, [current.refresh_token, client.clientSecret]) }
          : {}),
      });
    }
    const merged: TokenSet = { ...fresh, scope: fresh.scope ?? current.scope };
    await tokenStore.saveOAuthTokens(deps.db, deps.sealing.seal(account.id, merged, deps.clock().toISOString()));
    // Marked expired by an earlier refusal (or by hand), yet the provider just honoured the grant.
    if (account.status === 'expired') await deps.oauthWrites.markActive(account);
    return merged;
  }
}
