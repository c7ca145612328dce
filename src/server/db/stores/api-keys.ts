import type { Db } from '../database.js';
import type { ProjectRow } from '../schema.js';

export async function insertApiKey(db: Db, key: { project_id: string; key_hash: string; created_at: string }): Promise<void> {
  await db.insertInto('api_keys').values(key).execute();
}

export async function findProjectByKeyHash(db: Db, keyHash: string): Promise<ProjectRow | undefined> {
  return db
    .selectFrom('api_keys')
    .innerJoin('projects', 'projects.id', 'api_keys.project_id')
    .selectAll('projects')
    .where('api_keys.key_hash', '=', keyHash)
    .executeTakeFirst();
}
