import type { Db } from '../database.js';
import type { OAuthTokensRow } from '../schema.js';

export async function findOAuthTokens(db: Db, accountId: string): Promise<OAuthTokensRow | undefined> {
  return db.selectFrom('oauth_tokens').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export async function saveOAuthTokens(db: Db, row: OAuthTokensRow): Promise<void> {
  await db
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
