import type { Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { WebhookEndpointRow, WebhookEndpointsTable } from '../schema.js';

export async function insertEndpoint(db: Db, endpoint: WebhookEndpointRow): Promise<void> {
  await db.insertInto('webhook_endpoints').values(endpoint).execute();
}

export async function listEndpoints(db: Db, projectId: string): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('project_id', '=', projectId).orderBy('created_at').orderBy('id').execute();
}

export async function findEndpoint(db: Db, projectId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

/** The dispatcher's lookup: a delivery already names its project. */
export async function findEndpointById(db: Db, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateEndpoint(db: Db, id: string, changes: Updateable<WebhookEndpointsTable>): Promise<void> {
  await db.updateTable('webhook_endpoints').set(changes).where('id', '=', id).execute();
}

/** Its deliveries go with it (foreign key cascade): nothing more is sent to a deleted endpoint. */
export async function deleteEndpoint(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}
