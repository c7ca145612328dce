import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CredentialCipher, parseSecretKey, secretToken, sha256Hex } from '../../src/server/crypto/index.js';
import { readConfig } from '../../src/server/config.js';
import { PAGE_CSP } from '../../src/server/routes/pages.js';
import { GOOD_KEY, TEST_DATABASE_URL, assertClientError, createSession, startTestServer, storeQuery, type TestServer } from './harness.js';

describe('health, OpenAPI, logos, 404s', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { distDir: path.join(os.tmpdir(), 'connect-hub-no-such-dist', 'app') } });
  });
  after(() => t.stop());

  it('GET /healthz → {ok:true}', async () => {
    const result = await t.call('GET', '/healthz', { apiKey: null });
    assert.equal(result.status, 200);
    assert.deepEqual(result.body, { ok: true });
  });

  it('GET /readyz → {ok:true} while the database answers', async () => {
    const result = await t.call('GET', '/readyz', { apiKey: null });
    assert.equal(result.status, 200, result.text);
    assert.deepEqual(result.body, { ok: true });
  });

  it('GET /readyz → 503 while the database does not answer, the reason only in the log (PostgreSQL)', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only: a SQLite file cannot go away under an open server' }, async () => {
    const schema = /search_path=(\w+)/.exec(new URL(t.databaseUrl!).searchParams.get('options') ?? '')![1]!;
    await storeQuery(t, `alter schema ${schema} rename to ${schema}_away`);
    try {
      assertClientError(await t.call('GET', '/readyz', { apiKey: null }), 503, /^Not ready: the database does not answer/);
      assert.ok(t.logLines.some((line) => /readyz: the database does not answer: .*projects/.test(line)), 'the reason is logged');
    } finally {
      await storeQuery(t, `alter schema ${schema}_away rename to ${schema}`);
    }
    assert.equal((await t.call('GET', '/readyz', { apiKey: null })).status, 200, 'ready again once the database is back');
  });

  it('GET /openapi.json is OpenAPI 3.1 with the contract schemas', async () => {
    const result = await t.call('GET', '/openapi.json', { apiKey: null });
    assert.equal(result.status, 200);
    const document = result.body as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    assert.equal(document.openapi, '3.1.0');
    assert.ok(document.components.schemas.ConnectSessionCreate?.properties?.origin_owner_id);
    assert.ok(document.components.schemas.ApiErrorBody?.properties?.statusCode);

    // That the document covers every route the app registers: test/server/openapi.test.ts.
  });

  it('serves logos as SVG with a long cache; 404 JSON for an unknown provider', async () => {
    const response = await fetch(`${t.server.url}/logos/sandbox_ats.svg`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control') ?? '', /max-age=\d{6,}/);
    assert.match(await response.text(), /<svg/);
    assertClientError(await t.call('GET', '/logos/nope.svg'), 404, /nope/);
    assertClientError(await t.call('GET', '/logos/sandbox_ats.png'), 404);
  });

  it('answers unknown routes with a JSON 404 naming the route', async () => {
    assertClientError(await t.call('GET', '/nope?x=1'), 404, /GET \/nope/);
    assertClientError(await t.call('DELETE', '/connect_sessions'), 404);
  });

  it('without a build, the hub page and bundles answer 503 "run npm run build"', async () => {
    assertClientError(await t.call('GET', '/embedded/integrations?token=x'), 503, /npm run build/);
    assertClientError(await t.call('GET', '/sdk/connect-hub.js'), 503, /npm run build/);
    const html = await fetch(`${t.server.url}/link`, { headers: { accept: 'text/html' } });
    assert.equal(html.status, 503);
    assert.match(await html.text(), /npm run build/);
  });
});

describe('static pages from a build', () => {
  let t: TestServer;
  let dist: string;
  before(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-dist-'));
    mkdirSync(path.join(dist, 'app', 'assets'), { recursive: true });
    mkdirSync(path.join(dist, 'lib'), { recursive: true });
    writeFileSync(path.join(dist, 'app', 'index.html'), '<!doctype html><title>hub</title><script type="module" src="/assets/main-B0MWSUqX.js"></script>');
    writeFileSync(path.join(dist, 'app', 'assets', 'main-B0MWSUqX.js'), 'export const hub = 1;');
    writeFileSync(path.join(dist, 'lib', 'connect-hub.js'), 'export const sdk = 1;');
    mkdirSync(path.join(dist, 'app', 'dashboard'), { recursive: true });
    writeFileSync(path.join(dist, 'app', 'dashboard', 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(path.join(dist, 'secret.txt'), 'outside');
    t = await startTestServer({ config: { distDir: path.join(dist, 'app') } });
  });
  after(async () => {
    await t.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the auth-link page at /embedded/integrations and /link with a strict CSP', async () => {
    for (const page of ['/embedded/integrations?token=abc', '/link?token=abc']) {
      const response = await fetch(t.server.url + page);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.equal(csp, PAGE_CSP);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(await response.text(), /<title>hub<\/title>/);
    }
  });

  it('serves hashed assets immutable and SDK bundles cross-origin with a short cache', async () => {
    const asset = await fetch(`${t.server.url}/assets/main-B0MWSUqX.js`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    const sdk = await fetch(`${t.server.url}/sdk/connect-hub.js`);
    assert.equal(sdk.status, 200);
    assert.equal(sdk.headers.get('access-control-allow-origin'), '*');
    assert.match(sdk.headers.get('cache-control') ?? '', /max-age=300/);
    assert.equal(await sdk.text(), 'export const sdk = 1;');
  });

  it('serves the operator dashboard from the same build, with the same CSP', async () => {
    const response = await fetch(`${t.server.url}/dashboard`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), PAGE_CSP);
    assert.match(await response.text(), /<title>dashboard<\/title>/);
    assertClientError(await t.call('GET', '/demo/'), 503, /npm run build/);
  });

  it('does not serve files outside the build directories', async () => {
    assertClientError(await t.call('GET', '/assets/nope.js'), 404);
    assertClientError(await t.call('GET', '/assets/..%2F..%2Fsecret.txt'), 404);
    assertClientError(await t.call('GET', '/sdk/..%2Fsecret.txt'), 404);
  });
});

describe('provider failures while verifying credentials', () => {
  it('an unreachable provider gives 502 and a slow one 504, each naming the provider', async () => {
    let mode: 'down' | 'slow' = 'down';
    const providerFetch: typeof fetch = (_input, init) =>
      new Promise<Response>((_resolve, reject) => {
        if (mode === 'down') return reject(new TypeError('fetch failed'));
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const t = await startTestServer({ config: { verifyTimeoutMs: 200 }, overrides: { fetch: providerFetch } });
    try {
      const { token } = await createSession(t);
      const submit = () => t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
      assertClientError(await submit(), 502, /Sandbox HRIS/);
      mode = 'slow';
      assertClientError(await submit(), 504, /Sandbox HRIS.*200 ms/);
      assert.deepEqual(JSON.parse((await t.call('GET', '/accounts')).text), [], 'nothing is stored when the provider cannot confirm');
    } finally {
      await t.stop();
    }
  });
});

describe('configuration and crypto building blocks', () => {
  it('readConfig: defaults, env values, overrides win, and a named error for bad input', () => {
    const defaults = readConfig({});
    assert.equal(defaults.port, 8787);
    assert.equal(defaults.host, '127.0.0.1');
    assert.equal(defaults.publicUrl, 'http://localhost:8787');
    assert.equal(defaults.maxSessionSeconds, 90 * 86_400);
    assert.equal(defaults.verifyTimeoutMs, 10_000);
    assert.equal(defaults.bodyLimitBytes, 100 * 1024);
    const fromEnv = readConfig({ PORT: '9100', PUBLIC_URL: 'https://hub.example.com/', CONNECT_HUB_API_KEY: 'chk_pinned_key_0123456789abcdefghij', CONNECT_HUB_MAX_SESSION_SECONDS: '60' }, { port: 9200 });
    assert.equal(fromEnv.port, 9200);
    assert.equal(fromEnv.publicUrl, 'https://hub.example.com');
    assert.equal(fromEnv.apiKey, 'chk_pinned_key_0123456789abcdefghij');
    assert.equal(fromEnv.maxSessionSeconds, 60);
    assert.throws(() => readConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => readConfig({ PUBLIC_URL: 'not a url' }), /PUBLIC_URL/);
    assert.equal(readConfig({}).databaseUrl, undefined, 'SQLite by default');
    assert.equal(readConfig({}).databasePoolSize, 10);
    assert.equal(readConfig({ CONNECT_HUB_DATABASE_POOL_SIZE: '4' }).databasePoolSize, 4);
    assert.throws(() => readConfig({ CONNECT_HUB_DATABASE_POOL_SIZE: '0' }), /CONNECT_HUB_DATABASE_POOL_SIZE/);
    assert.equal(readConfig({ DATABASE_URL: 'postgres://hub:pw@db:5432/hub' }).databaseUrl, 'postgres://hub:pw@db:5432/hub');
    assert.throws(() => readConfig({ DATABASE_URL: 'mysql://db/hub' }), /DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  it('readConfig: the keyless demo backend is on by default only where nobody else can reach it', () => {
    assert.equal(readConfig({}).demo, true);
    assert.equal(readConfig({ HOST: 'localhost', PUBLIC_URL: 'http://127.0.0.1:8787' }).demo, true);
    assert.equal(readConfig({ HOST: '::1' }).demo, true);
    assert.equal(readConfig({ HOST: '0.0.0.0' }).demo, false, 'bound to every interface');
    assert.equal(readConfig({ PUBLIC_URL: 'https://connect.example.com' }).demo, false, 'published behind a proxy');
    assert.equal(readConfig({}, { host: '0.0.0.0' }).demo, false, 'the --host flag counts too');
    assert.equal(readConfig({ HOST: '0.0.0.0', CONNECT_HUB_DEMO: 'on' }).demo, true);
    assert.equal(readConfig({ CONNECT_HUB_DEMO: 'off' }).demo, false);
    assert.throws(() => readConfig({ CONNECT_HUB_DEMO: 'yes' }), /CONNECT_HUB_DEMO/);
  });

  it('AES-256-GCM round-trips, never contains the plaintext, and is bound to its account id', () => {
    const cipher = new CredentialCipher(parseSecretKey(Buffer.alloc(32, 7).toString('base64')));
    const sealed = cipher.encrypt('{"api_key":"s3cr3t-value"}', 'acc_1');
    assert.equal(sealed.includes('s3cr3t'), false);
    assert.notEqual(sealed, cipher.encrypt('{"api_key":"s3cr3t-value"}', 'acc_1'), 'a fresh IV every time');
    assert.equal(cipher.decrypt(sealed, 'acc_1'), '{"api_key":"s3cr3t-value"}');
    assert.throws(() => cipher.decrypt(sealed, 'acc_2'));
    assert.equal(parseSecretKey('ab'.repeat(32)).length, 32);
    assert.throws(() => parseSecretKey('abc'), /32 bytes/);
  });

  it('tokens carry 256 bits and a prefix; only their SHA-256 is stored', () => {
    const token = secretToken('chs_');
    assert.match(token, /^chs_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(token, secretToken('chs_'));
    assert.match(sha256Hex(token), /^[0-9a-f]{64}$/);
  });
});
