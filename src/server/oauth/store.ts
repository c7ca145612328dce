import type { Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import {
  oauthDb,
  type ConnectionAttemptRow,
  type ConnectionAttemptsTable,
  type OAuthClientRow,
  type OAuthTokensRow,
} from './schema.js';

// ---- OAuth client settings -------------------------------------------------------------------

export async function findOAuthClient(db: Db, projectId: string, provider: string): Promise<OAuthClientRow | undefined> {
  return oauthDb(db)
    .selectFrom('oauth_clients')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('provider', '=', provider)
    .executeTakeFirst();
}

export async function listOAuthClients(db: Db, projectId: string): Promise<OAuthClientRow[]> {
  return oauthDb(db).selectFrom('oauth_clients').selectAll().where('project_id', '=', projectId).orderBy('provider').execute();
}

export async function upsertOAuthClient(db: Db, row: OAuthClientRow): Promise<void> {
  await oauthDb(db)
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
  const result = await oauthDb(db)
    .deleteFrom('oauth_clients')
    .where('project_id', '=', projectId)
    .where('provider', '=', provider)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---- connection attempts ---------------------------------------------------------------------

export async function insertAttempt(db: Db, row: ConnectionAttemptRow): Promise<void> {
  await oauthDb(db).insertInto('connection_attempts').values(row).execute();
}

export async function findAttempt(db: Db, id: string): Promise<ConnectionAttemptRow | undefined> {
  return oauthDb(db).selectFrom('connection_attempts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAttemptByStateHash(db: Db, stateHash: string): Promise<ConnectionAttemptRow | undefined> {
  return oauthDb(db).selectFrom('connection_attempts').selectAll().where('state_hash', '=', stateHash).executeTakeFirst();
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
  let query = oauthDb(db).updateTable('connection_attempts').set(changes).where('id', '=', id).where('status', '=', 'pending');
  if (stateHash !== undefined) query = query.where('state_hash', '=', stateHash);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ---- tokens ----------------------------------------------------------------------------------

export async function findOAuthTokens(db: Db, accountId: string): Promise<OAuthTokensRow | undefined> {
  return oauthDb(db).selectFrom('oauth_tokens').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export async function saveOAuthTokens(db: Db, row: OAuthTokensRow): Promise<void> {
  await oauthDb(db)
    .insertInto('oauth_tokens')
    .values(row)
    .onConflict((oc) =>
      oc.column('account_id').doUpdateSet({
        tokens_ciphertext: row.tokens_ciphertext,
        scope: row.scope,
        expires_at: row.expires_at,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
