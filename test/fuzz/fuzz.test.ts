import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NO_RATE_LIMITS } from '../../src/server/http/rate-limit/settings.js';
import { createSession, GOOD_KEY, startTestServer, TEST_DATABASE_URL, type TestServer } from '../server/harness.js';
import { operationCases, operationsOf, pageCases, rng, type FuzzRequest, type Fixtures } from './generate.js';
import { RAW_REQUESTS, sendAll, sendRaw, type FuzzOutcome } from './run.js';

/** Enough cases for every operation and then some; bounded so a run stays well under a minute. */
const MIN_REQUESTS = 5_000;
const MAX_REQUESTS = 7_000;
const SEED = Number(process.env.CONNECT_HUB_FUZZ_SEED ?? 20261202);

/**
 * Pages that answer a person in a browser window, never a program: the OAuth sign-in start and callback
 * render an HTML page with the problem in words, which is what a popup must show.
 */
const HTML_ROUTES = [/^\/connect\/oauth2\//];

/** A built app as `npm run build` lays it out (a few small files), so the static routes serve for real. */
function builtApp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-fuzz-dist-'));
  const file = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  };
  file('app/index.html', '<!doctype html><title>hub</title>');
  file('app/assets/index.js', 'export {};');
  file('app/dashboard/index.html', '<!doctype html><title>dashboard</title>');
  file('app/demo/index.html', '<!doctype html><title>demo</title>');
  file('lib/define.js', 'export {};');
  return dir;
}

function problemOf(outcome: FuzzOutcome): string | undefined {
  const { request, status } = outcome;
  if (outcome.failure) return `${outcome.failure}: ${outcome.error}`;
  if (status === undefined || status >= 500) return `answered ${status}: ${outcome.body?.slice(0, 200)}`;
  if (status < 400 || request.method === 'HEAD') return undefined;
  if (HTML_ROUTES.some((route) => route.test(request.path)) && /text\/html/.test(outcome.contentType ?? '')) return undefined;
  if (!/application\/json/.test(outcome.contentType ?? '')) return `a ${status} with content-type ${outcome.contentType}`;
  let body: { statusCode?: unknown; message?: unknown };
  try {
    body = JSON.parse(outcome.body ?? '') as typeof body;
  } catch {
    return `a ${status} whose body is not JSON: ${outcome.body?.slice(0, 100)}`;
  }
  if (body.statusCode !== status) return `statusCode ${String(body.statusCode)} in a ${status}`;
  if (typeof body.message !== 'string' || body.message === '') return `a ${status} without a message`;
  return undefined;
}

describe(`fuzz over /openapi.json and the page routes (${TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let t: TestServer;
  let distDir: string;
  let fixtures: Fixtures;

  before(async () => {
    distDir = builtApp();
    // Limits off: a 429 is a fine answer, but it would stop the cases from reaching what is behind it.
    t = await startTestServer({ config: { distDir: path.join(distDir, 'app'), rateLimits: NO_RATE_LIMITS } });
    const session = await createSession(t, { origin_owner_id: 'fuzz-owner', multiple: true });
    const account = await t.call('POST', '/hub/accounts', { token: session.token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
    assert.equal(account.status, 201, account.text);
    const endpoint = await t.call('POST', '/webhooks', { json: { url: 'http://127.0.0.1:9/hooks', events: ['account.created'] } });
    assert.equal(endpoint.status, 201, endpoint.text);
    const attempt = await t.call('POST', '/hub/connection_attempts', { token: session.token, json: {} });
    const accountId = String(account.body.id);
    fixtures = {
      apiKey: t.apiKey,
      sessionToken: session.token,
      pathValues: {
        id: accountId,
        account_id: accountId,
        attempt_id: String(attempt.body.id),
        integration_id: 'sandbox_hris',
        provider: 'sandbox_crm',
        key: 'sandbox_hris',
        file: 'sandbox_hris.svg',
      },
    };
  });
  after(async () => {
    await t.stop();
    rmSync(distDir, { recursive: true, force: true });
  });

  it(`${MIN_REQUESTS}+ generated requests: no 5xx, no hang, no reset, every 4xx a JSON error`, async () => {
    const random = rng(SEED);
    const document = JSON.parse((await t.call('GET', '/openapi.json')).text) as Record<string, unknown>;
    const operations = operationsOf(document);
    assert.ok(operations.length >= 30, `the document lists ${operations.length} operations`);
    let requests: FuzzRequest[] = [...operations.flatMap((operation) => operationCases(operation, fixtures, random)), ...pageCases(random)];
    // Another round of body mutations with a new draw until the floor is met; shuffled so slow and fast mix.
    while (requests.length < MIN_REQUESTS) requests.push(...operations.filter((o) => o.body).flatMap((operation) => operationCases(operation, fixtures, random)));
    requests = requests.map((r) => [random(), r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r).slice(0, MAX_REQUESTS);

    const started = performance.now();
    const outcomes = await sendAll(new URL(t.server.url), requests, 8);
    const seconds = (performance.now() - started) / 1000;
    const problems = outcomes.map((o) => [o, problemOf(o)] as const).filter(([, p]) => p);
    const byStatus = new Map<number, number>();
    for (const o of outcomes) byStatus.set(o.status ?? 0, (byStatus.get(o.status ?? 0) ?? 0) + 1);
    console.log(
      `fuzz: ${outcomes.length} requests over ${operations.length} operations in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ${[...byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`,
    );
    assert.ok(outcomes.length >= MIN_REQUESTS);
    assert.deepEqual(
      problems.slice(0, 15).map(([o, p]) => `${o.request.label} → ${p}`),
      [],
      `${problems.length} of ${outcomes.length} answers were wrong (replay with CONNECT_HUB_FUZZ_SEED=${SEED})`,
    );
    const health = await t.call('GET', '/readyz');
    assert.equal(health.status, 200, 'the server is still ready after the run');
  });

  it('raw bytes no client library sends: a 4xx JSON answer or a closed connection, never a 5xx or a hang', async () => {
    const origin = new URL(t.server.url);
    for (const { label, bytes } of RAW_REQUESTS) {
      const outcome = await sendRaw(origin, label, bytes);
      assert.notEqual(outcome.failure, 'hang', label);
      if (outcome.status === undefined) continue;
      assert.ok(outcome.status < 500, `${label}: ${outcome.head}`);
      if (outcome.status >= 400) {
        assert.match(outcome.head, /content-type: application\/json/i, `${label}: ${outcome.head}`);
        assert.equal(JSON.parse(outcome.body).statusCode, outcome.status, label);
      }
    }
  });
});
