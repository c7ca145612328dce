import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type Dialect, type MigrationProvider, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { ConfigError } from '../config.js';
import { DataDirLock } from './data-dir-lock.js';
import { POSTGRES_MIGRATION_DIALECT, SQLITE_MIGRATION_DIALECT, type MigrationDialect } from './migrations/dialect.js';
import { migrationList } from './migrations/index.js';
import type { Database } from './schema.js';
import { StorageHealth, registerStorageHealth, storageFailure, watchStorage } from './storage.js';

export { storageFailure, storageHealth, StorageUnavailableError, STORAGE_FAILURE_WINDOW_MS } from './storage.js';

export type Db = Kysely<Database>;

export const SQLITE_FILE_NAME = 'connect-hub.sqlite';

export interface DatabaseOptions {
  /** Where the SQLite file lives when no `databaseUrl` is given. */
  dataDir: string;
  /** `postgres://…`: PostgreSQL instead of the SQLite file (several servers can share it). */
  databaseUrl?: string | undefined;
  /** PostgreSQL connections at most (default 10). */
  poolSize?: number | undefined;
  /** Dates the storage failures `/readyz` remembers. */
  clock?: () => Date;
}

/**
 * The one place that picks the database engine; the stores speak Kysely and never know which. Every query
 * goes through `watchStorage`: a storage failure becomes a 503 naming storage and is remembered for `/readyz`.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  const health = new StorageHealth(options.clock);
  const [db, dialect] = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? DEFAULT_POOL_SIZE, health)
    : openSqlite(options.dataDir, health);
  registerStorageHealth(db, health);
  if (options.databaseUrl) postgresUrls.set(db, options.databaseUrl);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** The PostgreSQL URL a database was opened with: a connection of its own listens there (outbox-signal.ts). */
const postgresUrls = new WeakMap<Kysely<any>, string>();

export function postgresUrlOf(db: Kysely<any>): string | undefined {
  return postgresUrls.get(db);
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

/**
 * The SQLite file in `dataDir`, for this server only (`DataDirLock`), readable by its owner only (mode 0600 like
 * `secret.key`; SQLite gives its -wal and -shm files the mode of the database file), checked with
 * `PRAGMA quick_check` before anything is served from it.
 */
function openSqlite(dataDir: string, health: StorageHealth): [Db, MigrationDialect] {
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new ConfigError(`cannot create the data dir ${dataDir}: ${(error as { code?: string }).code ?? (error as Error).message}`);
  }
  const lock = DataDirLock.acquire(dataDir);
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file);
    for (const own of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(own)) chmodSync(own, 0o600);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    assertIntact(sqlite, file);
  } catch (error) {
    sqlite?.close();
    lock.release();
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot open the SQLite database ${file}: ${storageFailure(error) ?? (error as { code?: string }).code ?? (error as Error).message}`);
  }
  // SQLite's own lower() folds ASCII only; the accounts search lower-cases words with JavaScript's rules.
  sqlite.function('lower', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  const dialect = new SqliteDialect({ database: withStatementCache(sqlite, () => lock.release()) });
  return [new Kysely<Database>({ dialect: watchStorage(dialect, health) }), SQLITE_MIGRATION_DIALECT];
}

/** `PRAGMA quick_check` (every page and index, without cross-checking index contents): a damaged file is refused at start. */
function assertIntact(sqlite: BetterSqlite3.Database, file: string): void {
  const problems = (sqlite.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check).filter((line) => line !== 'ok');
  if (problems.length === 0) return;
  throw new ConfigError(
    `the SQLite database ${file} is damaged (quick_check: ${problems.slice(0, 3).join('; ').replace(/\s+/g, ' ').slice(0, 300)}): ` +
      'stop, restore it from a backup (or recover it with the sqlite3 shell\'s .recover), then start again',
  );
}

function openPostgres(connectionString: string, max: number, health: StorageHealth): [Db, MigrationDialect] {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client that loses its server (a restart, a failover) must not crash the process: the pool drops it.
  pool.on('error', (error) => void health.observe(error));
  // A checked-out client has no pool listener: its socket dying between two statements of a transaction would
  // be an unhandled 'error' event, a crash. With this one, the next statement on it fails (a 503) and the pool drops it.
  pool.on('connect', (client) => client.on('error', (error) => void health.observe(error)));
  const dialect: Dialect = new PostgresDialect({ pool });
  return [new Kysely<Database>({ dialect: watchStorage(dialect, health) }), POSTGRES_MIGRATION_DIALECT];
}

const DEFAULT_POOL_SIZE = 10;

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely asks better-sqlite3 to prepare every query afresh, which cost about a third of the database
 * time of a POST /connect_sessions. Our queries come from a few hundred distinct SQL texts, so each is
 * prepared once and reused (least recently used dropped past the cap). Safe because the driver runs one
 * query at a time on this single connection and better-sqlite3 statements are synchronous.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, onClose: () => void, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      try {
        sqlite.close();
      } finally {
        onClose();
      }
    },
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
