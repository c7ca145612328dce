import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider, type SqliteDatabase } from 'kysely';
import { SQLITE_MIGRATION_DIALECT, type MigrationDialect } from './migrations/dialect.js';
import { migrationList } from './migrations/index.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export const SQLITE_FILE_NAME = 'connect-hub.sqlite';

/**
 * The one place that picks the database engine. SQLite today; a PostgreSQL branch (pg pool +
 * POSTGRES_MIGRATION_DIALECT) slots in here without touching the stores.
 */
export async function openDatabase(options: { dataDir: string }): Promise<Db> {
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, SQLITE_FILE_NAME);
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrateToLatest(db, SQLITE_MIGRATION_DIALECT);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely asks better-sqlite3 to prepare every query afresh, which cost about a third of the database
 * time of a POST /connect_sessions. Our queries come from a few hundred distinct SQL texts, so each is
 * prepared once and reused (least recently used dropped past the cap). Safe because the driver runs one
 * query at a time on this single connection and better-sqlite3 statements are synchronous.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

async function migrateToLatest(db: Db, dialect: MigrationDialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationList(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
