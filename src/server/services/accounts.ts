import { CATALOG, getConnector, type ConnectorDefinition } from '../../catalog/index.js';
import type * as z from 'zod/mini';
import type { AccountMeta, AccountPatch, AccountStatus, LinkedAccount } from '../../contract/accounts.js';
import { redact } from '../../contract/fields.js';
import type { HubAccount, HubAccountResult, HubAccountWrite } from '../../contract/hub.js';
import type { AccountWebhookPayload, WebhookEvent } from '../../contract/webhooks.js';
import { TOKEN_PREFIX, randomId, type CredentialCipher } from '../crypto/index.js';
import { takeTurns, type Db } from '../db/database.js';
import type { AccountRow, ProjectRow } from '../db/schema.js';
import { insertAccountEvent } from '../db/stores/account-events.js';
import * as accounts from '../db/stores/accounts.js';
import type { AccountListFilter } from '../db/stores/accounts.js';
import { ApiError } from '../errors.js';
import type { HubSession } from '../context.js';
import { AUTH_CONFIG_KEY, ENVIRONMENT, isOAuthFlow, type ConnectorService } from './connectors.js';
import type { CredentialVerifier } from './credential-verifier.js';
import { NO_CREDENTIALS, mergeCredentials, type CredentialValues } from './credentials.js';
import { jsonOrNull, parseJsonArray, parseJsonObject, parseStringRecord } from './json-columns.js';

export type AccountListQuery = Omit<AccountListFilter, 'projectId' | 'search'> & {
  /** Ours: lower-cased words that must all match (owner id or name, username, label, provider key or name, id, status). */
  searchWords?: string[];
};

export interface AccountPage {
  accounts: LinkedAccount[];
  hasMore: boolean;
}

export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly cipher: CredentialCipher,
    private readonly verifier: CredentialVerifier,
    private readonly connectors: ConnectorService,
    /** Called once a transaction that wrote outbox events has committed (the webhook dispatcher looks at once). */
    private readonly eventsCommitted: () => void = () => undefined,
  ) {}

  /** Every account change and its outbox event commit together; then the dispatcher is told. */
  private async writeWithEvents<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    const result = await this.db.transaction().execute(work);
    this.eventsCommitted();
    return result;
  }

  // ---- hub (session token) -------------------------------------------------------------------

  /** E1: the session's own account, or the owner's account for the session's provider (identity rule). */
  async existingAccountId(hub: HubSession): Promise<string | null> {
    const { session, project } = hub;
    if (session.account_id) {
      const own = await accounts.findAccount(this.db, project.id, session.account_id);
      return own?.id ?? null;
    }
    if (session.multiple === 1 || !session.provider) return null;
    const existing = await accounts.findAccountByOwnerAndProvider(this.db, {
      projectId: project.id,
      originOwnerId: session.origin_owner_id,
      provider: session.provider,
    });
    return existing?.id ?? null;
  }

  /** E4: camelCase, secrets redacted. */
  async hubAccount(hub: HubSession, accountId: string): Promise<HubAccount> {
    const account = await this.accountForSession(hub, accountId);
    const stored = this.storedCredentials(account);
    return {
      id: account.id,
      provider: account.provider,
      integrationId: account.integration_id,
      authConfigKey: account.auth_config_key,
      environment: account.environment,
      setupInformation: stored.setup,
      secrets: Object.fromEntries(Object.entries(stored.secrets).map(([key, value]) => [key, redact(value)])),
      updatedAt: account.updated_at,
    };
  }

  /** E5: verify, then create, or update the owner's existing account unless the session allows several. */
  async createFromHub(hub: HubSession, body: HubAccountWrite): Promise<HubAccountResult & { created: boolean }> {
    const definition = await this.credentialConnector(hub, body.integration_id);
    const values = mergeCredentials(definition, body.credentials);
    await this.verifier.verify(definition, values);

    return this.writeWithEvents(async (trx) => {
      const { account, created } = await this.upsertForSession(trx, hub, definition, values);
      return { id: account.id, provider: definition.key, created };
    });
  }

  /**
   * OAuth callback: creates or updates the account by the session's identity rule (the session's
   * account, else the owner's account for the provider unless `multiple`), and runs `alsoInTransaction`
   * (tokens, the attempt) in the same transaction as the change and its outbox event.
   */
  async saveFromOAuth(
    hub: HubSession,
    definition: ConnectorDefinition,
    setup: Record<string, string>,
    alsoInTransaction: (trx: Db, accountId: string) => Promise<void>,
  ): Promise<{ id: string; created: boolean }> {
    return this.writeWithEvents(async (trx) => {
      const { account, created } = await this.upsertForSession(trx, hub, definition, { setup, secrets: {} });
      await alsoInTransaction(trx, account.id);
      return { id: account.id, created };
    });
  }

  /** A refused refresh or revoked grant: the account stops being usable until the user connects again. */
  async markExpired(account: AccountRow, reason: { code: string; description: string }): Promise<void> {
    const now = this.clock().toISOString();
    await this.setStatus(account, {
      status: 'expired',
      status_reasons: JSON.stringify([{ code: reason.code, description: reason.description, timestamp: now }]),
      updated_at: now,
    });
  }

  /** A working grant again (a refresh succeeded): back to active, the old reasons cleared. */
  async markActive(account: AccountRow): Promise<void> {
    await this.setStatus(account, { status: 'active', status_reasons: null, updated_at: this.clock().toISOString() });
  }

  private async setStatus(account: AccountRow, changes: Pick<AccountRow, 'status' | 'status_reasons' | 'updated_at'>): Promise<void> {
    await this.writeWithEvents(async (trx) => {
      await accounts.updateAccount(trx, account.id, changes);
      await this.recordEvent(trx, 'account.updated', { ...account, ...changes });
    });
  }

  /** E5 and the OAuth callback: update the identity rule's target, else create; with the outbox event. */
  private async upsertForSession(
    trx: Db,
    hub: HubSession,
    definition: ConnectorDefinition,
    values: CredentialValues,
  ): Promise<{ account: AccountRow; created: boolean }> {
    const { session, project } = hub;
    // Two submissions at once (a double click, two tabs, two servers) update one account, never create two.
    await takeTurns(trx, `account-upsert:${project.id}:${session.origin_owner_id}:${definition.key}`);
    const now = this.clock().toISOString();
    const existing = await this.upsertTarget(trx, hub, definition.key);
    if (existing) {
      const changes = {
        origin_owner_name: session.origin_owner_name,
        origin_username: session.origin_username ?? existing.origin_username,
        label: session.label ?? existing.label,
        metadata: session.metadata ?? existing.metadata,
        integration_id: definition.key,
        status: 'active',
        status_reasons: null,
        setup_information: JSON.stringify(values.setup),
        credentials_ciphertext: this.seal(existing.id, values),
        updated_at: now,
      };
      await accounts.updateAccount(trx, existing.id, changes);
      const account = { ...existing, ...changes };
      await this.recordEvent(trx, 'account.updated', account);
      return { account, created: false };
    }
    const id = randomId(TOKEN_PREFIX.account);
    const account: AccountRow = {
      id,
      project_id: project.id,
      provider: definition.key,
      integration_id: definition.key,
      origin_owner_id: session.origin_owner_id,
      origin_owner_name: session.origin_owner_name,
      origin_username: session.origin_username,
      label: session.label,
      type: session.type ?? 'production',
      status: 'active',
      status_reasons: null,
      setup_information: JSON.stringify(values.setup),
      credentials_ciphertext: this.seal(id, values),
      metadata: session.metadata,
      environment: ENVIRONMENT,
      auth_config_key: AUTH_CONFIG_KEY,
      created_at: now,
      updated_at: now,
    };
    await accounts.insertAccount(trx, account);
    await this.recordEvent(trx, 'account.created', account);
    return { account, created: true };
  }

  /** E6: partial merge over the stored values; a redacted placeholder means "unchanged". */
  async updateFromHub(hub: HubSession, accountId: string, body: HubAccountWrite): Promise<HubAccountResult> {
    const account = await this.accountForSession(hub, accountId);
    const definition = await this.credentialConnector(hub, body.integration_id);
    if (definition.key !== account.provider) {
      throw new ApiError('validation_failed', `integration_id: account ${account.id} is a ${account.provider} account, not ${definition.key}`, {
        field: 'integration_id',
      });
    }
    const values = mergeCredentials(definition, body.credentials, this.storedCredentials(account));
    await this.verifier.verify(definition, values);
    await this.writeWithEvents(async (trx) => {
      const changes = {
        integration_id: definition.key,
        status: 'active',
        status_reasons: null,
        setup_information: JSON.stringify(values.setup),
        credentials_ciphertext: this.seal(account.id, values),
        updated_at: this.clock().toISOString(),
      };
      await accounts.updateAccount(trx, account.id, changes);
      await this.recordEvent(trx, 'account.updated', { ...account, ...changes });
    });
    return { id: account.id, provider: account.provider };
  }

  // ---- public Accounts API (API key) ---------------------------------------------------------

  async list(project: ProjectRow, query: AccountListQuery, page: { page: number; pageSize: number }): Promise<AccountPage> {
    const { searchWords, ...filter } = query;
    const search = searchWords?.map((text) => ({
      text,
      providers: CATALOG.filter((connector) => connector.name.toLowerCase().includes(text)).map((connector) => connector.key),
    }));
    const rows = await accounts.listAccounts(
      this.db,
      { ...filter, search, projectId: project.id },
      { limit: page.pageSize + 1, offset: (page.page - 1) * page.pageSize },
    );
    return { accounts: rows.slice(0, page.pageSize).map(toLinkedAccount), hasMore: rows.length > page.pageSize };
  }

  async get(project: ProjectRow, accountId: string): Promise<LinkedAccount> {
    return toLinkedAccount(await this.projectAccount(project, accountId));
  }

  async meta(project: ProjectRow, accountId: string): Promise<z.infer<typeof AccountMeta>> {
    const account = await this.projectAccount(project, accountId);
    return { provider: account.provider, category: getConnector(account.provider)?.category ?? 'unknown', models: {} };
  }

  async patch(project: ProjectRow, accountId: string, patch: AccountPatch): Promise<LinkedAccount> {
    const account = await this.projectAccount(project, accountId);
    for (const field of ['provider', 'integration_id'] as const) {
      const value = patch[field];
      if (value !== undefined && value !== account.provider) {
        throw new ApiError('validation_failed', `${field}: an account cannot move to another provider (it is ${account.provider})`, { field });
      }
    }
    const submitted = { ...patch.setup_information, ...patch.credentials, ...patch.secrets };
    let credentials: { setup_information: string; credentials_ciphertext: string | null } | undefined;
    if (Object.keys(submitted).length > 0) {
      const definition = getConnector(account.provider);
      if (!definition) throw new ApiError('unprocessable', `Connector ${account.provider} is no longer in the catalog; its credentials cannot change`);
      const values = mergeCredentials(definition, submitted, this.storedCredentials(account));
      await this.verifier.verify(definition, values);
      credentials = { setup_information: JSON.stringify(values.setup), credentials_ciphertext: this.seal(account.id, values) };
    }
    const changes = {
      ...(patch.origin_owner_id === undefined ? {} : { origin_owner_id: patch.origin_owner_id }),
      ...(patch.origin_owner_name === undefined ? {} : { origin_owner_name: patch.origin_owner_name }),
      ...(patch.origin_username === undefined ? {} : { origin_username: patch.origin_username }),
      ...(patch.label === undefined ? {} : { label: patch.label }),
      ...(patch.metadata === undefined ? {} : { metadata: jsonOrNull(patch.metadata) }),
      ...(patch.type === undefined ? {} : { type: patch.type }),
      ...(patch.status === undefined ? {} : { status: patch.status }),
      ...(patch.environment === undefined ? {} : { environment: patch.environment }),
      ...(patch.authentication_config_key === undefined ? {} : { auth_config_key: patch.authentication_config_key }),
      ...credentials,
      updated_at: this.clock().toISOString(),
    };
    const updated: AccountRow = { ...account, ...changes };
    await this.writeWithEvents(async (trx) => {
      await accounts.updateAccount(trx, account.id, changes);
      await this.recordEvent(trx, 'account.updated', updated);
    });
    return toLinkedAccount(updated);
  }

  async delete(project: ProjectRow, accountId: string): Promise<LinkedAccount> {
    const account = await this.projectAccount(project, accountId);
    await this.writeWithEvents(async (trx) => {
      await accounts.deleteAccount(trx, account.id);
      await this.recordEvent(trx, 'account.deleted', account);
    });
    return toLinkedAccount(account);
  }

  /** Decrypted values of an account (for the credentials endpoint and the OAuth refresh, later). */
  storedCredentials(account: AccountRow): CredentialValues {
    const setup = parseStringRecord(account.setup_information);
    if (!account.credentials_ciphertext) return { ...NO_CREDENTIALS, setup };
    let plaintext: string;
    try {
      plaintext = this.cipher.decrypt(account.credentials_ciphertext, account.id);
    } catch {
      // Almost always an operator change of CONNECT_HUB_SECRET_KEY or a lost secret.key.
      throw new ApiError('internal', `Stored credentials of account ${account.id} cannot be decrypted: was the server's secret key changed?`);
    }
    return { setup, secrets: parseStringRecord(plaintext) };
  }

  // ---- internals -----------------------------------------------------------------------------

  private async credentialConnector(hub: HubSession, integrationId: string): Promise<ConnectorDefinition> {
    const definition = await this.connectors.availableConnector(hub, integrationId);
    if (isOAuthFlow(definition)) {
      throw new ApiError('bad_request', `${definition.name} connects through the OAuth flow (a popup), not with submitted credentials`, {
        field: 'integration_id',
      });
    }
    return definition;
  }

  /** The account E5 updates instead of creating one, if any. */
  private async upsertTarget(db: Db, hub: HubSession, provider: string): Promise<AccountRow | undefined> {
    const { session, project } = hub;
    if (session.account_id) {
      const own = await accounts.findAccount(db, project.id, session.account_id);
      if (own?.provider === provider) return own;
    }
    if (session.multiple === 1) return undefined;
    return accounts.findAccountByOwnerAndProvider(db, { projectId: project.id, originOwnerId: session.origin_owner_id, provider });
  }

  /** A token reaches its session's account and its owner's accounts; anything else is a 404. */
  private async accountForSession(hub: HubSession, accountId: string): Promise<AccountRow> {
    const account = await accounts.findAccount(this.db, hub.project.id, accountId);
    if (!account || (account.id !== hub.session.account_id && account.origin_owner_id !== hub.session.origin_owner_id)) {
      throw new ApiError('not_found', `No account "${accountId}" for this connect session`);
    }
    return account;
  }

  /** The stored row of a project's account, else a 404 (the credentials endpoint reads it). */
  async projectAccount(project: ProjectRow, accountId: string): Promise<AccountRow> {
    const account = await accounts.findAccount(this.db, project.id, accountId);
    if (!account) throw new ApiError('not_found', `No account "${accountId}" in this project`);
    return account;
  }

  private seal(accountId: string, values: CredentialValues): string | null {
    return Object.keys(values.secrets).length === 0 ? null : this.cipher.encrypt(JSON.stringify(values.secrets), accountId);
  }

  private async recordEvent(trx: Db, event: WebhookEvent, account: AccountRow): Promise<void> {
    const now = this.clock().toISOString();
    const payload: Omit<AccountWebhookPayload, 'sent_at'> = {
      project_id: account.project_id,
      event,
      event_date: now,
      record_type: 'account',
      record_id: account.id,
      account_id: account.id,
      provider: account.provider,
      origin_owner_id: account.origin_owner_id,
      origin_owner_name: account.origin_owner_name,
      origin_username: account.origin_username,
      setup_information: parseStringRecord(account.setup_information),
    };
    await insertAccountEvent(trx, { project_id: account.project_id, event, account_id: account.id, payload: JSON.stringify(payload), created_at: now });
  }
}

export function toLinkedAccount(account: AccountRow): LinkedAccount {
  const definition = getConnector(account.provider);
  const statusReasons = parseJsonArray(account.status_reasons) as LinkedAccount['status_reasons'] | null;
  return {
    id: account.id,
    provider: account.provider,
    ...(definition ? { provider_name: definition.name, categories: [definition.category] } : {}),
    integration_id: account.integration_id,
    status: account.status as AccountStatus,
    ...(statusReasons ? { status_reasons: statusReasons } : {}),
    origin_owner_id: account.origin_owner_id,
    origin_owner_name: account.origin_owner_name,
    origin_username: account.origin_username,
    label: account.label,
    type: account.type,
    setup_information: parseStringRecord(account.setup_information),
    metadata: parseJsonObject(account.metadata),
    created_at: account.created_at,
    updated_at: account.updated_at,
  };
}
