import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../src/server/webhooks/settings.js';
import { assertClientError, startTestServer, type TestServer } from './harness.js';

// The demo's pretend host backend (/demo/api): sessions without a key in the browser, a real signed
// webhook receiver fed by the real dispatcher.
describe('/demo/api', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, pollIntervalMs: 100 } } });
  });
  after(async () => {
    await t.stop();
  });

  test('POST /session needs no key and answers only token, auth link and expiry', async () => {
    const result = await t.call('POST', '/demo/api/session', { apiKey: null });
    assert.equal(result.status, 201, result.text);
    assert.deepEqual(Object.keys(result.body).sort(), ['auth_link_url', 'expires_at', 'token']);
    assert.ok(!result.text.includes(t.apiKey), 'the API key never reaches the browser');
    const settings = await t.call('GET', '/hub/settings', { apiKey: null, token: String(result.body.token) });
    assert.equal(settings.status, 200, settings.text);
    const minutes = (Date.parse(String(result.body.expires_at)) - t.clock.now().getTime()) / 60_000;
    assert.ok(minutes > 25 && minutes <= 30, `an embed session lasts 30 minutes (got ${minutes})`);
  });

  test('POST /session with link: true makes a 30-day link for the named customer; bad input names the field', async () => {
    const link = await t.call('POST', '/demo/api/session', { apiKey: null, json: { origin_owner_id: 'initech', origin_owner_name: 'Initech', link: true } });
    assert.equal(link.status, 201, link.text);
    const days = (Date.parse(String(link.body.expires_at)) - t.clock.now().getTime()) / 86_400_000;
    assert.ok(Math.abs(days - 30) < 0.01, `30 days (got ${days})`);
    const described = await t.call('POST', '/connect_sessions/authenticate', { json: { token: link.body.token } });
    assert.equal(described.body.origin_owner_id, 'initech');

    const blank = await t.call('POST', '/demo/api/session', { apiKey: null, json: { origin_owner_id: '  ', origin_owner_name: 'Initech' } });
    assertClientError(blank, 400, /origin_owner_id/);
    assert.equal(blank.body.field, 'origin_owner_id');
  });

  test('POST /start registers one receiver endpoint, however often the page loads', async () => {
    const first = await t.call('POST', '/demo/api/start', { apiKey: null });
    const second = await t.call('POST', '/demo/api/start', { apiKey: null });
    assert.equal(first.status, 200, first.text);
    const receiver = first.body.receiver as { endpoint_id: string; url: string };
    assert.equal((second.body.receiver as { endpoint_id: string }).endpoint_id, receiver.endpoint_id);
    assert.match(receiver.url, /\/demo\/api\/webhook-receiver$/);
    const endpoints = (await t.call('GET', '/webhooks')).body as unknown as Array<{ url: string }>;
    assert.equal(endpoints.filter((endpoint) => endpoint.url === receiver.url).length, 1);
  });

  test('the receiver refuses a delivery it cannot verify and lists nothing', async () => {
    await t.call('POST', '/demo/api/start', { apiKey: null });
    const body = JSON.stringify({ event: 'account.created', account_id: 'acc_forged', provider: 'sandbox_hris' });
    const forged = new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).sign('msg_forged', new Date(), body);
    const unsigned = await t.call('POST', '/demo/api/webhook-receiver', { apiKey: null, rawBody: body });
    const wrongKey = await t.call('POST', '/demo/api/webhook-receiver', {
      apiKey: null,
      rawBody: body,
      headers: { 'webhook-id': 'msg_forged', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': forged },
    });
    assertClientError(unsigned, 401);
    assertClientError(wrongKey, 401);
    const received = (await t.call('GET', '/demo/api/received', { apiKey: null })).body.webhooks as Array<{ account_id: string }>;
    assert.ok(!received.some((webhook) => webhook.account_id === 'acc_forged'));
  });

  test('linking an account delivers a signed account.created that the receiver verifies and lists', async () => {
    await t.call('POST', '/demo/api/start', { apiKey: null });
    const { token } = (await t.call('POST', '/demo/api/session', { apiKey: null })).body as { token: string };
    const created = await t.call('POST', '/hub/accounts', {
      apiKey: null,
      token,
      json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } },
    });
    assert.equal(created.status, 201, created.text);
    const accountId = String(created.body.id);
    let webhook: Record<string, unknown> | undefined;
    for (let tries = 0; tries < 100 && !webhook; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const received = (await t.call('GET', '/demo/api/received', { apiKey: null })).body.webhooks as Array<Record<string, unknown>>;
      webhook = received.find((entry) => entry.account_id === accountId && entry.event === 'account.created');
    }
    assert.ok(webhook, 'account.created arrived within 10 s');
    assert.equal(webhook.provider, 'sandbox_hris');
    assert.equal(webhook.origin_owner_name, 'Globex Corporation');
    assert.deepEqual(webhook.verified, { standard_webhooks: true, stackone: true });
  });
});

test('CONNECT_HUB_DEMO=off: no demo backend', async () => {
  const t = await startTestServer({ config: { demo: false } });
  try {
    assert.equal((await t.call('POST', '/demo/api/session', { apiKey: null })).status, 404);
  } finally {
    await t.stop();
  }
});
