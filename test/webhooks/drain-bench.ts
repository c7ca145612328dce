import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import {
  AliasNode,
  InsertQueryNode,
  SelectQueryNode,
  TableNode,
  UpdateQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { createApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import type { ConfigOverrides } from '../../src/server/config.js';
import { loadSecretKey } from '../../src/server/crypto/index.js';
import { openDatabase, type Db } from '../../src/server/db/database.js';
import { ProjectService } from '../../src/server/services/projects.js';
import type { WebhookDispatcher } from '../../src/server/webhooks/index.js';
import { basicAuth, databaseUrlFor, storeQuery, TestClock, type CallResult, type StoreLocation } from '../server/harness.js';

/**
 * The real app (routes, services, store, outbound client) on an HTTP port, with a webhook dispatcher that is
 * never started: nothing is sent until the test calls `drain()`, and time moves only with `clock`. What was
 * sent, and what was not, is then read from the store after a pass that has finished, never from a wait.
 */
export interface DrainBench extends StoreLocation {
  url: string;
  clock: TestClock;
  dispatcher: WebhookDispatcher;
  /** The store as the app sees it (through `wrapDb`, when given). */
  db: Db;
  logLines: string[];
  /** One fan-out + claim-and-send pass, every send it started awaited. */
  drain(): Promise<void>;
  call(method: string, urlPath: string, options?: { json?: unknown; token?: string }): Promise<CallResult>;
  stop(): Promise<void>;
}

/**
 * `config` as in readConfig's overrides; the webhook settings are the server's defaults unless given. `random`
 * (the retry jitter's source) is 0.5 unless given: each retry waits exactly its scheduled delay. `wrapDb` gives
 * the app its store through a Kysely plugin (see StatementCounter).
 */
export async function startDrainBench(
  config: ConfigOverrides = {},
  random: () => number = () => 0.5,
  wrapDb: (db: Db) => Db = (db) => db,
): Promise<DrainBench> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-drain-'));
  const databaseUrl = await databaseUrlFor(dataDir);
  const clock = new TestClock();
  const logLines: string[] = [];
  const logger = { info: (line: string) => logLines.push(line), error: (line: string) => logLines.push(line) };
  const serverConfig = readConfig({}, { port: 0, dataDir, databaseUrl, webhookAllowPrivate: true, ...config });
  const secretKey = loadSecretKey(serverConfig.secretKey, dataDir);
  const opened = await openDatabase({ dataDir, databaseUrl, poolSize: serverConfig.databasePoolSize, clock: clock.now });
  const db = wrapDb(opened);
  const { apiKey } = await new ProjectService(db, clock.now).ensureDefaultProject(undefined);
  assert.ok(apiKey);

  let handle: ((request: Request, env: unknown) => Response | Promise<Response>) | undefined;
  const server = createServer(getRequestListener((request: Request, env: unknown) => handle!(request, env)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { app, webhooks, rateLimits } = createApp({
    config: { ...serverConfig, port: (server.address() as AddressInfo).port, publicUrl: url, selfUrl: url },
    db,
    clock: clock.now,
    logger,
    secretKey,
    random,
  });
  await rateLimits.ready();
  handle = app.fetch;

  return {
    url,
    dataDir,
    databaseUrl,
    clock,
    dispatcher: webhooks.dispatcher,
    db,
    logLines,
    drain: () => webhooks.dispatcher.drainOnce(),
    async call(method, urlPath, options = {}) {
      const headers: Record<string, string> = options.token ? { 'x-hub-session-token': options.token } : { authorization: basicAuth(apiKey) };
      if (options.json !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(url + urlPath, { method, headers, body: options.json === undefined ? undefined : JSON.stringify(options.json) });
      const text = await response.text();
      let body: Record<string, unknown> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        body = {};
      }
      return { status: response.status, headers: response.headers, text, body };
    },
    async stop() {
      await webhooks.dispatcher.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await opened.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
}

/** The endpoint's delivery rows as stored. */
export async function storedDeliveries(bench: DrainBench, endpointId: string): Promise<DeliveryRow[]> {
  const rows = await storeQuery<DeliveryRow>(bench, 'select id, status, attempts, next_attempt_at, last_status_code, last_error from webhook_deliveries where endpoint_id = ? order by id', endpointId);
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts), last_status_code: row.last_status_code === null ? null : Number(row.last_status_code) }));
}

/** A session and the sandbox HRIS account it links: one account.created in the outbox. */
export async function linkAccount(bench: DrainBench, owner = 'org-drain'): Promise<string> {
  const session = await bench.call('POST', '/connect_sessions', { json: { origin_owner_id: owner, origin_owner_name: 'Drain', multiple: true } });
  assert.equal(session.status, 201, session.text);
  const created = await bench.call('POST', '/hub/accounts', {
    token: String(session.body.token),
    json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } },
  });
  assert.equal(created.status, 201, created.text);
  return String(created.body.id);
}

/**
 * Counts the statements the app sends, as `<kind> <table>` (`select webhook_deliveries` is a claim's candidate
 * query, `select account_events` a fan-out's): how many passes the dispatcher ran, read after they have ended.
 */
export class StatementCounter implements KyselyPlugin {
  readonly #counts = new Map<string, number>();

  count(statement: string): number {
    return this.#counts.get(statement) ?? 0;
  }

  reset(): void {
    this.#counts.clear();
  }

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    const statement = describeStatement(node);
    if (statement) this.#counts.set(statement, this.count(statement) + 1);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

function describeStatement(node: RootOperationNode): string | undefined {
  const target = SelectQueryNode.is(node) ? node.from?.froms[0] : UpdateQueryNode.is(node) ? node.table : InsertQueryNode.is(node) ? node.into : undefined;
  const table = target && AliasNode.is(target) ? target.node : target;
  if (!table || !TableNode.is(table)) return undefined;
  return `${node.kind.replace('QueryNode', '').toLowerCase()} ${table.table.identifier.name}`;
}
