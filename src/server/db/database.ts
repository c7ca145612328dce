import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type MigrationProvider, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { POSTGRES_MIGRATION_DIALECT, SQLITE_MIGRATION_DIALECT, type MigrationDialect } from './migrations/dialect.js';
import { migrationList } from './migrations/index.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export const SQLITE_FILE_NAME = 'connect-hub.sqlite';

export interface DatabaseOptions {
  /** Where the SQLite file lives when no `databaseUrl` is given. */
  dataDir: string;
  /** `postgres://…`: PostgreSQL instead of the SQLite file (several servers can share it). */
  databaseUrl?: string | undefined;
  /** PostgreSQL connections at most (default 10). */
  poolSize?: number | undefined;
}

/** The one place that picks the database engine; the stores speak Kysely and never know which. */
export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  const [db, dialect] = options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? DEFAULT_POOL_SIZE) : openSqlite(options.dataDir);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** The few queries that differ between engines (row locking) ask this. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Makes transactions that read, then write on what they read (create the default project unless one
 * exists; update the owner's account unless there is none) take turns per `key`. SQLite needs nothing:
 * one server, one connection, and Kysely runs its transactions one at a time. On PostgreSQL several servers
 * (and a pool of connections each) write at once, so this takes a transaction-scoped advisory lock.
 */
export async function takeTurns(trx: Kysely<any>, key: string): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

function openSqlite(dataDir: string): [Db, MigrationDialect] {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new BetterSqlite3(path.join(dataDir, SQLITE_FILE_NAME));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // SQLite's own lower() folds ASCII only; the accounts search lower-cases words with JavaScript's rules.
  sqlite.function('lower', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  return [new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }), SQLITE_MIGRATION_DIALECT];
}

function openPostgres(connectionString: string, max: number): [Db, MigrationDialect] {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client that loses its server (a restart, a failover) must not crash the process: the pool drops it.
  pool.on('error', () => undefined);
  return [new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), POSTGRES_MIGRATION_DIALECT];
}

const DEFAULT_POOL_SIZE = 10;

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
  // Kysely looks for its migration table in every schema unless told which: name ours, so servers that
  // share one PostgreSQL database in separate schemas (search_path) each keep their own history.
  const migrationTableSchema = isPostgres(db) ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const { error, results } = await new Migrator({ db, provider, migrationTableSchema }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
