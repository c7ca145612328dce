import type { Db } from '../database.js';
import type { OAuthClientRow } from '../schema.js';

export async function findOAuthClient(db: Db, projectId: string, provider: string): Promise<OAuthClientRow | undefined> {
  return db
    .selectFrom('oauth_clients')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('provider', '=', provider)
    .executeTakeFirst();
}

export async function listOAuthClients(db: Db, projectId: string): Promise<OAuthClientRow[]> {
  return db.selectFrom('oauth_clients').selectAll().where('project_id', '=', projectId).orderBy('provider').execute();
}

export async function upsertOAuthClient(db: Db, row: OAuthClientRow): Promise<void> {
  await db
    .insertInto('oauth_clients')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['project_id', 'provider']).doUpdateSet({
        client_id: row.client_id,
        client_secret_ciphertext: row.client_secret_ciphertext,
        scopes: row.scopes,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function deleteOAuthClient(db: Db, projectId: string, provider: string): Promise<boolean> {
  const result = await db
    .deleteFrom('oauth_clients')
    .where('project_id', '=', projectId)
    .where('provider', '=', provider)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
