import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { readConfig, startServer, type RunningServer } from '../../src/server/index.js';
import type { ConfigOverrides } from '../../src/server/config.js';
import type { ServerOverrides } from '../../src/server/index.js';

/** A controllable clock: tests move time instead of waiting. */
export class TestClock {
  #now = Date.now();
  now = (): Date => new Date(this.#now);
  advanceSeconds(seconds: number): void {
    this.#now += seconds * 1000;
  }
}

export interface TestServer {
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
  sqliteBytes(): string;
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
  const clock = new TestClock();
  const logLines: string[] = [];
  const bodies: string[] = [];
  const logger = { info: (line: string) => logLines.push(line), error: (line: string) => logLines.push(line) };
  const boot = () =>
    startServer(readConfig({}, { port: 0, dataDir, ...options.config }), { clock: clock.now, logger, ...options.overrides });
  let server = await boot();
  const apiKey = server.apiKey ?? options.config?.apiKey ?? options.apiKey;
  assert.ok(apiKey, 'a fresh data dir hands out the default project key (pass apiKey when reusing a data dir)');

  const harness: TestServer = {
    get server() {
      return server;
    },
    dataDir,
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
    sqliteBytes() {
      return ['connect-hub.sqlite', 'connect-hub.sqlite-wal']
        .map((file) => path.join(dataDir, file))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file).toString('latin1'))
        .join('\n');
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
