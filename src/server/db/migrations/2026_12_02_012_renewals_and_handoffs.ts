import { sql, type Kysely } from 'kysely';
import { SQLITE_MIGRATION_DIALECT, type MigrationDialect } from './dialect.js';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.

/** The outbox and its deliveries now carry session events too: their `account_id` may be null. */
const OUTBOX_TABLES = ['account_events', 'webhook_deliveries'];

/**
 * Renewable links (issue 17 §1) and the hand-off to the phone (§2):
 * - `connect_sessions.renewable` (the expired page may renew it itself), `renewal_count` (renewals in its chain
 *   so far), `renewed_from` (the session it renews);
 * - `projects.max_link_renewals`: how many self-renewals a chain may have (3 by default);
 * - `renewal_requests`: "Request a new link" presses, open until the operator (or the host) sends a new link;
 *   they keep the expired session's parameters, so the sweeper may delete the session;
 * - `handoffs`: a short-lived link bound to one session, then to one device (`device_hash`) on its first claim;
 * - the outbox's `account_id` becomes nullable (a renewal request is about a session, not an account), and its
 *   `event` column takes 64 characters.
 */
export function renewalsAndHandoffs(dialect: MigrationDialect) {
  const sqlite = dialect === SQLITE_MIGRATION_DIALECT;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('connect_sessions').addColumn('renewable', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('connect_sessions').addColumn('renewal_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('connect_sessions').addColumn('renewed_from', 'integer').execute();
      await db.schema.alterTable('projects').addColumn('max_link_renewals', 'integer', (c) => c.notNull().defaultTo(3)).execute();

      await db.schema
        .createTable('renewal_requests')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        // No foreign key: the request outlives the expired session the sweeper deletes.
        .addColumn('session_id', 'integer', (c) => c.notNull())
        .addColumn('origin_owner_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('origin_owner_name', 'varchar(255)', (c) => c.notNull())
        .addColumn('origin_username', 'varchar(255)')
        /** JSON of the expired session's create parameters. */
        .addColumn('parameters', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('new_session_id', 'integer')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('done_at', 'varchar(40)')
        .execute();
      await db.schema.createIndex('renewal_requests_open_idx').on('renewal_requests').columns(['project_id', 'status', 'created_at']).execute();
      await db.schema.createIndex('renewal_requests_session_idx').on('renewal_requests').columns(['session_id', 'status']).execute();

      await db.schema
        .createTable('handoffs')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('session_id', 'integer', (c) => c.notNull().references('connect_sessions.id').onDelete('cascade'))
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('provider', 'varchar(100)')
        .addColumn('device_hash', 'varchar(64)')
        .addColumn('phone_session_id', 'integer')
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('account_id', 'varchar(64)')
        .addColumn('account_provider', 'varchar(100)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('bound_at', 'varchar(40)')
        .addColumn('completed_at', 'varchar(40)')
        .addColumn('expires_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('handoffs_session_idx').on('handoffs').column('session_id').execute();
      await db.schema.createIndex('handoffs_phone_session_idx').on('handoffs').column('phone_session_id').execute();

      for (const table of OUTBOX_TABLES) {
        // `connect_session.renewal_requested` is 33 characters: the event column grows to 64.
        if (sqlite) await rebuildSqliteTable(db, table, (create) => create.replace(/("account_id" varchar\(64\)) not null/i, '$1').replace(/"event" varchar\(32\)/i, '"event" varchar(64)'));
        else {
          await sql`alter table ${sql.table(table)} alter column account_id drop not null`.execute(db);
          await sql`alter table ${sql.table(table)} alter column event type varchar(64)`.execute(db);
        }
      }
    },
  };
}

/**
 * SQLite cannot drop a NOT NULL: the table is made again from its own stored definition (so columns other
 * migrations added come along), copied, swapped in, and its indexes made again.
 */
async function rebuildSqliteTable(db: Kysely<unknown>, table: string, change: (create: string) => string): Promise<void> {
  const found = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  const create = found.rows[0]?.sql;
  if (!create) throw new Error(`migration 012: no table ${table}`);
  const changed = change(create);
  if (changed === create) throw new Error(`migration 012: ${table}.account_id is not the NOT NULL column it expects`);
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
  const scratch = `${table}_012`;
  const renamed = changed.replace(/^create table\s+("?)[A-Za-z_]+\1/i, `create table "${scratch}"`);
  await sql.raw(renamed).execute(db);
  await sql.raw(`insert into "${scratch}" select * from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${scratch}" rename to "${table}"`).execute(db);
  for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
}
