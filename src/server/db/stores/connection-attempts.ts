import type { Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { ConnectionAttemptRow, ConnectionAttemptsTable } from '../schema.js';

export async function insertAttempt(db: Db, row: ConnectionAttemptRow): Promise<void> {
  await db.insertInto('connection_attempts').values(row).execute();
}

export async function findAttempt(db: Db, id: string): Promise<ConnectionAttemptRow | undefined> {
  return db.selectFrom('connection_attempts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAttemptByStateHash(db: Db, stateHash: string): Promise<ConnectionAttemptRow | undefined> {
  return db.selectFrom('connection_attempts').selectAll().where('state_hash', '=', stateHash).executeTakeFirst();
}

/**
 * Changes an attempt only while it is still pending (and, with `stateHash`, only while that state is
 * still its live one): the single guard that makes cancel, expiry and callbacks race-free.
 * Returns whether this call made the change.
 */
export async function updatePendingAttempt(
  db: Db,
  id: string,
  changes: Updateable<ConnectionAttemptsTable>,
  stateHash?: string,
): Promise<boolean> {
  let query = db.updateTable('connection_attempts').set(changes).where('id', '=', id).where('status', '=', 'pending');
  if (stateHash !== undefined) query = query.where('state_hash', '=', stateHash);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
