import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { createApp, type ConnectHubApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { openDatabase, type Db } from '../../src/server/db/database.js';
import * as z from 'zod/mini';
import { errorHandler } from '../../src/server/http/api-error.js';
import { DeclaredRoutes, declarationOf, named } from '../../src/server/http/define-route.js';
import { integerQuery, listQuery } from '../../src/server/http/query-params.js';
import { openApiDocument, openApiPath } from '../../src/server/http/openapi.js';
import { undeclaredRoutes } from '../../src/server/routes/openapi.js';
import { databaseUrlFor } from './harness.js';

type Operation = { operationId?: string; summary?: string; security?: unknown[]; responses?: Record<string, unknown>; parameters?: { name: string; in: string }[] };
type Document = { paths: Record<string, Record<string, Operation>>; webhooks: Record<string, Record<string, Operation>>; info: { license?: { name: string } }; tags: { name: string; description: string }[] };

const run = promisify(execFile);
const declared = (route: { handler: unknown }) => declarationOf(route.handler) !== undefined;

describe('the OpenAPI document comes from the route declarations', () => {
  let dataDir: string;
  let db: Db;
  let hub: ConnectHubApp;
  let document: Document;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-openapi-'));
    db = await openDatabase({ dataDir, databaseUrl: await databaseUrlFor(dataDir) });
    // Sandbox and demo on: every surface the app can register is walked.
    const config = { ...readConfig({}, { port: 1, dataDir }), publicUrl: 'http://localhost:3000', selfUrl: 'http://localhost:3000', sandbox: true, demo: true };
    hub = createApp({ config, db, clock: () => new Date(), fetch, logger: { info() {}, error() {}, warn() {} } as never, secretKey: Buffer.alloc(32) });
    const response = await hub.app.request('/openapi.json');
    assert.equal(response.status, 200);
    document = (await response.json()) as Document;
  });
  after(async () => {
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('every registered route is declared or listed as undocumented by design', () => {
    assert.deepEqual(undeclaredRoutes(hub.app.routes, declared), []);
    assert.ok(hub.app.routes.some((r) => r.path.startsWith('/sandbox/')) && hub.app.routes.some((r) => r.path.startsWith('/demo/api')), 'the walk saw the sandbox and demo routes');
  });

  it('a route added without a declaration is caught', () => {
    const routes = [...hub.app.routes, { method: 'GET', path: '/accounts/:id/export', basePath: '/', handler: () => new Response() }];
    assert.deepEqual(undeclaredRoutes(routes, declared), ['GET /accounts/{id}/export']);
  });

  it('documents exactly the declared routes, each at the path it is mounted on', () => {
    const registered = new Set(hub.app.routes.filter(declared).map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
    const documented = new Set(Object.entries(document.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`)));
    assert.deepEqual([...documented].sort(), [...registered].sort());
    for (const operation of ['post /connect_sessions', 'get /accounts', 'patch /hub/accounts/{account_id}', 'delete /hub/connection_attempts/{attempt_id}', 'get /connect/oauth2/{integration_id}']) {
      assert.ok(documented.has(operation), operation);
    }
    for (const [p, methods] of Object.entries(document.paths)) {
      const inPath = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(methods)) {
        assert.deepEqual((operation.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name), inPath, `${method} ${p}`);
      }
    }
  });

  it('every operation has a unique camelCase operationId, a summary, security and error responses', () => {
    const operations = [...Object.entries(document.paths), ...Object.entries(document.webhooks)].flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => [`${m} ${p}`, op] as const));
    assert.ok(operations.length >= 40, `${operations.length} operations`);
    const ids = operations.map(([, op]) => op.operationId);
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
    for (const [name, op] of operations) {
      assert.match(op.operationId ?? '', /^[a-z][a-zA-Z0-9]+$/, `${name}: operationId`);
      assert.ok(op.summary, `${name}: summary`);
      assert.ok(Array.isArray(op.security), `${name}: security (empty means public, said explicitly)`);
    }
    for (const [p, methods] of Object.entries(document.paths)) {
      for (const [m, op] of Object.entries(methods)) {
        assert.ok(Object.keys(op.responses ?? {}).some((s) => /^4\d\d$/.test(s)), `${m} ${p}: an error response`);
        if ((op.security ?? []).length > 0) assert.ok(op.responses?.['401'] && op.responses['429'], `${m} ${p}: 401 and 429 for an authenticated route`);
      }
    }
  });

  it('declares the pagination headers, Retry-After, the license and described tags', () => {
    const list = document.paths['/accounts']?.get?.responses?.['200'] as { headers?: Record<string, unknown> };
    assert.ok(list.headers?.['x-next-page'] && list.headers.Link, 'x-next-page and Link on GET /accounts');
    const limited = document.paths['/hub/accounts']?.post?.responses?.['429'] as { headers?: Record<string, unknown> };
    assert.ok(limited.headers?.['Retry-After']);
    assert.equal(document.info.license?.name, 'MIT');
    const used = new Set(Object.values(document.paths).flatMap((methods) => Object.values(methods).flatMap((op) => (op as { tags: string[] }).tags)));
    assert.deepEqual(document.tags.map((t) => t.name).sort(), [...used].sort());
    assert.ok(document.tags.every((t) => t.description.length > 10));
  });

  it('passes redocly lint with no error and no warning', async () => {
    const file = path.join(dataDir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const root = path.resolve(import.meta.dirname, '..', '..');
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
    const { stdout, stderr } = await run(path.join(root, 'node_modules', '.bin', 'redocly'), ['lint', '--config', path.join(root, 'redocly.yaml'), '--format', 'json', file], { cwd: root, env });
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    assert.deepEqual(
      report.problems.map((p) => `${p.ruleId}: ${p.message}`),
      [],
      stderr,
    );
    assert.deepEqual(report.totals, { ...report.totals, errors: 0, warnings: 0 });
  });
});

describe('a declaration drives the request parsing', () => {
  const Thing = z.object({ name: z.string().check(z.minLength(1)), size: z.optional(z.number()) });
  const seen: unknown[] = [];
  const routes = new DeclaredRoutes({ security: 'none', bodyLimitBytes: 1000 }).post(
    '/things/:thing_id',
    {
      operationId: 'createThing',
      summary: 'A test route',
      tag: 'Operations',
      params: { thing_id: 'Thing id' },
      query: { page: integerQuery({ default: 1, max: 5 }), kind: listQuery({ description: 'Kinds', values: ['a', 'b'] }) },
      body: { schema: named({ Thing }) },
      responses: { 201: { description: 'Made', body: named({ MadeThing: Thing }) } },
    },
    (c, input) => {
      seen.push(input);
      return c.json(input.body, 201);
    },
  );
  routes.app.onError(errorHandler(() => new Date(0), { info() {}, error() {}, warn() {} } as never));
  const post = (url: string, body: string, type = 'application/json') => routes.app.request(url, { method: 'POST', body, headers: { 'content-type': type } });

  it('hands the handler parsed params, query and body', async () => {
    const response = await post('/things/t1?page=2&kind=a,b', '{"name":"x","size":3}');
    assert.equal(response.status, 201);
    assert.deepEqual(seen.at(-1), { params: { thing_id: 't1' }, query: { page: 2, kind: ['a', 'b'] }, body: { name: 'x', size: 3 } });
  });

  it('refuses bad input with the 400 naming the field, before the handler runs', async () => {
    const count = seen.length;
    for (const [url, body, field] of [
      ['/things/t1', '{"name":""}', 'name'],
      ['/things/t1?page=9', '{"name":"x"}', 'page'],
      ['/things/t1?kind=c', '{"name":"x"}', 'kind'],
    ] as const) {
      const response = await post(url, body);
      assert.equal(response.status, 400, url);
      const error = (await response.json()) as { field?: string; message: string };
      assert.equal(error.field, field, error.message);
    }
    assert.equal((await post('/things/t1', '{"name":"x"}', 'text/plain')).status, 415);
    assert.equal((await post('/things/t1', JSON.stringify({ name: 'x'.repeat(2000) }))).status, 413);
    assert.equal(seen.length, count, 'the handler never ran');
  });

  it('documents what it parses', () => {
    const document = openApiDocument(routes.app.routes, { title: 't', version: '1', description: 'd', license: { name: 'MIT', identifier: 'MIT' }, tags: {} as never, serverUrl: 'http://x', webhooks: [] }) as Document;
    const operation = document.paths['/things/{thing_id}']?.post as Operation & { requestBody: { required: boolean } };
    assert.equal(operation.operationId, 'createThing');
    assert.deepEqual(operation.parameters?.map((p) => `${p.in} ${p.name}`), ['path thing_id', 'query page', 'query kind']);
    assert.equal(operation.requestBody.required, true);
    assert.deepEqual(Object.keys(operation.responses ?? {}), ['201', '400', '413', '415', '503']);
    assert.deepEqual(operation.security, []);
  });
});
