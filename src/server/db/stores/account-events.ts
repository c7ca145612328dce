import type { Db } from '../database.js';
import type { WebhookDeliveryRow } from '../schema.js';
import { notifyOutbox } from './webhook-deliveries.js';
import { decodeSubscription, subscribesTo } from './webhook-endpoints.js';

/** An outbox row: about an account, or (`account_id` null) about a connect session (services/renewals.ts). */
export interface NewAccountEvent {
  project_id: string;
  event: string;
  account_id: string | null;
  payload: string;
  created_at: string;
}

/**
 * Call inside the transaction that changes the account: the event exists iff the change does. The webhook
 * dispatcher turns them into deliveries (`fanOutAccountEvents`); on PostgreSQL every server's dispatcher is
 * told when the transaction commits (`notifyOutbox`).
 */
export async function insertAccountEvent(db: Db, event: NewAccountEvent): Promise<void> {
  await db.insertInto('account_events').values(event).execute();
  await notifyOutbox(db);
}

export interface FanOutResult {
  events: number;
  deliveries: number;
}

/**
 * Turns outbox rows into one delivery per matching enabled endpoint and marks them fanned out, in one
 * transaction. The unique (endpoint, event) pair makes a repeated fan-out (two servers, a crash between
 * statements on an engine without transactions) insert nothing twice.
 */
export async function fanOutAccountEvents(
  db: Db,
  options: { now: string; limit: number; newDeliveryId: () => string },
): Promise<FanOutResult> {
  return db
    .transaction()
    .execute(async (trx) => {
      const events = await trx.selectFrom('account_events').selectAll().where('dispatched_at', 'is', null).orderBy('id').limit(options.limit).execute();
      if (events.length === 0) return { events: 0, deliveries: 0 };
      const projectIds = [...new Set(events.map((event) => event.project_id))];
      const endpoints = await trx
        .selectFrom('webhook_endpoints')
        .select(['id', 'project_id', 'events'])
        .where('project_id', 'in', projectIds)
        .where('enabled', '=', 1)
        .execute();
      const subscriptions = endpoints.map((endpoint) => ({ ...endpoint, events: decodeSubscription(endpoint.events) }));
      const rows: WebhookDeliveryRow[] = [];
      for (const event of events) {
        for (const endpoint of subscriptions) {
          if (endpoint.project_id !== event.project_id || !subscribesTo(endpoint.events, event.event)) continue;
          rows.push({
            id: options.newDeliveryId(),
            project_id: event.project_id,
            endpoint_id: endpoint.id,
            event_id: event.id,
            event: event.event,
            account_id: event.account_id,
            payload: event.payload,
            status: 'pending',
            attempts: 0,
            schedule_start: 0,
            next_attempt_at: options.now,
            sending_until: null,
            last_attempt_at: null,
            last_status_code: null,
            last_error: null,
            delivered_at: null,
            created_at: options.now,
          });
        }
      }
      for (let start = 0; start < rows.length; start += 100) {
        await trx
          .insertInto('webhook_deliveries')
          .values(rows.slice(start, start + 100))
          .onConflict((oc) => oc.columns(['endpoint_id', 'event_id']).doNothing())
          .execute();
      }
      await trx
        .updateTable('account_events')
        .set({ dispatched_at: options.now })
        .where('id', 'in', events.map((event) => event.id))
        .where('dispatched_at', 'is', null)
        .execute();
      return { events: events.length, deliveries: rows.length };
    });
}
