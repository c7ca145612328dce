import type { AccountRow } from '../../db/schema.js';
import { updateAccountIfUnchanged } from '../../db/stores/account-health.js';
import type { AccountChanges } from './account-changes.js';

export interface AccountHealthWritesDeps {
  clock: () => Date;
  changes: AccountChanges;
}

/** Why the provider refused the stored credentials: kept in `status_reasons`, sent with account.updated. */
export interface CredentialsRefusal {
  code: string;
  description: string;
}

/**
 * The status a provider's verdict on stored credentials sets, for every kind of credential: a rejected API key
 * (the health check's verify request) and a refused OAuth refresh (the health check or the credentials endpoint)
 * both make the account `invalid` with the reason and `first_failed_at`; the next verdict that passes makes it
 * `active` again. Each change and its account.updated are one transaction.
 */
export class AccountHealthWrites {
  constructor(private readonly deps: AccountHealthWritesDeps) {}

  /** False when nothing changed: already invalid, or the account changed since it was read (a re-link wins). */
  async invalidate(account: AccountRow, refusal: CredentialsRefusal): Promise<boolean> {
    if (account.status === 'invalid') return false;
    const now = this.deps.clock().toISOString();
    return this.#commit(account, {
      status: 'invalid',
      status_reasons: JSON.stringify([{ code: refusal.code, description: refusal.description, timestamp: now }]),
      first_failed_at: now,
      updated_at: now,
    });
  }

  /**
   * Back to `active`, the reasons and `first_failed_at` cleared. Only from `invalid`, or `expired` (an operator's
   * PATCH, or an account marked so before refusals made accounts invalid): a status the host set stays.
   */
  async recover(account: AccountRow): Promise<boolean> {
    if (account.status !== 'invalid' && account.status !== 'expired') return false;
    return this.#commit(account, { status: 'active', status_reasons: null, first_failed_at: null, updated_at: this.deps.clock().toISOString() });
  }

  async #commit(account: AccountRow, update: Pick<AccountRow, 'status' | 'status_reasons' | 'first_failed_at' | 'updated_at'>): Promise<boolean> {
    const { changes } = this.deps;
    return changes.commit(async (trx) => {
      if (!(await updateAccountIfUnchanged(trx, account, update))) return false;
      await changes.record(trx, 'account.updated', { ...account, ...update });
      return true;
    });
  }
}
