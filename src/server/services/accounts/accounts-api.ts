import { CATALOG, getConnector } from '../../../catalog/index.js';
import type * as z from 'zod/mini';
import type { AccountMeta, AccountPatch, LinkedAccount } from '../../../contract/accounts.js';
import type { Db } from '../../db/database.js';
import { jsonOrNull } from '../../db/json-columns.js';
import type { AccountRow, ProjectRow } from '../../db/schema.js';
import * as accounts from '../../db/stores/accounts.js';
import type { AccountListFilter } from '../../db/stores/accounts.js';
import { ApiError } from '../../errors.js';
import type { CredentialVerifier } from '../credential-verifier.js';
import { mergeCredentials } from '../credentials.js';
import type { AccountChanges } from './account-changes.js';
import { toLinkedAccount } from './account-rows.js';
import type { AccountSecrets } from './account-secrets.js';

export type AccountListQuery = Omit<AccountListFilter, 'projectId' | 'search'> & {
  /** Ours: lower-cased words that must all match (owner id or name, username, label, provider key or name, id, status). */
  searchWords?: string[];
  /** Default: the API's order, oldest first. */
  sort?: accounts.AccountSort;
};

export interface AccountPage {
  accounts: LinkedAccount[];
  hasMore: boolean;
  /** How many accounts match in all, over every page. */
  total: number;
}

export interface AccountsApiDeps {
  db: Db;
  clock: () => Date;
  secrets: AccountSecrets;
  changes: AccountChanges;
  verifier: CredentialVerifier;
}

/** The public Accounts API (a project's API key): list, read, change and delete a project's accounts. */
export class AccountsApi {
  constructor(private readonly deps: AccountsApiDeps) {}

  async list(project: ProjectRow, query: AccountListQuery, page: { page: number; pageSize: number }): Promise<AccountPage> {
    const { searchWords, sort, ...filter } = query;
    const search = searchWords?.map((text) => ({
      text,
      providers: CATALOG.filter((connector) => connector.name.toLowerCase().includes(text)).map((connector) => connector.key),
    }));
    const where = { ...filter, search, projectId: project.id };
    const [rows, total] = await Promise.all([
      accounts.listAccounts(this.deps.db, where, { limit: page.pageSize + 1, offset: (page.page - 1) * page.pageSize }, sort),
      accounts.countAccounts(this.deps.db, where),
    ]);
    return { accounts: rows.slice(0, page.pageSize).map(toLinkedAccount), hasMore: rows.length > page.pageSize, total };
  }

  async get(project: ProjectRow, accountId: string): Promise<LinkedAccount> {
    return toLinkedAccount(await this.projectAccount(project, accountId));
  }

  async meta(project: ProjectRow, accountId: string): Promise<z.infer<typeof AccountMeta>> {
    const account = await this.projectAccount(project, accountId);
    return { provider: account.provider, category: getConnector(account.provider)?.category ?? 'unknown', models: {} };
  }

  async patch(project: ProjectRow, accountId: string, patch: AccountPatch): Promise<LinkedAccount> {
    const { secrets, changes, clock } = this.deps;
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
      const values = mergeCredentials(definition, submitted, secrets.open(account));
      await this.deps.verifier.verify(definition, values);
      credentials = { setup_information: JSON.stringify(values.setup), credentials_ciphertext: secrets.seal(account.id, values) };
    }
    const update = {
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
      updated_at: clock().toISOString(),
    };
    const updated: AccountRow = { ...account, ...update };
    await changes.commit(async (trx) => {
      await accounts.updateAccount(trx, account.id, update);
      await changes.record(trx, 'account.updated', updated);
    });
    return toLinkedAccount(updated);
  }

  async delete(project: ProjectRow, accountId: string): Promise<LinkedAccount> {
    const { changes } = this.deps;
    const account = await this.projectAccount(project, accountId);
    await changes.commit(async (trx) => {
      await accounts.deleteAccount(trx, account.id);
      await changes.record(trx, 'account.deleted', account);
    });
    return toLinkedAccount(account);
  }

  /** The stored row of a project's account, else a 404 (the credentials endpoint reads it). */
  async projectAccount(project: ProjectRow, accountId: string): Promise<AccountRow> {
    const account = await accounts.findAccount(this.deps.db, project.id, accountId);
    if (!account) throw new ApiError('not_found', `No account "${accountId}" in this project`);
    return account;
  }
}
