import type { Db } from '../database.js';
import type { HandoffRow, HandoffsTable } from '../schema.js';

export async function insertHandoff(db: Db, row: HandoffsTable): Promise<HandoffRow> {
  return db.insertInto('handoffs').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findHandoffByTokenHash(db: Db, tokenHash: string): Promise<HandoffRow | undefined> {
  return db.selectFrom('handoffs').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** A hand-off of the desktop's session (the only one who may watch it). */
export async function findSessionHandoff(db: Db, sessionId: number, id: string): Promise<HandoffRow | undefined> {
  return db.selectFrom('handoffs').selectAll().where('session_id', '=', sessionId).where('id', '=', id).executeTakeFirst();
}

/** The hand-off the phone's session was made for. */
export async function findHandoffOfPhoneSession(db: Db, phoneSessionId: number): Promise<HandoffRow | undefined> {
  return db.selectFrom('handoffs').selectAll().where('phone_session_id', '=', phoneSessionId).executeTakeFirst();
}

/**
 * Binds the hand-off to the first device that claims it: only while no device holds it, so of two phones
 * claiming at once exactly one wins (the engine serialises the conditional update).
 */
export async function bindHandoff(db: Db, id: string, binding: { device_hash: string; bound_at: string }): Promise<boolean> {
  const result = await db
    .updateTable('handoffs')
    .set({ ...binding, status: 'opened' })
    .where('id', '=', id)
    .where('device_hash', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function completeHandoff(db: Db, id: string, account: { account_id: string; account_provider: string; completed_at: string }): Promise<void> {
  await db.updateTable('handoffs').set({ ...account, status: 'completed' }).where('id', '=', id).execute();
}

export async function setPhoneSession(db: Db, id: string, phoneSessionId: number): Promise<void> {
  await db.updateTable('handoffs').set({ phone_session_id: phoneSessionId }).where('id', '=', id).execute();
}

/** The bound phone opened the link again: its session gets a new token (only the hash is kept, so the old one cannot be shown again). */
export async function replacePhoneSessionToken(db: Db, phoneSessionId: number, tokenHash: string): Promise<void> {
  await db.updateTable('connect_sessions').set({ token_hash: tokenHash }).where('id', '=', phoneSessionId).execute();
}
