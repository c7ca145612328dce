import type { Db } from '../database.js';

export interface NewAccountEvent {
  project_id: string;
  event: string;
  account_id: string;
  payload: string;
  created_at: string;
}

/**
 * Call inside the transaction that changes the account: the event exists iff the change does. The webhook
 * dispatcher reads and marks these rows (webhooks/store.ts `fanOutAccountEvents`).
 */
export async function insertAccountEvent(db: Db, event: NewAccountEvent): Promise<void> {
  await db.insertInto('account_events').values(event).execute();
}
