import type { Db } from '../database.js';
import type { ConnectSessionRow, NewConnectSessionRow } from '../schema.js';

export async function insertConnectSession(db: Db, session: NewConnectSessionRow): Promise<ConnectSessionRow> {
  return db.insertInto('connect_sessions').values(session).returningAll().executeTakeFirstOrThrow();
}

export async function findConnectSessionByTokenHash(db: Db, tokenHash: string): Promise<ConnectSessionRow | undefined> {
  return db.selectFrom('connect_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function findConnectSession(db: Db, projectId: string, id: number): Promise<ConnectSessionRow | undefined> {
  return db
    .selectFrom('connect_sessions')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Deletes sessions that expired before `cutoff` (ISO); their connection attempts go with them (cascade). */
export async function deleteSessionsExpiredBefore(db: Db, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('connect_sessions').where('expires_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
