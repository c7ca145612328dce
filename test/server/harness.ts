import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openDatabase, SQLITE_FILE_NAME, type Db } from '../../src/server/db/database.js';
import { readConfig, startServer, type RunningServer } from '../../src/server/index.js';
import type { ConfigOverrides } from '../../src/server/config.js';
import type { ServerOverrides } from '../../src/server/index.js';
import { createLogger } from '../../src/server/observability/logger.js';

/** A controllable clock: tests move time instead of waiting. */
export class TestClock {
  #now = Date.now();
  now = (): Date => new Date(this.#now);
  advanceSeconds(seconds: number): void {
    this.#now += seconds * 1000;
  }
}

/**
 * Set by `npm test`'s postgres suite (scripts/with-postgres.mjs): the same server tests then run on
 * PostgreSQL, each test server in a schema of its own.
 */
export const TEST_DATABASE_URL = process.env.CONNECT_HUB_TEST_DATABASE_URL || undefined;

/** For tests of the CLI, which reaches the server over HTTP only: once on SQLite is enough. */
export const CLI_ONCE = { skip: TEST_DATABASE_URL ? 'the CLI speaks HTTP only: it runs in the SQLite pass' : false } as const;

/**
 * The database URL for a data dir under the postgres suite: a schema named after the dir (created on first
 * use), so test servers are isolated and one restarted on the same dir finds its data. SQLite otherwise.
 */
export async function databaseUrlFor(dataDir: string): Promise<string | undefined> {
  if (!TEST_DATABASE_URL) return undefined;
  const schema = `t_${path.basename(dataDir).toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`create schema if not exists ${schema}`);
  } finally {
    await client.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.href;
}

/**
 * A store of its own for tests of the db/stores modules, without a server: a fresh data dir (a PostgreSQL schema under
 * the postgres suite), migrated, with projects `prj_a` and `prj_b` ("Project prj_a", …). `close()` removes it.
 */
export async function openTestStore(prefix: string, createdAt: string): Promise<{ db: Db; close(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `connect-hub-${prefix}-`));
  const db = await openDatabase({ dataDir, databaseUrl: await databaseUrlFor(dataDir) });
  for (const id of ['prj_a', 'prj_b']) {
    await db.insertInto('projects').values({ id, name: `Project ${id}`, organization_id: `org_${id}`, allowed_origins: '[]', created_at: createdAt }).execute();
  }
  return {
    db,
    async close() {
      await db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Where a test server keeps its data: its data dir, and its PostgreSQL URL under the postgres suite. */
export interface StoreLocation {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/** Runs SQL (`?` placeholders) on a server's own store, whichever the engine: what is stored, not what the API says. */
export async function storeQuery<Row>(store: StoreLocation, text: string, ...params: unknown[]): Promise<Row[]> {
  if (store.databaseUrl) {
    const client = new pg.Client({ connectionString: store.databaseUrl });
    await client.connect();
    try {
      let index = 0;
      return (await client.query(text.replace(/\?/g, () => `$${++index}`), params)).rows as Row[];
    } finally {
      await client.end();
    }
  }
  const db = new BetterSqlite3(path.join(store.dataDir, SQLITE_FILE_NAME));
  try {
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare(text);
    return statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []);
  } finally {
    db.close();
  }
}

/** Everything the store holds, as text, to grep for secrets: the SQLite file's bytes, or every PostgreSQL row. */
export async function storedText(store: StoreLocation): Promise<string> {
  if (store.databaseUrl) {
    const tables = await storeQuery<{ name: string }>(store, "select table_name as name from information_schema.tables where table_schema = current_schema()");
    const dumps = await Promise.all(tables.map(({ name }) => storeQuery<{ row: string }>(store, `select t::text as row from "${name}" t`)));
    return dumps.flat().map(({ row }) => row).join('\n');
  }
  return [SQLITE_FILE_NAME, `${SQLITE_FILE_NAME}-wal`]
    .map((file) => path.join(store.dataDir, file))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('\n');
}

export interface TestServer extends StoreLocation {
  server: RunningServer;
  dataDir: string;
  clock: TestClock;
  logLines: string[];
  apiKey: string;
  /** Every response body read through `call`, to grep for secrets. */
  bodies: string[];
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface CallOptions {
  apiKey?: string | null;
  token?: string;
  json?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  body: Record<string, unknown>;
}

export function basicAuth(apiKey: string, withColon = true): string {
  return `Basic ${Buffer.from(withColon ? `${apiKey}:` : apiKey).toString('base64')}`;
}

export async function startTestServer(
  options: { config?: ConfigOverrides; overrides?: ServerOverrides; dataDir?: string; apiKey?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'connect-hub-test-'));
  const databaseUrl = await databaseUrlFor(dataDir);
  const clock = new TestClock();
  const logLines: string[] = [];
  const bodies: string[] = [];
  // The server's own logger (JSON lines, redaction, request ids), writing into `logLines`.
  const logger = createLogger({ format: 'json', destination: { write: (line: string) => void logLines.push(line.trimEnd()) } });
  const boot = () =>
    startServer(readConfig({}, { port: 0, dataDir, databaseUrl, ...options.config }), { clock: clock.now, logger, ...options.overrides });
  let server = await boot();
  const apiKey = server.apiKey ?? options.config?.apiKey ?? options.apiKey;
  assert.ok(apiKey, 'a fresh data dir hands out the default project key (pass apiKey when reusing a data dir)');

  const harness: TestServer = {
    get server() {
      return server;
    },
    dataDir,
    databaseUrl,
    clock,
    logLines,
    apiKey,
    bodies,
    async call(method, urlPath, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers };
      const key = callOptions.apiKey === undefined ? apiKey : callOptions.apiKey;
      if (key !== null && !callOptions.token && !('authorization' in headers)) headers.authorization = basicAuth(key);
      if (callOptions.token) headers['x-hub-session-token'] = callOptions.token;
      let body: string | undefined;
      if (callOptions.json !== undefined) body = JSON.stringify(callOptions.json);
      if (callOptions.rawBody !== undefined) body = callOptions.rawBody;
      if (body !== undefined && !('content-type' in headers)) headers['content-type'] = 'application/json';
      const response = await fetch(server.url + urlPath, { method, headers, body });
      const text = await response.text();
      bodies.push(text);
      let parsed: Record<string, unknown> = {};
      try {
        parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        parsed = {};
      }
      return { status: response.status, headers: response.headers, text, body: parsed };
    },
    async restart() {
      await server.close();
      server = await boot();
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Every error answer: a 4xx JSON with numeric statusCode, a string message, a timestamp. */
export function assertClientError(result: CallResult, status: number, messagePattern?: RegExp): void {
  assert.equal(result.status, status, `expected ${status}, got ${result.status}: ${result.text}`);
  assert.equal(result.body.statusCode, status);
  assert.equal(typeof result.body.message, 'string');
  assert.equal(typeof result.body.timestamp, 'string');
  if (messagePattern) assert.match(String(result.body.message), messagePattern);
}

export interface SessionOptions {
  origin_owner_id?: string;
  origin_owner_name?: string;
  [key: string]: unknown;
}

export async function createSession(t: TestServer, options: SessionOptions = {}): Promise<{ token: string; id: number; body: Record<string, unknown> }> {
  const result = await t.call('POST', '/connect_sessions', {
    json: { origin_owner_id: 'org-1', origin_owner_name: 'Globex', ...options },
  });
  assert.equal(result.status, 201, result.text);
  return { token: String(result.body.token), id: Number(result.body.id), body: result.body };
}

export const GOOD_KEY = 'sandbox_good';
