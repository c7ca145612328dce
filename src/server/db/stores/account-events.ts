import type { Db } from '../database.js';
import type { AccountEventRow } from '../schema.js';

export interface NewAccountEvent {
  project_id: string;
  event: string;
  account_id: string;
  payload: string;
  created_at: string;
}

/** Call inside the transaction that changes the account: the event exists iff the change does. */
export async function insertAccountEvent(db: Db, event: NewAccountEvent): Promise<void> {
  await db.insertInto('account_events').values(event).execute();
}

/** The dispatcher's seam: events not yet delivered, oldest first. */
export async function listUndispatchedAccountEvents(db: Db, limit: number): Promise<AccountEventRow[]> {
  return db.selectFrom('account_events').selectAll().where('dispatched_at', 'is', null).orderBy('id').limit(limit).execute();
}

export async function markAccountEventDispatched(db: Db, id: number, dispatchedAt: string): Promise<void> {
  await db.updateTable('account_events').set({ dispatched_at: dispatchedAt }).where('id', '=', id).execute();
}
