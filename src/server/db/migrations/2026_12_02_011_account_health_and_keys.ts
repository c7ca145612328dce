import type { Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/**
 * Accounts that heal (issue 17 §3) and results the host can verify (§4):
 * - `accounts.first_failed_at`: when the health check first found the credentials refused (null while they work);
 * - `account_health`: when each account is next re-verified (or its OAuth token refreshed) and how the last check went;
 * - `result_signing_keys`: each project's Ed25519 keys for `result_token`, the private half encrypted at rest.
 */
export function accountHealthAndKeys() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('accounts').addColumn('first_failed_at', 'varchar(40)').execute();

      await db.schema
        .createTable('account_health')
        .addColumn('account_id', 'varchar(64)', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('provider', 'varchar(128)', (c) => c.notNull())
        .addColumn('next_check_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('checked_at', 'varchar(40)')
        .addColumn('outcome', 'varchar(16)')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('account_health_due_idx').on('account_health').columns(['next_check_at']).execute();

      await db.schema
        .createTable('result_signing_keys')
        .addColumn('kid', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('alg', 'varchar(16)', (c) => c.notNull())
        .addColumn('public_jwk', 'text', (c) => c.notNull())
        .addColumn('private_key_ciphertext', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        // Null: the key that signs now. Set: replaced; published until `publish_until`, when its last token has expired.
        .addColumn('retired_at', 'varchar(40)')
        .addColumn('publish_until', 'varchar(40)')
        .execute();
      await db.schema.createIndex('result_signing_keys_project_idx').on('result_signing_keys').columns(['project_id', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('result_signing_keys').execute();
      await db.schema.dropTable('account_health').execute();
      await db.schema.alterTable('accounts').dropColumn('first_failed_at').execute();
    },
  };
}
