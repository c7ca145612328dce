import type { Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { AccountHealthRow, AccountRow, AccountsTable } from '../schema.js';

/** Accounts the health check has no schedule for yet (new ones, and every account on the first start). */
export async function accountsWithoutHealth(db: Db, limit: number): Promise<Pick<AccountRow, 'id' | 'project_id' | 'provider' | 'created_at'>[]> {
  return db
    .selectFrom('accounts')
    .select(['accounts.id', 'accounts.project_id', 'accounts.provider', 'accounts.created_at'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('account_health').select('account_health.account_id').whereRef('account_health.account_id', '=', 'accounts.id'))))
    .orderBy('accounts.created_at')
    .limit(limit)
    .execute();
}

/** Schedules accounts; one another server scheduled first keeps its time. */
export async function insertHealthRows(db: Db, rows: Pick<AccountHealthRow, 'account_id' | 'project_id' | 'provider' | 'next_check_at'>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('account_health')
    .values(rows.map((row) => ({ ...row, checked_at: null, outcome: null, detail: null })))
    .onConflict((oc) => oc.column('account_id').doNothing())
    .execute();
}

/** Rows due by `now`, oldest first. */
export async function dueHealthRows(db: Db, now: string, limit: number): Promise<AccountHealthRow[]> {
  return db.selectFrom('account_health').selectAll().where('next_check_at', '<=', now).orderBy('next_check_at').limit(limit).execute();
}

/**
 * Takes a due row for this server: moves its time to `leaseUntil` if nobody moved it since it was read. False
 * when another server (or an earlier run) took it first.
 */
export async function claimHealthRow(db: Db, row: Pick<AccountHealthRow, 'account_id' | 'next_check_at'>, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('account_health')
    .set({ next_check_at: leaseUntil })
    .where('account_id', '=', row.account_id)
    .where('next_check_at', '=', row.next_check_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordHealthCheck(
  db: Db,
  accountId: string,
  outcome: Pick<AccountHealthRow, 'next_check_at' | 'checked_at' | 'outcome' | 'detail'>,
): Promise<void> {
  await db.updateTable('account_health').set(outcome).where('account_id', '=', accountId).execute();
}

export async function findHealthRow(db: Db, accountId: string): Promise<AccountHealthRow | undefined> {
  return db.selectFrom('account_health').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

/** Health rows whose account is gone (SQLite keeps them when foreign keys were off at the delete). */
export async function deleteOrphanHealthRows(db: Db): Promise<void> {
  await db
    .deleteFrom('account_health')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('accounts').select('accounts.id').whereRef('accounts.id', '=', 'account_health.account_id'))))
    .execute();
}

/**
 * The health check's status change, only if the account is as it was read (same `updated_at`): an end user
 * who re-linked meanwhile wins over a check that ran on the old credentials. False when it changed.
 */
export async function updateAccountIfUnchanged(db: Db, account: Pick<AccountRow, 'id' | 'updated_at'>, changes: Updateable<AccountsTable>): Promise<boolean> {
  const result = await db.updateTable('accounts').set(changes).where('id', '=', account.id).where('updated_at', '=', account.updated_at).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
