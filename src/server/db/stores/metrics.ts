import type { Db } from '../database.js';

/** What `/metrics` reads from the database at scrape time, over every project of the server. */
export interface StoreGauges {
  /** Outbox events not fanned out yet, and deliveries waiting for a (re)try: what the dispatcher still owes. */
  outboxBacklog: { events: number; deliveries: number };
  /** When the oldest event or delivery still owed was written; undefined when nothing is owed. */
  oldestUndeliveredAt: string | undefined;
  /** Linked accounts per provider (catalog key), whatever their status. */
  accountsByProvider: { provider: string; count: number }[];
}

/** Counts come back as numbers on SQLite and as bigint text on PostgreSQL. */
const count = (value: unknown): number => Number(value ?? 0);

export async function readStoreGauges(db: Db): Promise<StoreGauges> {
  const [events, deliveries, accounts] = await Promise.all([
    db
      .selectFrom('account_events')
      .select((eb) => [eb.fn.countAll().as('count'), eb.fn.min('created_at').as('oldest')])
      .where('dispatched_at', 'is', null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('webhook_deliveries')
      .select((eb) => [eb.fn.countAll().as('count'), eb.fn.min('created_at').as('oldest')])
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow(),
    db.selectFrom('accounts').select((eb) => ['provider', eb.fn.countAll().as('count')]).groupBy('provider').orderBy('provider').execute(),
  ]);
  // ISO-8601 text sorts as time.
  const oldest = [events.oldest, deliveries.oldest].filter((value): value is string => typeof value === 'string').sort()[0];
  return {
    outboxBacklog: { events: count(events.count), deliveries: count(deliveries.count) },
    oldestUndeliveredAt: oldest,
    accountsByProvider: accounts.map((row) => ({ provider: row.provider, count: count(row.count) })),
  };
}
