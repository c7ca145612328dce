import type { Db } from '../database.js';
import type { RenewalRequestRow, RenewalRequestsTable } from '../schema.js';

export async function insertRenewalRequest(db: Db, row: RenewalRequestsTable): Promise<RenewalRequestRow> {
  return db.insertInto('renewal_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The open request of an expired session, if one was made (a second press adds none). */
export async function findOpenRequestForSession(db: Db, projectId: string, sessionId: number): Promise<RenewalRequestRow | undefined> {
  return db
    .selectFrom('renewal_requests')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('session_id', '=', sessionId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function findRenewalRequest(db: Db, projectId: string, id: string): Promise<RenewalRequestRow | undefined> {
  return db.selectFrom('renewal_requests').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export async function listRenewalRequests(db: Db, projectId: string, status: 'open' | 'done' | undefined, limit: number): Promise<RenewalRequestRow[]> {
  let query = db.selectFrom('renewal_requests').selectAll().where('project_id', '=', projectId);
  if (status) query = query.where('status', '=', status);
  return query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
}

/** Open → done with the session that answers it; false when it was no longer open (sent twice at once). */
export async function markRenewalDone(db: Db, id: string, newSessionId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('renewal_requests')
    .set({ status: 'done', new_session_id: newSessionId, done_at: now })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
