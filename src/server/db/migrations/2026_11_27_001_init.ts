import type { Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
export function init(dialect: MigrationDialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('projects')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(255)', (c) => c.notNull())
        .addColumn('organization_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'integer', (c) => dialect.identity(c))
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('key_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('project_connectors')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('connector_key', 'varchar(100)', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('project_connectors_pk', ['project_id', 'connector_key'])
        .execute();

      await db.schema
        .createTable('connect_sessions')
        .addColumn('id', 'integer', (c) => dialect.identity(c))
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('origin_owner_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('origin_owner_name', 'varchar(255)', (c) => c.notNull())
        .addColumn('origin_username', 'varchar(255)')
        .addColumn('provider', 'varchar(255)')
        .addColumn('categories', 'text')
        .addColumn('account_id', 'varchar(255)')
        .addColumn('metadata', 'text')
        .addColumn('multiple', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('label', 'varchar(255)')
        .addColumn('type', 'varchar(32)')
        .addColumn('connector_profile_id', 'varchar(255)')
        .addColumn('external_trigger_token', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(40)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('accounts')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('provider', 'varchar(100)', (c) => c.notNull())
        .addColumn('integration_id', 'varchar(100)', (c) => c.notNull())
        .addColumn('origin_owner_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('origin_owner_name', 'varchar(255)', (c) => c.notNull())
        .addColumn('origin_username', 'varchar(255)')
        .addColumn('label', 'varchar(255)')
        .addColumn('type', 'varchar(32)')
        .addColumn('status', 'varchar(32)', (c) => c.notNull())
        .addColumn('status_reasons', 'text')
        .addColumn('setup_information', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('credentials_ciphertext', 'text')
        .addColumn('metadata', 'text')
        .addColumn('environment', 'varchar(64)', (c) => c.notNull())
        .addColumn('auth_config_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('accounts_owner_provider_idx')
        .on('accounts')
        .columns(['project_id', 'origin_owner_id', 'provider'])
        .execute();
      await db.schema.createIndex('accounts_project_created_idx').on('accounts').columns(['project_id', 'created_at']).execute();

      // No foreign key to accounts: the `account.deleted` event outlives its account.
      await db.schema
        .createTable('account_events')
        .addColumn('id', 'integer', (c) => dialect.identity(c))
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('event', 'varchar(32)', (c) => c.notNull())
        .addColumn('account_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('dispatched_at', 'varchar(40)')
        .execute();
      await db.schema.createIndex('account_events_pending_idx').on('account_events').columns(['dispatched_at', 'id']).execute();
    },
  };
}
