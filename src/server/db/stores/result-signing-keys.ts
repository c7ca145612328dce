import type { Db } from '../database.js';
import type { ResultSigningKeyRow } from '../schema.js';

/** The key that signs a project's result tokens now (the newest one not retired). */
export async function findCurrentSigningKey(db: Db, projectId: string): Promise<ResultSigningKeyRow | undefined> {
  return db
    .selectFrom('result_signing_keys')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('kid', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertSigningKey(db: Db, row: ResultSigningKeyRow): Promise<void> {
  await db.insertInto('result_signing_keys').values(row).execute();
}

/** Retires every current key of the project but `keepKid`: published until `publishUntil`, signing nothing more. */
export async function retireSigningKeys(db: Db, projectId: string, keepKid: string, now: string, publishUntil: string): Promise<number> {
  const result = await db
    .updateTable('result_signing_keys')
    .set({ retired_at: now, publish_until: publishUntil })
    .where('project_id', '=', projectId)
    .where('retired_at', 'is', null)
    .where('kid', '!=', keepKid)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The public keys a verifier may meet now: current ones and retired ones whose tokens may still live. */
export async function publishedSigningKeys(db: Db, now: string, projectId?: string): Promise<Pick<ResultSigningKeyRow, 'kid' | 'project_id' | 'public_jwk' | 'retired_at'>[]> {
  let query = db
    .selectFrom('result_signing_keys')
    .select(['kid', 'project_id', 'public_jwk', 'retired_at'])
    .where((eb) => eb.or([eb('retired_at', 'is', null), eb('publish_until', '>', now)]));
  if (projectId) query = query.where('project_id', '=', projectId);
  return query.orderBy('project_id').orderBy('created_at', 'desc').orderBy('kid').execute();
}

/** Retired keys whose last token has expired: nothing can need them any more. */
export async function deleteUnpublishedSigningKeys(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('result_signing_keys').where('retired_at', 'is not', null).where('publish_until', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
