import type { Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/**
 * `hub_events`: the steps a session's hub reported (opened, connector-selected, …, failed with its error code).
 * They go with their session (cascade), so the session sweeper's retention is theirs too. No personal data:
 * a step name, a provider key, an error code, the time.
 */
export function hubEvents(dialect: MigrationDialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('hub_events')
        .addColumn('id', 'integer', (c) => dialect.identity(c))
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('session_id', 'integer', (c) => c.notNull().references('connect_sessions.id').onDelete('cascade'))
        .addColumn('name', 'varchar(32)', (c) => c.notNull())
        .addColumn('provider', 'varchar(100)')
        .addColumn('error_code', 'varchar(100)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hub_events_session_idx').on('hub_events').columns(['session_id', 'name']).execute();
      // The funnel reads a project's sessions by creation time.
      await db.schema.createIndex('connect_sessions_project_created_idx').on('connect_sessions').columns(['project_id', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('connect_sessions_project_created_idx').execute();
      await db.schema.dropTable('hub_events').execute();
    },
  };
}
