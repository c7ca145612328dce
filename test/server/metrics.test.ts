import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { ConfigError, readConfig } from '../../src/server/config.js';
import { DEFAULT_RATE_LIMITS } from '../../src/server/http/rate-limit/settings.js';
import { addEndpoint, fastWebhooks, SANDBOX_HRIS, waitUntil, WebhookReceiver } from '../webhooks/support.js';
import { createSession, startTestServer, type TestServer } from './harness.js';

type Family = ReturnType<typeof parsePrometheusTextFormat>[number];

/** One scrape: the families as parse-prometheus-text-format reads them, and the raw text for histogram series. */
interface Scrape {
  families: Family[];
  text: string;
}

async function scrape(t: TestServer, headers: Record<string, string> = {}): Promise<Scrape> {
  const result = await t.call('GET', '/metrics', { apiKey: null, headers });
  assert.equal(result.status, 200, result.text);
  assert.match(result.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  return { families: parsePrometheusTextFormat(result.text), text: result.text };
}

/** A counter's or gauge's value for the series whose labels include `labels`; 0 when the series is absent. */
function value(s: Scrape, name: string, labels: Record<string, string> = {}): number {
  const family = s.families.find((f) => f.name === name);
  assert.ok(family, `${name} is exported`);
  const series = family.metrics.find((m) => Object.entries(labels).every(([key, wanted]) => m.labels?.[key] === wanted));
  return series ? Number(series.value) : 0;
}

/**
 * A histogram's `_count` for one label set. parse-prometheus-text-format merges a labelled histogram's series
 * into one, so the count line is read from the text (the parse above still checks the whole text's syntax).
 */
function requestCount(s: Scrape, method: string, route: string, status: number): number {
  const line = s.text.split('\n').find((l) => l.startsWith('connect_hub_http_request_duration_seconds_count{') && l.includes(`method="${method}"`) && l.includes(`route="${route}"`) && l.includes(`status="${status}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const RETRY_MS = 60_000;
const SESSIONS = 3; // N: sessions that each link one account
const LINKED = SESSIONS; // M
const REJECTED = 2; // submits a provider refuses
const SUBMIT_LIMIT = 2;
const REFUSED = 3; // submits over the limit

describe('/metrics across a scripted run', () => {
  let t: TestServer;
  let receiver: WebhookReceiver;
  let baseline: Scrape;

  before(async () => {
    receiver = await WebhookReceiver.start();
    receiver.answer = () => ({ status: 500 });
    t = await startTestServer({
      config: {
        // One retry, then the dispatcher gives up: every delivery makes one retry_scheduled and one failed.
        webhooks: fastWebhooks({ retryScheduleMs: [RETRY_MS], pollIntervalMs: 50 }),
        rateLimits: { ...DEFAULT_RATE_LIMITS, submits: { points: SUBMIT_LIMIT, seconds: 3600 } },
      },
      overrides: { random: () => 0 },
    });
    await addEndpoint(t, { url: receiver.url, events: ['account.created'] });
    baseline = await scrape(t);
  });
  after(async () => {
    await t.stop();
    await receiver.stop();
  });

  it('counts requests by route pattern and status, link failures and rate-limit refusals; reads linked accounts from the database', async () => {
    const accountIds: string[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      const { token } = await createSession(t, { origin_owner_id: `org-metrics-${i}` });
      const linked = await t.call('POST', '/hub/accounts', { token, json: SANDBOX_HRIS });
      assert.equal(linked.status, 201, linked.text);
      accountIds.push(String(linked.body.id));
    }
    const { token: rejectToken } = await createSession(t, { origin_owner_id: 'org-metrics-rejected', multiple: true });
    for (let i = 0; i < REJECTED; i++) {
      const rejected = await t.call('POST', '/hub/accounts', { token: rejectToken, json: { ...SANDBOX_HRIS, credentials: { subdomain: 'acme', api_key: 'wrong' } } });
      assert.equal(rejected.status, 422, rejected.text);
    }
    // The rejected session used up its submits: each further one is refused by the limit, not sent to the provider.
    assert.equal(REJECTED, SUBMIT_LIMIT);
    for (let i = 0; i < REFUSED; i++) assert.equal((await t.call('POST', '/hub/accounts', { token: rejectToken, json: SANDBOX_HRIS })).status, 429);

    const s = await scrape(t);
    const delta = (read: (x: Scrape) => number) => read(s) - read(baseline);
    assert.equal(delta((x) => requestCount(x, 'POST', '/connect_sessions', 201)), SESSIONS + 1);
    assert.equal(delta((x) => requestCount(x, 'POST', '/hub/accounts', 201)), LINKED);
    assert.equal(delta((x) => requestCount(x, 'POST', '/hub/accounts', 422)), REJECTED);
    assert.equal(delta((x) => requestCount(x, 'POST', '/hub/accounts', 429)), REFUSED);
    assert.equal(delta((x) => value(x, 'connect_hub_connection_failures_total', { provider: 'sandbox_hris', reason: 'provider_rejected' })), REJECTED);
    assert.equal(delta((x) => value(x, 'connect_hub_rate_limited_total', { limit: 'credential_submit' })), REFUSED);
    assert.equal(value(s, 'connect_hub_rate_limited_total', { limit: 'api_key' }), 0);
    assert.equal(value(s, 'connect_hub_linked_accounts', { provider: 'sandbox_hris' }), LINKED);

    assert.equal((await t.call('DELETE', `/accounts/${accountIds[0]}`)).status, 200);
    const afterDelete = await scrape(t);
    assert.equal(value(afterDelete, 'connect_hub_linked_accounts', { provider: 'sandbox_hris' }), LINKED - 1, 'read at scrape time');
    assert.equal(requestCount(afterDelete, 'DELETE', '/accounts/:id', 200), 1, 'the route pattern, not the id');
    assert.ok(!afterDelete.text.includes(accountIds[0]!), 'no id in any label');
  });

  it('counts failed deliveries to a receiver that answers 500, and the backlog while they wait for their retry', async () => {
    // Each created account made one delivery; the clock stands still, so each gets its first attempt only.
    await waitUntil('the first attempts', () => receiver.received.length >= LINKED);
    await waitUntil('their outcomes are counted', async () => value(await scrape(t), 'connect_hub_webhook_delivery_attempts_total', { outcome: 'retry_scheduled' }) >= LINKED);
    t.clock.advanceSeconds(30);
    const waiting = await scrape(t);
    assert.equal(value(waiting, 'connect_hub_webhook_delivery_attempts_total', { outcome: 'retry_scheduled' }), LINKED);
    assert.equal(value(waiting, 'connect_hub_webhook_delivery_attempts_total', { outcome: 'failed' }), 0);
    assert.equal(value(waiting, 'connect_hub_outbox_backlog', { stage: 'delivery' }), LINKED);
    assert.equal(value(waiting, 'connect_hub_outbox_backlog', { stage: 'fan_out' }), 0);
    assert.equal(value(waiting, 'connect_hub_outbox_oldest_undelivered_age_seconds'), 30, 'the injected clock: exactly 30 s');

    t.clock.advanceSeconds(RETRY_MS / 1000);
    await waitUntil('the retries gave up', async () => value(await scrape(t), 'connect_hub_webhook_delivery_attempts_total', { outcome: 'failed' }) >= LINKED);
    const done = await scrape(t);
    assert.equal(receiver.received.length, 2 * LINKED);
    assert.equal(value(done, 'connect_hub_webhook_delivery_attempts_total', { outcome: 'failed' }), LINKED);
    assert.equal(value(done, 'connect_hub_webhook_delivery_attempts_total', { outcome: 'retry_scheduled' }), LINKED);
    assert.equal(value(done, 'connect_hub_webhook_delivery_attempts_total', { outcome: 'delivered' }), 0);
    assert.equal(value(done, 'connect_hub_outbox_backlog', { stage: 'delivery' }), 0);
    assert.equal(value(done, 'connect_hub_outbox_oldest_undelivered_age_seconds'), 0);
    assert.equal(value(done, 'connect_hub_metrics_database_read_ok'), 1);
  });

  it('counts refusals of unknown API keys under api_key', async () => {
    // Last: once over, every API call from this address is refused.
    const before = value(await scrape(t), 'connect_hub_rate_limited_total', { limit: 'api_key' });
    for (let i = 0; i < DEFAULT_RATE_LIMITS.apiKeyFailures!.points; i++) assert.equal((await t.call('GET', '/accounts', { apiKey: 'chk_wrong' })).status, 401);
    assert.equal((await t.call('GET', '/accounts', { apiKey: 'chk_wrong' })).status, 429);
    assert.equal((await t.call('GET', '/accounts')).status, 429, 'the right key too, from this address');
    assert.equal(value(await scrape(t), 'connect_hub_rate_limited_total', { limit: 'api_key' }) - before, 2);
  });
});

describe('/metrics: why links failed', () => {
  it('a provider that cannot be reached and one that does not answer count under their reasons; a value refused before any call is no failed link', async () => {
    let provider: 'up' | 'down' | 'slow' = 'up';
    const providerFetch: typeof fetch = (input, init) => {
      if (provider === 'up') return fetch(input, init);
      return new Promise<Response>((_resolve, reject) => {
        if (provider === 'down') return reject(new TypeError('fetch failed'));
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    };
    const t = await startTestServer({ config: { verifyTimeoutMs: 200 }, overrides: { fetch: providerFetch } });
    try {
      const failures = async () => {
        const s = await scrape(t);
        const of = (reason: string) => value(s, 'connect_hub_connection_failures_total', { provider: 'sandbox_hris', reason });
        return { unreachable: of('provider_unreachable'), timeout: of('provider_timeout'), rejected: of('provider_rejected'), invalid: of('validation_failed') };
      };
      const before = await failures();
      const { token } = await createSession(t, { origin_owner_id: 'org-metrics-down' });
      const submit = (apiKey = SANDBOX_HRIS.credentials.api_key) =>
        t.call('POST', '/hub/accounts', { token, json: { ...SANDBOX_HRIS, credentials: { ...SANDBOX_HRIS.credentials, api_key: apiKey } } });
      provider = 'down';
      assert.equal((await submit()).status, 502);
      provider = 'slow';
      assert.equal((await submit()).status, 504);
      provider = 'up';
      // A key the verify request cannot carry in a header: refused before anything is sent.
      const refused = await submit('line\nbreak');
      assert.equal(refused.status, 400, refused.text);
      assert.equal(refused.body.code, 'validation_failed');
      assert.match(String(refused.body.message), /cannot be sent to Sandbox HRIS/, "the verify request's own check");
      const after = await failures();
      assert.deepEqual(
        { unreachable: after.unreachable - before.unreachable, timeout: after.timeout - before.timeout, rejected: after.rejected - before.rejected, invalid: after.invalid - before.invalid },
        { unreachable: 1, timeout: 1, rejected: 0, invalid: 0 },
      );
    } finally {
      await t.stop();
    }
  });
});

describe('/metrics is off the public internet by default', () => {
  const TOKEN = 'metrics-token-0123456789abcdef';

  it('with CONNECT_HUB_METRICS_TOKEN it wants that bearer token', async () => {
    const t = await startTestServer({ config: { metricsToken: TOKEN, metricsOpen: undefined } });
    try {
      const missing = await t.call('GET', '/metrics', { apiKey: null });
      assert.equal(missing.status, 401);
      assert.equal(missing.body.code, 'unauthorized');
      assert.match(String(missing.body.message), /Missing metrics token/);
      assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal((await t.call('GET', '/metrics')).status, 401, 'the project API key is not the metrics token');
      assert.equal((await t.call('GET', '/metrics', { headers: { authorization: `Bearer ${TOKEN}x` } })).status, 401);
      assert.equal((await t.call('GET', '/metrics', { headers: { authorization: `Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}` } })).status, 401);
      const ok = await t.call('GET', '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(ok.status, 200);
      assert.ok(parsePrometheusTextFormat(ok.text).some((f) => f.name === 'connect_hub_http_request_duration_seconds'));
      assert.ok(!ok.text.includes(TOKEN));
      assert.ok(!t.logLines.some((line) => line.includes(TOKEN)), 'the token is in no log line');
    } finally {
      await t.stop();
    }
  });

  it('without a token: served on a development machine only, a 404 where the public URL is reachable', async () => {
    const t = await startTestServer({ config: { publicUrl: 'https://hub.example.com' } });
    try {
      const result = await t.call('GET', '/metrics', { apiKey: null });
      assert.equal(result.status, 404);
      assert.equal(result.body.code, 'not_found');
    } finally {
      await t.stop();
    }
  });

  it('reads the setting from the environment: a token wants at least 16 characters and turns the open mode off', () => {
    assert.throws(() => readConfig({ CONNECT_HUB_METRICS_TOKEN: 'short' }), (error: unknown) => error instanceof ConfigError && /CONNECT_HUB_METRICS_TOKEN/.test(error.message));
    const withToken = readConfig({ CONNECT_HUB_METRICS_TOKEN: TOKEN });
    assert.equal(withToken.metricsToken, TOKEN);
    assert.equal(withToken.metricsOpen, false);
    assert.equal(readConfig({}).metricsOpen, true, 'loopback bind and public URL');
    assert.equal(readConfig({ HOST: '0.0.0.0' }).metricsOpen, false);
    assert.equal(readConfig({ PUBLIC_URL: 'https://hub.example.com' }).metricsOpen, false, 'a proxy on this host forwards from loopback');
  });
});
