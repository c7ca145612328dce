import type { Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
export function oauth() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('oauth_clients')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('provider', 'varchar(100)', (c) => c.notNull())
        .addColumn('client_id', 'varchar(1000)', (c) => c.notNull())
        .addColumn('client_secret_ciphertext', 'text', (c) => c.notNull())
        .addColumn('scopes', 'text')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('oauth_clients_pk', ['project_id', 'provider'])
        .execute();

      await db.schema
        .createTable('connection_attempts')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('session_id', 'integer', (c) => c.notNull().references('connect_sessions.id').onDelete('cascade'))
        .addColumn('status', 'varchar(32)', (c) => c.notNull())
        .addColumn('provider', 'varchar(100)')
        .addColumn('redirect_uri', 'varchar(2000)')
        .addColumn('setup_information', 'text')
        .addColumn('state_hash', 'varchar(64)', (c) => c.unique())
        .addColumn('code_verifier_ciphertext', 'text')
        .addColumn('account_id', 'varchar(64)')
        .addColumn('error_code', 'varchar(100)')
        .addColumn('error_description', 'varchar(2000)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('connection_attempts_session_idx').on('connection_attempts').column('session_id').execute();

      // One row per OAuth account; the tokens themselves only encrypted.
      await db.schema
        .createTable('oauth_tokens')
        .addColumn('account_id', 'varchar(64)', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
        .addColumn('tokens_ciphertext', 'text', (c) => c.notNull())
        .addColumn('scope', 'varchar(2000)')
        .addColumn('expires_at', 'varchar(40)')
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
    },
  };
}
