import type { ConnectorDefinition } from '../../../catalog/index.js';
import type { HubSession } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { CredentialValues } from '../credentials.js';
import type { AccountChanges } from './account-changes.js';
import type { AccountSecrets } from './account-secrets.js';
import { linkAccount } from './session-link.js';

export interface OAuthAccountWritesDeps {
  clock: () => Date;
  secrets: AccountSecrets;
  changes: AccountChanges;
}

/** The account change the OAuth side makes: a callback's link (a refresh's verdict goes through AccountHealthWrites). */
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
}
