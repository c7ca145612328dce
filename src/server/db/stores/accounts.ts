import { sql, type Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { AccountRow, AccountsTable } from '../schema.js';

export async function insertAccount(db: Db, account: AccountRow): Promise<void> {
  await db.insertInto('accounts').values(account).execute();
}

export async function updateAccount(db: Db, id: string, changes: Updateable<AccountsTable>): Promise<void> {
  await db.updateTable('accounts').set(changes).where('id', '=', id).execute();
}

export async function deleteAccount(db: Db, id: string): Promise<void> {
  await db.deleteFrom('accounts').where('id', '=', id).execute();
}

export async function findAccount(db: Db, projectId: string, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

/** The identity rule's lookup: the newest account of this owner for this provider. */
export async function findAccountByOwnerAndProvider(
  db: Db,
  key: { projectId: string; originOwnerId: string; provider: string },
): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('project_id', '=', key.projectId)
    .where('origin_owner_id', '=', key.originOwnerId)
    .where('provider', '=', key.provider)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface AccountListFilter {
  projectId: string;
  originOwnerIds?: string[];
  providers?: string[];
  accountIds?: string[];
  statuses?: string[];
  /** Every word must match (case-insensitive substring) one of the searchable columns or name one of its providers. */
  search?: AccountSearchWord[];
}

export interface AccountSearchWord {
  /** Lower-cased. */
  text: string;
  /** Providers whose display name contains the word (names live in the catalog, not in this table). */
  providers: string[];
}

const SEARCHABLE_COLUMNS = ['id', 'provider', 'origin_owner_id', 'origin_owner_name', 'origin_username', 'label', 'status'] as const;

/** Columns the list may be sorted by (`sort=` on `GET /accounts`). */
export const ACCOUNT_SORT_COLUMNS = ['created_at', 'updated_at', 'origin_owner_name', 'provider', 'status'] as const;
export type AccountSortColumn = (typeof ACCOUNT_SORT_COLUMNS)[number];

export interface AccountSort {
  column: AccountSortColumn;
  direction: 'asc' | 'desc';
}

/** The API's order when none is asked for: oldest first (what paging clients have always seen). */
export const DEFAULT_ACCOUNT_SORT: AccountSort = { column: 'created_at', direction: 'asc' };

function filteredAccounts(db: Db, filter: AccountListFilter) {
  let query = db.selectFrom('accounts').where('project_id', '=', filter.projectId);
  if (filter.originOwnerIds?.length) query = query.where('origin_owner_id', 'in', filter.originOwnerIds);
  if (filter.providers?.length) query = query.where('provider', 'in', filter.providers);
  if (filter.accountIds?.length) query = query.where('id', 'in', filter.accountIds);
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  for (const word of filter.search ?? []) {
    // LIKE with an escape character, the one substring test SQLite and PostgreSQL spell alike; % and _ in
    // the word are escaped so they match themselves.
    const pattern = `%${word.text.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        ...SEARCHABLE_COLUMNS.map((column) => sql<boolean>`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`),
        ...(word.providers.length ? [eb('provider', 'in', word.providers)] : []),
      ]),
    );
  }
  return query;
}

export async function listAccounts(
  db: Db,
  filter: AccountListFilter,
  page: { limit: number; offset: number },
  sort: AccountSort = DEFAULT_ACCOUNT_SORT,
): Promise<AccountRow[]> {
  let query = filteredAccounts(db, filter).selectAll().orderBy(sort.column, sort.direction);
  // Ties (same owner, same status) keep a stable order across pages: by creation, then id.
  if (sort.column !== 'created_at') query = query.orderBy('created_at', sort.direction);
  return query.orderBy('id', sort.direction).limit(page.limit).offset(page.offset).execute();
}

/** How many accounts match `filter` in all (the `x-total-count` header). */
export async function countAccounts(db: Db, filter: AccountListFilter): Promise<number> {
  const row = await filteredAccounts(db, filter).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}
