import type { DatabaseConnection, Dialect, Driver, Kysely, QueryCompiler, TransactionSettings } from 'kysely';
import { ApiError } from '../errors.js';

/**
 * Storage failures: the disk is full, the data dir went read-only, the file is damaged, another process
 * holds the lock, PostgreSQL is gone or out of space. None is the client's fault and none is a bug, so they
 * answer 503 with a fixed message that names storage (never the driver's text, which can quote SQL values),
 * and `/readyz` reports them for a while so a load balancer stops sending writes here.
 */

/** What the operator must know, by driver code; the request that met it changes nothing. */
const SQLITE_FAILURES: [prefix: string, message: string][] = [
  ['SQLITE_FULL', 'Storage is full (SQLITE_FULL): the database cannot grow; free disk space in the data dir'],
  ['SQLITE_READONLY', 'Storage is read-only (SQLITE_READONLY): the database file or its directory cannot be written'],
  ['SQLITE_IOERR', 'Storage failed (SQLITE_IOERR): the disk could not read or write the database'],
  ['SQLITE_CORRUPT', 'Storage is damaged (SQLITE_CORRUPT): the database file is corrupt; restore it from a backup'],
  ['SQLITE_NOTADB', 'Storage is damaged (SQLITE_NOTADB): the database file is not a SQLite database'],
  ['SQLITE_CANTOPEN', 'Storage is unavailable (SQLITE_CANTOPEN): the database file cannot be opened'],
  ['SQLITE_BUSY', 'Storage is busy: the database is locked by another process'],
  ['SQLITE_LOCKED', 'Storage is busy: the database is locked'],
  ['SQLITE_PROTOCOL', 'Storage is busy: the database lock protocol failed'],
];

/** Node system errors of the disk, whoever met them. */
const DISK_FAILURES: Record<string, string> = {
  ENOSPC: 'Storage is full (ENOSPC): free disk space',
  EDQUOT: 'Storage is full (EDQUOT): the disk quota is used up',
  EROFS: 'Storage is read-only (EROFS): the file system is mounted read-only',
  EIO: 'Storage failed (EIO): the disk reported an I/O error',
};

/** Socket errors: storage failures only when the database driver met them (a provider call meets them too). */
const CONNECTION_FAILURES: Record<string, string> = {
  ECONNREFUSED: 'Storage is unavailable: the database server refuses connections',
  ECONNRESET: 'Storage is unavailable: the connection to the database server was reset',
  EPIPE: 'Storage is unavailable: the connection to the database server was lost',
  ETIMEDOUT: 'Storage is unavailable: the database server does not answer',
  ENOTFOUND: 'Storage is unavailable: the database host name does not resolve',
  EAI_AGAIN: 'Storage is unavailable: the database host name does not resolve',
  EHOSTUNREACH: 'Storage is unavailable: the database server is unreachable',
  ENETUNREACH: 'Storage is unavailable: the database server is unreachable',
};

/** PostgreSQL SQLSTATEs (class 08 connection, 53 resources, 57P operator intervention, 58 system, XX corruption). */
const POSTGRES_FAILURES: [pattern: RegExp, message: string][] = [
  [/^53100$/, 'Storage is full (PostgreSQL 53100 disk_full): free disk space on the database server'],
  [/^53/, 'Storage is unavailable: the database server is out of resources (PostgreSQL class 53)'],
  [/^08/, 'Storage is unavailable: the connection to the database server failed (PostgreSQL class 08)'],
  [/^57P0[1-4]$/, 'Storage is unavailable: the database server is shutting down or starting (PostgreSQL class 57P)'],
  [/^25006$/, 'Storage is read-only: the database server accepts no writes (a standby, or read-only mode)'],
  [/^58/, 'Storage failed: the database server reported a system error (PostgreSQL class 58)'],
  [/^XX001$|^XX002$/, 'Storage is damaged: the database server reports corrupt data (PostgreSQL XX001/XX002)'],
];

/** node-postgres raises these without a code when the socket goes away. */
const POSTGRES_CONNECTION_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout)/;

/**
 * A short message naming storage when `error` (or its cause) is a storage failure, else undefined. The message is
 * one of a fixed set: it never includes the driver's text, SQL parameters or request data. Socket errors
 * (ECONNREFUSED, …) count only as met by the database driver, which rethrows them as `StorageUnavailableError`
 * already: raw, they may as well come from a provider call.
 */
export function storageFailure(error: unknown): string | undefined {
  return classify(error, false);
}

function classify(error: unknown, fromDatabase: boolean): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof StorageUnavailableError) return current.message;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code.startsWith('SQLITE_')) {
        const found = SQLITE_FAILURES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
        if (found) return found[1];
      } else if (DISK_FAILURES[code]) {
        return DISK_FAILURES[code];
      } else if (fromDatabase && CONNECTION_FAILURES[code]) {
        return CONNECTION_FAILURES[code];
      } else if (/^[0-9A-Z]{5}$/.test(code)) {
        const found = POSTGRES_FAILURES.find(([pattern]) => pattern.test(code));
        if (found) return found[1];
      }
    }
    const message = (current as { message?: unknown }).message;
    if (fromDatabase && typeof message === 'string' && POSTGRES_CONNECTION_MESSAGES.test(message)) {
      return 'Storage is unavailable: the connection to the database server was lost';
    }
  }
  return undefined;
}

/** A storage failure on its way to the client: 503 `storage_unavailable`, the original error as its cause. */
export class StorageUnavailableError extends ApiError {
  override name = 'StorageUnavailableError';

  constructor(message: string, options: { cause: unknown }) {
    super('storage_unavailable', message);
    this.cause = options.cause;
  }
}

/** How long `/readyz` keeps reporting a storage failure seen by any query (a request, the dispatcher, the sweeper). */
export const STORAGE_FAILURE_WINDOW_MS = 30_000;

/** The last storage failure this server's queries met, so `/readyz` can say so after the fact. */
export class StorageHealth {
  #last: { at: number; message: string } | undefined;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** Records `error` when it is a storage failure; returns the error to throw (a 503 one for storage failures). */
  observe(error: unknown): unknown {
    if (error instanceof StorageUnavailableError) return error;
    const message = classify(error, true);
    if (message === undefined) return error;
    this.#last = { at: this.clock().getTime(), message };
    return new StorageUnavailableError(message, { cause: error });
  }

  /** The failure seen within the last `STORAGE_FAILURE_WINDOW_MS`, if any. */
  recentFailure(): string | undefined {
    if (!this.#last) return undefined;
    if (this.clock().getTime() - this.#last.at > STORAGE_FAILURE_WINDOW_MS) {
      this.#last = undefined;
      return undefined;
    }
    return this.#last.message;
  }
}

const HEALTH = new WeakMap<object, StorageHealth>();

/** The storage health of a database opened by `openDatabase` (undefined for one opened another way). */
export function storageHealth(db: Kysely<any>): StorageHealth | undefined {
  return HEALTH.get(db);
}

export function registerStorageHealth(db: Kysely<any>, health: StorageHealth): void {
  HEALTH.set(db, health);
}

/**
 * Wraps a dialect's driver so that every storage failure, wherever it comes from (a query, BEGIN/COMMIT,
 * acquiring a pooled connection), is recorded and rethrown as a `StorageUnavailableError`. Other errors
 * (constraint violations, bugs) pass through untouched.
 */
export function watchStorage(dialect: Dialect, health: StorageHealth): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new WatchedDriver(dialect.createDriver(), health),
  };
}

class WatchedDriver implements Driver {
  readonly #inner: Driver;
  readonly #health: StorageHealth;
  /** Wrapped connection → the driver's own, which its other methods expect (PostgreSQL's carries private state). */
  readonly #own = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(inner: Driver, health: StorageHealth) {
    this.#inner = inner;
    this.#health = health;
  }

  async #watch<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw this.#health.observe(error);
    }
  }

  #unwrap(connection: DatabaseConnection): DatabaseConnection {
    return this.#own.get(connection) ?? connection;
  }

  init(): Promise<void> {
    return this.#watch(() => this.#inner.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const own = await this.#watch(() => this.#inner.acquireConnection());
    const wrapped: DatabaseConnection = {
      executeQuery: (query) => this.#watch(() => own.executeQuery(query)),
      streamQuery: (query, chunkSize) => own.streamQuery(query, chunkSize),
    };
    this.#own.set(wrapped, own);
    return wrapped;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#watch(() => this.#inner.beginTransaction(this.#unwrap(connection), settings));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#watch(() => this.#inner.commitTransaction(this.#unwrap(connection)));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.#inner.rollbackTransaction(this.#unwrap(connection));
    } catch (error) {
      // SQLite rolls a transaction back by itself on SQLITE_FULL / IOERR / BUSY; the explicit ROLLBACK then finds
      // none, and its error would hide the storage failure that caused it.
      if (/no transaction is active/i.test(String((error as Error).message))) return;
      throw this.#health.observe(error);
    }
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#watch(() => this.#inner.savepoint!(this.#unwrap(connection), name, compile));
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#watch(() => this.#inner.rollbackToSavepoint!(this.#unwrap(connection), name, compile));
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#watch(() => this.#inner.releaseSavepoint!(this.#unwrap(connection), name, compile));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(this.#unwrap(connection));
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}
