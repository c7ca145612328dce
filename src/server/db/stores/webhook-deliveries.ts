import { sql, type Updateable } from 'kysely';
import { isPostgres, type Db } from '../database.js';
import type { WebhookDeliveriesTable, WebhookDeliveryRow } from '../schema.js';

export interface ClaimOptions {
  now: string;
  /** A claimed row is not due again before this; if its sender dies, it is re-sent after it. */
  leaseUntil: string;
  limit: number;
  /** Sends already in flight per endpoint, and the most one endpoint may have. */
  inFlightByEndpoint: ReadonlyMap<string, number>;
  endpointLimit: number;
}

/**
 * The one place deliveries are claimed: due pending rows, at most `endpointLimit` in flight per endpoint,
 * leased by moving `next_attempt_at` to the lease end, marking it in flight
 * (`sending_until`, the same lease end) and counting the attempt. On PostgreSQL, where
 * several servers may share the table, the candidates are read `FOR UPDATE SKIP LOCKED`: a row another
 * server is claiming is passed over instead of waited for. The guarded UPDATE refuses a row someone else
 * claimed first either way, and returns the rows it did claim: one read and one write per batch.
 */
export async function claimDueDeliveries(db: Db, options: ClaimOptions): Promise<WebhookDeliveryRow[]> {
  if (options.limit <= 0) return [];
  return db
    .transaction()
    .execute(async (trx) => {
      const saturated = [...options.inFlightByEndpoint].filter(([, count]) => count >= options.endpointLimit).map(([id]) => id);
      let query = trx
        .selectFrom('webhook_deliveries')
        .select(['id', 'endpoint_id'])
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', options.now)
        .where((eb) => eb.or([eb('sending_until', 'is', null), eb('sending_until', '<=', options.now)]));
      if (saturated.length > 0) query = query.where('endpoint_id', 'not in', saturated);
      query = query.orderBy('next_attempt_at').orderBy('id').limit(options.limit * 4);
      if (isPostgres(trx)) query = query.forUpdate().skipLocked();
      const candidates = await query.execute();

      const taken = new Map<string, number>();
      const ids: string[] = [];
      for (const candidate of candidates) {
        if (ids.length >= options.limit) break;
        const busy = (options.inFlightByEndpoint.get(candidate.endpoint_id) ?? 0) + (taken.get(candidate.endpoint_id) ?? 0);
        if (busy >= options.endpointLimit) continue;
        taken.set(candidate.endpoint_id, (taken.get(candidate.endpoint_id) ?? 0) + 1);
        ids.push(candidate.id);
      }
      if (ids.length === 0) return [];
      const claimed = await trx
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: options.leaseUntil, sending_until: options.leaseUntil, last_attempt_at: options.now, attempts: sql<number>`attempts + 1` })
        .where('id', 'in', ids)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', options.now)
        .where((eb) => eb.or([eb('sending_until', 'is', null), eb('sending_until', '<=', options.now)]))
        .returningAll()
        .execute();
      // In the order they were due (RETURNING keeps no order).
      const order = new Map(ids.map((id, index) => [id, index]));
      return claimed.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
    });
}

export type DeliveryOutcome = Pick<
  Updateable<WebhookDeliveriesTable>,
  'status' | 'next_attempt_at' | 'last_status_code' | 'last_error' | 'delivered_at'
>;

/**
 * Writes an attempt's outcome and ends its lease (`sending_until`). Only a success overrides a delivery that
 * was cancelled meanwhile (its endpoint disabled): a receiver that got the event did get it.
 */
export async function recordDeliveryOutcome(db: Db, id: string, outcome: DeliveryOutcome): Promise<void> {
  let query = db.updateTable('webhook_deliveries').set({ ...outcome, sending_until: null }).where('id', '=', id);
  if (outcome.status !== 'delivered') query = query.where('status', '=', 'pending');
  const result = await query.executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    await db.updateTable('webhook_deliveries').set({ sending_until: null }).where('id', '=', id).execute();
  }
}

/** Several attempts' outcomes (as `recordDeliveryOutcome` writes each) in one transaction: one commit for all. */
export async function recordDeliveryOutcomes(db: Db, outcomes: readonly { id: string; outcome: DeliveryOutcome }[]): Promise<void> {
  if (outcomes.length === 0) return;
  if (outcomes.length === 1) return recordDeliveryOutcome(db, outcomes[0]!.id, outcomes[0]!.outcome);
  await db.transaction().execute(async (trx) => {
    for (const { id, outcome } of outcomes) await recordDeliveryOutcome(trx, id, outcome);
  });
}

/**
 * Tells every server's dispatcher (PostgreSQL `NOTIFY`, delivered when the surrounding transaction commits)
 * that outbox work is due now. The payload is this connection's schema, so servers sharing one database in
 * separate schemas wake only for their own. SQLite needs nothing: one server, nudged in process.
 */
export async function notifyOutbox(db: Db): Promise<void> {
  if (isPostgres(db)) await sql`select pg_notify(${OUTBOX_CHANNEL}, current_schema())`.execute(db);
}

/** The PostgreSQL notification channel of `notifyOutbox` (db/outbox-signal.ts listens on it). */
export const OUTBOX_CHANNEL = 'connect_hub_outbox';

/** A disabled endpoint's pending deliveries stop. */
export async function cancelPendingDeliveries(db: Db, endpointId: string, reason: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'cancelled', next_attempt_at: null, last_error: reason })
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'pending')
    .execute();
}

export async function listDeliveries(
  db: Db,
  filter: { endpointId: string; statuses?: string[] },
  page: { limit: number; offset: number },
): Promise<WebhookDeliveryRow[]> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', filter.endpointId);
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  return query.orderBy('created_at', 'desc').orderBy('event_id', 'desc').limit(page.limit).offset(page.offset).execute();
}

export interface DeliveryLogFilter {
  projectId: string;
  endpointId?: string | undefined;
  statuses?: readonly string[] | undefined;
  events?: readonly string[] | undefined;
  accountId?: string | undefined;
  /** Delivery creation time, ISO (UTC), inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

function loggedDeliveries(db: Db, filter: DeliveryLogFilter) {
  let query = db.selectFrom('webhook_deliveries').where('project_id', '=', filter.projectId);
  if (filter.endpointId !== undefined) query = query.where('endpoint_id', '=', filter.endpointId);
  if (filter.statuses?.length) query = query.where('status', 'in', [...filter.statuses]);
  if (filter.events?.length) query = query.where('event', 'in', [...filter.events]);
  if (filter.accountId !== undefined) query = query.where('account_id', '=', filter.accountId);
  if (filter.from !== undefined) query = query.where('created_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('created_at', '<=', filter.to);
  return query;
}

/** The project's delivery log, newest first, narrowed by every filter given. */
export async function listProjectDeliveries(
  db: Db,
  filter: DeliveryLogFilter,
  page: { limit: number; offset: number },
): Promise<WebhookDeliveryRow[]> {
  return loggedDeliveries(db, filter)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('event_id', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countProjectDeliveries(db: Db, filter: DeliveryLogFilter): Promise<number> {
  const row = await loggedDeliveries(db, filter).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * A test delivery of one endpoint. It has no account event behind it, so its `event_id` is negative (real
 * events count up from 1): one below the endpoint's lowest, which keeps the (endpoint, event) pair unique.
 */
export async function insertTestDelivery(db: Db, row: Omit<WebhookDeliveryRow, 'event_id'>): Promise<WebhookDeliveryRow> {
  for (let tries = 0; ; tries++) {
    const lowest = await db
      .selectFrom('webhook_deliveries')
      .select((eb) => eb.fn.min<number | string | null>('event_id').as('lowest'))
      .where('endpoint_id', '=', row.endpoint_id)
      .executeTakeFirst();
    const eventId = Math.min(0, Number(lowest?.lowest ?? 0)) - 1;
    try {
      const inserted = { ...row, event_id: eventId };
      await db.insertInto('webhook_deliveries').values(inserted).execute();
      await notifyOutbox(db);
      return inserted;
    } catch (error) {
      // Two tests of one endpoint at once took the same number: take the next one.
      if (tries >= 4) throw error;
    }
  }
}

export async function findDelivery(db: Db, projectId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export interface RedeliveryFilter {
  projectId: string;
  endpointId?: string | undefined;
  statuses: readonly string[];
  /** Delivery creation time (the fan-out of its event), ISO, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

/** The project's deliveries matching `filter`, oldest first, on enabled endpoints only. */
export async function findRedeliveryCandidates(
  db: Db,
  filter: RedeliveryFilter,
): Promise<Pick<WebhookDeliveryRow, 'id' | 'sending_until'>[]> {
  let query = db
    .selectFrom('webhook_deliveries')
    .select(['id', 'sending_until'])
    .where('project_id', '=', filter.projectId)
    .where('status', 'in', [...filter.statuses])
    .where('endpoint_id', 'in', db.selectFrom('webhook_endpoints').select('id').where('project_id', '=', filter.projectId).where('enabled', '=', 1));
  if (filter.endpointId !== undefined) query = query.where('endpoint_id', '=', filter.endpointId);
  if (filter.from !== undefined) query = query.where('created_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('created_at', '<=', filter.to);
  return query.orderBy('created_at').orderBy('id').limit(filter.limit).execute();
}

const REQUEUE_CHUNK = 500;

/**
 * Due now, with a fresh retry schedule; the attempt count keeps growing so the log stays honest. A delivery
 * whose attempt is in flight (`sending_until` ahead of now) is left alone, in the same guarded UPDATE, so a
 * redelivery racing a send (or, on PostgreSQL, another server's claim, whose row lock this UPDATE waits for
 * and then re-checks) never sends it twice. Returns the ids re-queued.
 */
export async function requeueDeliveries(db: Db, ids: readonly string[], now: string): Promise<string[]> {
  const requeued: string[] = [];
  for (let start = 0; start < ids.length; start += REQUEUE_CHUNK) {
    const rows = await db
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', next_attempt_at: now, schedule_start: sql<number>`attempts`, delivered_at: null })
      .where('id', 'in', ids.slice(start, start + REQUEUE_CHUNK))
      .where((eb) => eb.or([eb('sending_until', 'is', null), eb('sending_until', '<=', now)]))
      .returning('id')
      .execute();
    requeued.push(...rows.map((row) => row.id));
  }
  if (requeued.length > 0) await notifyOutbox(db);
  return requeued;
}

export interface EndpointStatsRow {
  endpoint_id: string;
  deliveries: number;
  failed: number;
  last_id: string | null;
  last_status: string | null;
  last_created_at: string | null;
}

/** Per endpoint of the project: how many deliveries, how many failed, and the newest one: one query. */
export async function endpointDeliveryStats(db: Db, projectId: string): Promise<EndpointStatsRow[]> {
  const rows = await db
    .selectFrom('webhook_deliveries as d')
    .select('d.endpoint_id')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('deliveries'),
      eb.fn.sum<number | string>(eb.case().when('d.status', '=', 'failed').then(1).else(0).end()).as('failed'),
    ])
    .where('d.project_id', '=', projectId)
    .groupBy('d.endpoint_id')
    .execute();
  if (rows.length === 0) return [];
  const newest = await db
    .selectFrom('webhook_deliveries as d')
    .select(['d.endpoint_id', 'd.id', 'd.status', 'd.created_at'])
    .where('d.project_id', '=', projectId)
    .where((eb) =>
      eb(
        'd.id',
        '=',
        eb.selectFrom('webhook_deliveries as n').select('n.id').whereRef('n.endpoint_id', '=', 'd.endpoint_id').orderBy('n.created_at', 'desc').orderBy('n.event_id', 'desc').orderBy('n.id', 'desc').limit(1),
      ),
    )
    .execute();
  const last = new Map(newest.map((row) => [row.endpoint_id, row]));
  return rows.map((row) => ({
    endpoint_id: row.endpoint_id,
    deliveries: Number(row.deliveries),
    failed: Number(row.failed ?? 0),
    last_id: last.get(row.endpoint_id)?.id ?? null,
    last_status: last.get(row.endpoint_id)?.status ?? null,
    last_created_at: last.get(row.endpoint_id)?.created_at ?? null,
  }));
}
