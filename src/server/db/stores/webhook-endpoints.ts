import type { Updateable } from 'kysely';
import type { Db } from '../database.js';
import { parseStringArray } from '../json-columns.js';
import type { WebhookEndpointRow, WebhookEndpointsTable } from '../schema.js';

/** An endpoint's subscription: the event types it named, or every type there is and will be. */
export type EventSubscription = 'every' | readonly string[];

const EVERY_EVENT = '*';

/** The `events` column: a JSON array of event names; `["*"]` means every event type, present and future. */
export function encodeSubscription(subscription: EventSubscription): string {
  return JSON.stringify(subscription === 'every' ? [EVERY_EVENT] : subscription);
}

export function decodeSubscription(column: string): EventSubscription {
  const names = parseStringArray(column) ?? [];
  return names.includes(EVERY_EVENT) ? 'every' : names;
}

export function subscribesTo(subscription: EventSubscription, event: string): boolean {
  return subscription === 'every' || subscription.includes(event);
}

export async function insertEndpoint(db: Db, endpoint: WebhookEndpointRow): Promise<void> {
  await db.insertInto('webhook_endpoints').values(endpoint).execute();
}

export async function listEndpoints(db: Db, projectId: string): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('project_id', '=', projectId).orderBy('created_at').orderBy('id').execute();
}

export async function findEndpoint(db: Db, projectId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

/** A lookup by id alone: a delivery already names its project. */
export async function findEndpointById(db: Db, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The dispatcher's lookup: the endpoints of one claimed batch, in one read. */
export async function findEndpointsByIds(db: Db, ids: readonly string[]): Promise<WebhookEndpointRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('webhook_endpoints').selectAll().where('id', 'in', [...ids]).execute();
}

export async function updateEndpoint(db: Db, id: string, changes: Updateable<WebhookEndpointsTable>): Promise<void> {
  await db.updateTable('webhook_endpoints').set(changes).where('id', '=', id).execute();
}

/** Its deliveries go with it (foreign key cascade): nothing more is sent to a deleted endpoint. */
export async function deleteEndpoint(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}
