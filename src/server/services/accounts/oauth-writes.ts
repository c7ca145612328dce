import type { ConnectorDefinition } from '../../../catalog/index.js';
import type { HubSession } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { AccountRow } from '../../db/schema.js';
import type { CredentialValues } from '../credentials.js';
import * as accounts from '../../db/stores/accounts.js';
import type { AccountChanges } from './account-changes.js';
import type { AccountSecrets } from './account-secrets.js';
import { linkAccount } from './session-link.js';

export interface OAuthAccountWritesDeps {
  clock: () => Date;
  secrets: AccountSecrets;
  changes: AccountChanges;
}

/** The account changes the OAuth side makes: a callback's link, and the status a token refresh learns. */
export class OAuthAccountWrites {
  constructor(private readonly deps: OAuthAccountWritesDeps) {}

  /**
   * OAuth callback: creates or updates the account by the identity rule, and runs `alsoInTransaction`
   * (tokens, the attempt) in the same transaction as the change and its outbox event.
   */
  async saveFromOAuth(
    hub: HubSession,
    definition: ConnectorDefinition,
    values: CredentialValues,
    alsoInTransaction: (trx: Db, accountId: string) => Promise<void>,
  ): Promise<{ id: string; created: boolean }> {
    return this.deps.changes.commit(async (trx) => {
      // `values.secrets`: an end-user OAuth client's secret (Docebo), kept encrypted for the refreshes.
      const { account, created } = await linkAccount(trx, this.deps, hub, definition, values);
      await alsoInTransaction(trx, account.id);
      return { id: account.id, created };
    });
  }

  /** A refused refresh or revoked grant: the account stops being usable until the user connects again. */
  async markExpired(account: AccountRow, reason: { code: string; description: string }): Promise<void> {
    const now = this.deps.clock().toISOString();
    await this.setStatus(account, {
      status: 'expired',
      status_reasons: JSON.stringify([{ code: reason.code, description: reason.description, timestamp: now }]),
      updated_at: now,
    });
  }

  /** A working grant again (a refresh succeeded): back to active, the old reasons cleared. */
  async markActive(account: AccountRow): Promise<void> {
    await this.setStatus(account, { status: 'active', status_reasons: null, updated_at: this.deps.clock().toISOString() });
  }

  private async setStatus(account: AccountRow, update: Pick<AccountRow, 'status' | 'status_reasons' | 'updated_at'>): Promise<void> {
    const { changes } = this.deps;
    await changes.commit(async (trx) => {
      await accounts.updateAccount(trx, account.id, update);
      await changes.record(trx, 'account.updated', { ...account, ...update });
    });
  }
}
