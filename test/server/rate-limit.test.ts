import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Context } from 'hono';
import { ConfigError, readConfig } from '../../src/server/config.js';
import { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS, RATE_LIMIT_TABLE, addressKey, clientAddress, parseTrustProxy, type RateLimitSettings } from '../../src/server/http/rate-limit/index.js';
import { GOOD_KEY, TEST_DATABASE_URL, assertClientError, createSession, startTestServer, storeQuery, type CallResult, type TestServer } from './harness.js';

/** Three of each per minute: small enough to cross in a test, long enough not to roll over during it. */
const TIGHT: RateLimitSettings = {
  apiKeyFailures: { points: 3, seconds: 60 },
  sessionFailures: { points: 3, seconds: 60 },
  submits: { points: 3, seconds: 60 },
  renewals: null,
};
const WRONG_KEY = 'chk_wrong_key_that_no_project_has_0123456789';
const from = (address: string) => ({ 'x-forwarded-for': address });
const hrisCredentials = (apiKey = GOOD_KEY) => ({ integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: apiKey } });

function assertRateLimited(result: CallResult, messagePattern: RegExp, maxSeconds = 60): void {
  assertClientError(result, 429, messagePattern);
  assert.equal(result.body.code, 'rate_limited');
  const retryAfter = result.headers.get('retry-after');
  assert.match(retryAfter ?? '', /^\d+$/, 'Retry-After in whole seconds');
  assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= maxSeconds, `Retry-After ${retryAfter} within the window`);
  assert.match(String(result.body.message), new RegExp(`try again in ${retryAfter} s`));
}

describe('brute-force limits, client address from X-Forwarded-For (CONNECT_HUB_TRUST_PROXY=on)', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { rateLimits: TIGHT, trustProxy: parseTrustProxy('on') } });
  });
  after(() => t?.stop());

  it('answers 429 with Retry-After once an address used up its failed API keys; other addresses keep working', async () => {
    const attacker = from('203.0.113.7');
    for (let i = 0; i < 3; i++) assertClientError(await t.call('GET', '/accounts', { apiKey: WRONG_KEY, headers: attacker }), 401, /Unknown API key/);
    assertRateLimited(await t.call('GET', '/accounts', { apiKey: WRONG_KEY, headers: attacker }), /unknown API key from this address/);
    // Over the limit, even the right key is refused: a correct guess must look like a wrong one.
    assertRateLimited(await t.call('GET', '/accounts', { headers: attacker }), /unknown API key/);
    assert.equal((await t.call('GET', '/accounts', { headers: from('203.0.113.8') })).status, 200, 'another client behind the same proxy');
    assert.equal((await t.call('GET', '/accounts')).status, 200, 'the proxy itself (no X-Forwarded-For)');
    // The client's own entries left of the one our proxy appended are not believed.
    assertRateLimited(await t.call('GET', '/accounts', { headers: from('198.51.100.1, 203.0.113.7') }), /unknown API key/);
  });

  it('counts failures only: successful requests never use up the limit', async () => {
    const client = from('203.0.113.20');
    for (let i = 0; i < 10; i++) assert.equal((await t.call('GET', '/accounts', { headers: client })).status, 200);
    for (let i = 0; i < 3; i++) assertClientError(await t.call('GET', '/accounts', { apiKey: WRONG_KEY, headers: client }), 401);
    assertRateLimited(await t.call('GET', '/accounts', { headers: client }), /unknown API key/);
  });

  it('a missing key is not a guess and is not counted', async () => {
    const client = from('203.0.113.30');
    for (let i = 0; i < 6; i++) assertClientError(await t.call('GET', '/accounts', { apiKey: null, headers: client }), 401, /Missing API key/);
    assert.equal((await t.call('GET', '/accounts', { headers: client })).status, 200);
  });

  it('unknown and expired session tokens from one address end in 429, on the API and on the OAuth popup page', async () => {
    const client = from('203.0.113.40');
    assertClientError(await t.call('GET', '/hub/settings', { token: 'chs_unknown_token', headers: client }), 401, /Unknown connect session token/);
    assertClientError(await t.call('GET', '/hub/connectors', { token: 'chs_another_unknown', headers: client }), 401);
    const { token } = await createSession(t, { origin_owner_id: 'org-expiring', expires_in: 60 });
    t.clock.advanceSeconds(120);
    assertClientError(await t.call('GET', '/hub/settings', { token, headers: client }), 401, /expired/);
    assertRateLimited(await t.call('GET', '/hub/settings', { token: 'chs_guess', headers: client }), /unknown or expired connect session token/);

    const { token: live } = await createSession(t, { origin_owner_id: 'org-live' });
    assertRateLimited(await t.call('GET', '/hub/settings', { token: live, headers: client }), /session token/);
    assert.equal((await t.call('GET', '/hub/settings', { token: live, headers: from('203.0.113.41') })).status, 200);

    const popup = from('203.0.113.42');
    for (let i = 0; i < 3; i++) {
      const page = await t.call('GET', '/connect/oauth2/sandbox_crm?token=chs_guess&connection_attempt_id=x', { apiKey: null, headers: popup });
      assert.equal(page.status, 401, page.text);
    }
    assertRateLimited(await t.call('GET', '/connect/oauth2/sandbox_crm?token=chs_guess&connection_attempt_id=x', { apiKey: null, headers: popup }), /session token/);
  });

  it('counts credential submits per connect session: create, update and connection attempts', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'org-submits' });
    const created = await t.call('POST', '/hub/accounts', { token, json: hrisCredentials() });
    assert.equal(created.status, 201, created.text);
    assertClientError(await t.call('PATCH', `/hub/accounts/${String(created.body.id)}`, { token, json: hrisCredentials('wrong_key') }), 422);
    assert.equal((await t.call('POST', '/hub/connection_attempts', { token, json: { token } })).status, 201);
    assertRateLimited(await t.call('POST', '/hub/accounts', { token, json: hrisCredentials() }), /credential submissions for this connect session/);
    assertRateLimited(await t.call('PATCH', `/hub/accounts/${String(created.body.id)}`, { token, json: hrisCredentials() }), /credential submissions/);
    assertRateLimited(await t.call('POST', '/hub/connection_attempts', { token, json: { token } }), /credential submissions/);
    // Reading is not submitting, and another session has its own count.
    assert.equal((await t.call('GET', '/hub/settings', { token })).status, 200);
    const { token: other } = await createSession(t, { origin_owner_id: 'org-submits-2' });
    assert.equal((await t.call('POST', '/hub/accounts', { token: other, json: hrisCredentials() })).status, 201);
  });
});

describe('brute-force limits without a trusted proxy (the default)', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { rateLimits: TIGHT } });
  });
  after(() => t?.stop());

  it('ignores X-Forwarded-For: every guess counts against the socket address', async () => {
    for (const [index, address] of ['203.0.113.1', '203.0.113.2', '203.0.113.3'].entries()) {
      assertClientError(await t.call('GET', '/accounts', { apiKey: `${WRONG_KEY}${index}`, headers: from(address) }), 401);
    }
    assertRateLimited(await t.call('GET', '/accounts', { headers: from('198.51.100.9') }), /unknown API key/);
  });
});

describe('limit windows and settings', () => {
  it('a window ends: the address may try again after Retry-After', async () => {
    const t = await startTestServer({ config: { rateLimits: { ...TIGHT, apiKeyFailures: { points: 2, seconds: 1 } } } });
    try {
      for (let i = 0; i < 2; i++) assertClientError(await t.call('GET', '/accounts', { apiKey: WRONG_KEY }), 401);
      assertRateLimited(await t.call('GET', '/accounts'), /unknown API key/, 1);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      assert.equal((await t.call('GET', '/accounts')).status, 200);
    } finally {
      await t.stop();
    }
  });

  it('CONNECT_HUB_RATE_LIMITS=off: no limit at all', async () => {
    const t = await startTestServer({ config: { rateLimits: readConfig({ CONNECT_HUB_RATE_LIMITS: 'off' }).rateLimits! } });
    try {
      for (let i = 0; i < 30; i++) assertClientError(await t.call('GET', '/accounts', { apiKey: WRONG_KEY }), 401);
      for (let i = 0; i < 30; i++) assertClientError(await t.call('GET', '/hub/settings', { token: 'chs_guess' }), 401);
      assert.equal((await t.call('GET', '/accounts')).status, 200);
    } finally {
      await t.stop();
    }
  });

  it('reads the limits from the environment: <points>/<duration> or off, defaults otherwise, named errors', () => {
    assert.deepEqual(readConfig({}).rateLimits, DEFAULT_RATE_LIMITS);
    assert.deepEqual(DEFAULT_RATE_LIMITS, {
      apiKeyFailures: { points: 20, seconds: 60 },
      sessionFailures: { points: 20, seconds: 60 },
      submits: { points: 30, seconds: 600 },
      renewals: { points: 5, seconds: 3600 },
    });
    const custom = readConfig({
      CONNECT_HUB_RATE_LIMIT_API_KEY_FAILURES: '5/30s',
      CONNECT_HUB_RATE_LIMIT_SESSION_FAILURES: '100 / 1h',
      CONNECT_HUB_RATE_LIMIT_SUBMITS: 'off',
    }).rateLimits;
    assert.deepEqual(custom, { apiKeyFailures: { points: 5, seconds: 30 }, sessionFailures: { points: 100, seconds: 3600 }, submits: null, renewals: { points: 5, seconds: 3600 } });
    assert.deepEqual(readConfig({ CONNECT_HUB_RATE_LIMIT_SUBMITS: '10/120' }).rateLimits?.submits, { points: 10, seconds: 120 });
    assert.deepEqual(readConfig({ CONNECT_HUB_RATE_LIMITS: 'off', CONNECT_HUB_RATE_LIMIT_SUBMITS: '1/1m' }).rateLimits, NO_RATE_LIMITS);
    assert.throws(() => readConfig({ CONNECT_HUB_RATE_LIMIT_SUBMITS: 'lots' }), (error: Error) => error instanceof ConfigError && /CONNECT_HUB_RATE_LIMIT_SUBMITS: expected <points>\/<duration>/.test(error.message));
    assert.throws(() => readConfig({ CONNECT_HUB_RATE_LIMIT_API_KEY_FAILURES: '0/1m' }), /CONNECT_HUB_RATE_LIMIT_API_KEY_FAILURES: .*at least 1/);
    assert.throws(() => readConfig({ CONNECT_HUB_RATE_LIMITS: 'maybe' }), /CONNECT_HUB_RATE_LIMITS/);

    assert.deepEqual(readConfig({}).trustProxy, { mode: 'off' });
    assert.deepEqual(readConfig({ CONNECT_HUB_TRUST_PROXY: 'on' }).trustProxy, { mode: 'hops', hops: 1 });
    assert.deepEqual(readConfig({ CONNECT_HUB_TRUST_PROXY: '2' }).trustProxy, { mode: 'hops', hops: 2 });
    assert.equal(readConfig({ CONNECT_HUB_TRUST_PROXY: '10.0.0.0/8, ::1' }).trustProxy?.mode, 'addresses');
    assert.throws(() => readConfig({ CONNECT_HUB_TRUST_PROXY: 'the-load-balancer' }), /CONNECT_HUB_TRUST_PROXY: expected on, off, a number of hops/);
    assert.throws(() => readConfig({ CONNECT_HUB_TRUST_PROXY: '10.0.0.0/40' }), /CONNECT_HUB_TRUST_PROXY: bad CIDR prefix/);
  });

  it('picks the client out of X-Forwarded-For as far as the trusted proxies go, and counts IPv6 by /64', () => {
    const request = (peer: string, forwarded?: string) =>
      ({ env: { incoming: { socket: { remoteAddress: peer } } }, req: { header: (name: string) => (name === 'x-forwarded-for' ? forwarded : undefined) } }) as unknown as Context;
    const list = parseTrustProxy('127.0.0.1, 10.0.0.0/8');
    assert.equal(clientAddress(request('::ffff:127.0.0.1'), { mode: 'off' }), '127.0.0.1');
    assert.equal(clientAddress(request('127.0.0.1', '198.51.100.1, 10.1.2.3'), list), '198.51.100.1');
    assert.equal(clientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.1, 10.1.2.3'), list), '198.51.100.1', 'stops at the first untrusted hop');
    assert.equal(clientAddress(request('192.0.2.50', '198.51.100.1'), list), '192.0.2.50', 'a peer that is not our proxy is the client');
    assert.equal(clientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.1'), { mode: 'hops', hops: 2 }), '6.6.6.6');
    assert.equal(clientAddress(request('127.0.0.1', '198.51.100.1'), { mode: 'hops', hops: 3 }), '198.51.100.1', 'fewer entries than hops: the farthest');
    assert.equal(clientAddress(request('127.0.0.1', 'not-an-address'), { mode: 'hops', hops: 1 }), '127.0.0.1');
    assert.equal(clientAddress(request('127.0.0.1', '198.51.100.1:4711'), { mode: 'hops', hops: 1 }), '198.51.100.1');
    assert.equal(addressKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(addressKey('198.51.100.1'), '198.51.100.1');
  });

  it('refuses a pinned API key shorter than 32 characters at start, saying why', async () => {
    assert.throws(
      () => readConfig({ CONNECT_HUB_API_KEY: 'chk_short_key' }),
      (error: Error) => error instanceof ConfigError && /CONNECT_HUB_API_KEY: a pinned API key must be at least 32 characters \(got 13\)/.test(error.message),
    );
    assert.throws(() => readConfig({}, { apiKey: 'x'.repeat(31) }), ConfigError);
    assert.equal(readConfig({}, { apiKey: 'x'.repeat(32) }).apiKey, 'x'.repeat(32));
    await assert.rejects(startTestServer({ config: { apiKey: 'chk_too_short' } }), /at least 32 characters/);
  });
});

describe('limits shared by two servers on one PostgreSQL database', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only (npm test runs it in the postgres suite): SQLite is one server' }, () => {
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    const config = { rateLimits: TIGHT, trustProxy: parseTrustProxy('on') };
    a = await startTestServer({ config });
    b = await startTestServer({ dataDir: a.dataDir, apiKey: a.apiKey, config });
  });
  after(async () => {
    await b?.server.close();
    await a?.stop();
  });

  it('failures on one server count on the other', async () => {
    const attacker = from('203.0.113.99');
    assertClientError(await a.call('GET', '/accounts', { apiKey: WRONG_KEY, headers: attacker }), 401);
    assertClientError(await a.call('GET', '/accounts', { apiKey: WRONG_KEY, headers: attacker }), 401);
    assertClientError(await b.call('GET', '/accounts', { apiKey: WRONG_KEY, headers: attacker }), 401);
    assertRateLimited(await b.call('GET', '/accounts', { headers: attacker }), /unknown API key/);
    assertRateLimited(await a.call('GET', '/accounts', { headers: attacker }), /unknown API key/);
    assert.equal((await b.call('GET', '/accounts')).status, 200, 'other addresses are not held back');
  });

  it('submits on one server count on the other', async () => {
    const { token } = await createSession(a, { origin_owner_id: 'org-shared-submits' });
    assert.equal((await a.call('POST', '/hub/accounts', { token, json: hrisCredentials() })).status, 201);
    assert.equal((await b.call('POST', '/hub/connection_attempts', { token, json: { token } })).status, 201);
    assert.equal((await a.call('POST', '/hub/connection_attempts', { token, json: { token } })).status, 201);
    assertRateLimited(await b.call('POST', '/hub/accounts', { token, json: hrisCredentials() }), /credential submissions/);
  });

  it('keeps the counts in a table of the servers\' own schema, with no key or token in it', async () => {
    const rows = await storeQuery<{ key: string }>(a, `select key from ${RATE_LIMIT_TABLE}`);
    assert.ok(rows.some((row) => row.key.startsWith('apiKeyFailures:')), JSON.stringify(rows));
    assert.ok(rows.some((row) => /^submits:session:\d+$/.test(row.key)), JSON.stringify(rows));
    assert.ok(!rows.some((row) => row.key.includes('chk_') || row.key.includes('chs_')), 'no API key or session token is stored');
    const schemas = await storeQuery<{ schema: string }>(a, `select table_schema as schema from information_schema.tables where table_name = ?`, RATE_LIMIT_TABLE);
    const [current] = await storeQuery<{ schema: string }>(a, 'select current_schema() as schema');
    assert.ok(schemas.some(({ schema }) => schema === current?.schema), `${RATE_LIMIT_TABLE} in ${current?.schema}: ${JSON.stringify(schemas)}`);
  });
});
