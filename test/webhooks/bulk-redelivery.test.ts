import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { CLI_ONCE, assertClientError, createSession, storeQuery, type TestServer } from '../server/harness.js';
import { WebhookRedeliveryResult } from '../../src/contract/webhook-endpoints.js';
import { WebhookReceiver, addEndpoint, linkSandboxAccount, sleep, startWebhookServer, waitUntil } from './support.js';

const run = promisify(execFile);

interface DeliveryView {
  id: string;
  status: string;
  attempts: number;
  created_at: string;
}

async function deliveries(t: TestServer, endpointId: string, status?: string): Promise<DeliveryView[]> {
  const result = await t.call('GET', `/webhooks/${endpointId}/deliveries?page_size=100${status ? `&status=${status}` : ''}`);
  assert.equal(result.status, 200, result.text);
  return JSON.parse(result.text) as DeliveryView[];
}

async function redeliver(t: TestServer, body: unknown) {
  const result = await t.call('POST', '/webhooks/deliveries/redeliver', { json: body });
  assert.equal(result.status, 202, result.text);
  return WebhookRedeliveryResult.parse(JSON.parse(result.text));
}

/** Requests the receiver got for one webhook-id. */
function seen(receiver: WebhookReceiver, webhookId: string): number {
  return receiver.received.filter((request) => request.headers['webhook-id'] === webhookId).length;
}

describe('bulk redelivery', () => {
  let t: TestServer;
  let receiver: WebhookReceiver;
  let a: { id: string };
  let b: { id: string };
  let failing = true;

  before(async () => {
    receiver = await WebhookReceiver.start();
    receiver.answer = () => ({ status: failing ? 500 : 200 });
    // No retries: a delivery fails at its first 500, as one past its retry window does.
    t = await startWebhookServer({ retryScheduleMs: [] });
    a = await addEndpoint(t, { url: `${receiver.url}?e=a`, events: ['account.created'] });
    b = await addEndpoint(t, { url: `${receiver.url}?e=b`, events: ['account.created'] });
    const { token } = await createSession(t, { origin_owner_id: 'org-bulk', multiple: true });
    for (let i = 0; i < 3; i++) await linkSandboxAccount(t, token);
    await waitUntil('6 failed deliveries', async () => (await deliveries(t, a.id, 'failed')).length === 3 && (await deliveries(t, b.id, 'failed')).length === 3);
  });
  after(async () => {
    await t?.stop();
    await receiver?.stop();
  });

  it('bad filters are a 400 naming the field; an unknown or foreign endpoint a 404', async () => {
    const cases: [unknown, RegExp][] = [
      [{ status: ['bogus'] }, /^status\[0\]: /],
      [{ status: [] }, /^status: name at least one status/],
      [{ from: 'yesterday' }, /^from: expected an ISO 8601 date-time/],
      [{ to: '2026-12-01' }, /^to: expected an ISO 8601 date-time/],
      [{ from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' }, /^to: must not be before from/],
      [{ limit: 0 }, /^limit: /],
      [{ limit: 10_001 }, /^limit: /],
      [{ endpoint: a.id }, /endpoint/],
      [{ endpoint_id: 42 }, /^endpoint_id: /],
    ];
    for (const [body, pattern] of cases) {
      const result = await t.call('POST', '/webhooks/deliveries/redeliver', { json: body });
      assertClientError(result, 400, pattern);
    }
    assertClientError(await t.call('POST', '/webhooks/deliveries/redeliver', { json: { endpoint_id: 'whe_nope' } }), 404, /No webhook endpoint "whe_nope"/);
    assertClientError(await t.call('POST', '/webhooks/deliveries/redeliver', { apiKey: 'chk_wrong_key_0123456789abcdef0123456789', json: {} }), 401);
    assert.equal((await deliveries(t, a.id, 'failed')).length, 3, 'nothing re-queued by a refused request');
  });

  it('by endpoint and time range: only those, the same webhook-ids, sent again', async () => {
    const failedA = await deliveries(t, a.id, 'failed');
    const times = failedA.map((d) => d.created_at).sort();
    failing = false;
    const before = receiver.received.length;
    const none = await redeliver(t, { endpoint_id: a.id, to: new Date(Date.parse(times[0]!) - 1000).toISOString() });
    assert.deepEqual(none, { queued: 0, delivery_ids: [], in_flight: [], has_more: false });

    const result = await redeliver(t, { endpoint_id: a.id, status: ['failed'], from: times[0], to: new Date(Date.now() + 60_000).toISOString(), limit: 2 });
    assert.equal(result.queued, 2);
    assert.equal(result.has_more, true);
    const oldestTwo = [...failedA].sort((x, y) => x.created_at.localeCompare(y.created_at) || x.id.localeCompare(y.id)).slice(0, 2).map((d) => d.id);
    assert.deepEqual(new Set(result.delivery_ids), new Set(oldestTwo));
    await waitUntil('the two re-sent', () => result.delivery_ids.every((id) => seen(receiver, id) === 2));
    await waitUntil('both delivered', async () => (await deliveries(t, a.id, 'delivered')).length === 2);
    assert.equal((await deliveries(t, b.id, 'failed')).length, 3, "the other endpoint's deliveries are untouched");
    assert.equal(receiver.received.length - before, 2);
  });

  it("default filters: every failed delivery of this project, never another project's", async () => {
    // Another project's endpoint and failed deliveries, written straight into the store.
    const now = new Date().toISOString();
    await storeQuery(t, "insert into projects (id, name, organization_id, allowed_origins, created_at) values ('prj_other', 'Other', 'org_other', '[]', ?)", now);
    await storeQuery(
      t,
      "insert into webhook_endpoints (id, project_id, url, events, enabled, description, secret_ciphertext, previous_secret_ciphertext, previous_secret_expires_at, created_at, updated_at) " +
        "select 'whe_other', 'prj_other', url, events, enabled, description, secret_ciphertext, null, null, created_at, updated_at from webhook_endpoints where id = ?",
      b.id,
    );
    await storeQuery(
      t,
      'insert into webhook_deliveries (id, project_id, endpoint_id, event_id, event, account_id, payload, status, attempts, schedule_start, next_attempt_at, sending_until, last_attempt_at, last_status_code, last_error, delivered_at, created_at) ' +
        "select 'msg_other_' || id, 'prj_other', 'whe_other', event_id, event, account_id, payload, status, attempts, schedule_start, next_attempt_at, sending_until, last_attempt_at, last_status_code, last_error, delivered_at, created_at from webhook_deliveries where endpoint_id = ?",
      b.id,
    );
    assertClientError(await t.call('POST', '/webhooks/deliveries/redeliver', { json: { endpoint_id: 'whe_other' } }), 404, /No webhook endpoint "whe_other"/);

    const result = await redeliver(t, {});
    assert.equal(result.queued, 4, 'the one left on endpoint a and the three on b');
    assert.ok(result.delivery_ids.every((id) => !id.startsWith('msg_other_')));
    await waitUntil('all delivered', async () => (await deliveries(t, a.id, 'delivered')).length === 3 && (await deliveries(t, b.id, 'delivered')).length === 3);
    await sleep(300);
    const other = await storeQuery<{ status: string; attempts: number }>(t, "select status, attempts from webhook_deliveries where project_id = 'prj_other'");
    assert.equal(other.length, 3);
    assert.ok(other.every((row) => row.status === 'failed' && Number(row.attempts) === 1), JSON.stringify(other));
    assert.equal(receiver.received.filter((r) => r.headers['webhook-id']?.startsWith('msg_other_')).length, 0);
    assert.deepEqual(await redeliver(t, {}), { queued: 0, delivery_ids: [], in_flight: [], has_more: false }, 'nothing failed is left');
  });

  it('a redelivery while the same delivery is in flight does not send it twice', async () => {
    for (const endpoint of [a, b]) assert.equal((await t.call('PATCH', `/webhooks/${endpoint.id}`, { json: { enabled: false } })).status, 200);
    const slow = await addEndpoint(t, { url: `${receiver.url}?e=slow`, events: ['account.created'] });
    let release = false;
    // The receiver holds the first attempt open (up to 1.5 s) until the redeliveries below have been asked for.
    receiver.answer = () => (release ? { status: 200 } : { status: 200, delayMs: 1_500 });
    await linkSandboxAccount(t);
    await waitUntil('the slow endpoint has its delivery', async () => (await deliveries(t, slow.id)).length === 1);
    const [delivery] = await deliveries(t, slow.id);
    await waitUntil('its attempt is held by the receiver', () => seen(receiver, delivery!.id) === 1);

    const single = await t.call('POST', `/webhooks/deliveries/${delivery!.id}/retry`);
    assertClientError(single, 409, new RegExp(`Delivery ${delivery!.id} is being sent right now`));
    const bulk = await redeliver(t, { endpoint_id: slow.id, status: ['pending', 'failed', 'delivered', 'cancelled'] });
    assert.deepEqual(bulk, { queued: 0, delivery_ids: [], in_flight: [delivery!.id], has_more: false });
    const all = await redeliver(t, { status: ['pending'] });
    assert.deepEqual(all.in_flight, [delivery!.id], 'a project-wide redelivery leaves it alone too');
    await sleep(300); // a few dispatcher polls while the attempt is still held
    assert.equal(seen(receiver, delivery!.id), 1, 'exactly one request for this webhook-id during the overlap');

    release = true;
    await waitUntil('delivered after the held attempt', async () => (await deliveries(t, slow.id, 'delivered')).length === 1);
    await sleep(300); // a few dispatcher polls: nothing more goes out
    assert.equal(seen(receiver, delivery!.id), 1, 'still one: the refused redeliveries queued nothing');

    // Once the attempt is over, a redelivery goes out as usual.
    const again = await t.call('POST', `/webhooks/deliveries/${delivery!.id}/retry`);
    assert.equal(again.status, 202, again.text);
    await waitUntil('the redelivery arrives', () => seen(receiver, delivery!.id) === 2);
  });

  it('connect-hub webhooks redeliver: filters from flags, a one-line summary', CLI_ONCE, async () => {
    failing = true;
    receiver.answer = () => ({ status: failing ? 500 : 200 });
    const c = await addEndpoint(t, { url: `${receiver.url}?e=cli`, events: ['account.created'] });
    await linkSandboxAccount(t);
    await waitUntil('a failed delivery on the CLI endpoint', async () => (await deliveries(t, c.id, 'failed')).length === 1);
    failing = false;
    const env = { ...process.env, FORCE_COLOR: '0', CONNECT_HUB_URL: t.server.url, CONNECT_HUB_API_KEY: t.apiKey };
    const text = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'webhooks', 'redeliver', '--endpoint', c.id, '--status', 'failed', '--since', '1h', '--until', new Date(Date.now() + 60_000).toISOString()], { env });
    assert.match(text.stdout, /^re-queued 1 delivery: they go out now/);
    await waitUntil('delivered', async () => (await deliveries(t, c.id, 'delivered')).length === 1);
    const json = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'webhooks', 'redeliver', '--endpoint', c.id, '--json'], { env });
    assert.deepEqual(JSON.parse(json.stdout), { queued: 0, delivery_ids: [], in_flight: [], has_more: false });
    const bad = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'webhooks', 'redeliver', '--since', 'last tuesday'], { env }).catch((error: { code: number; stderr: string }) => error);
    assert.equal((bad as { code: number }).code, 2, "a bad flag value is a usage error: exit 2");
    assert.match((bad as { stderr: string }).stderr, /"last tuesday" is not a time/);
  });
});
