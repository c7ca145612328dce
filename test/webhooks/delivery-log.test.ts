import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WebhookDelivery, WebhookDeliveryList } from '../../src/contract/index.js';
import { assertClientError, type TestServer } from '../server/harness.js';
import { WebhookReceiver, addEndpoint, linkSandboxAccount, startWebhookServer, waitUntil } from './support.js';

describe('GET /webhooks/deliveries and POST /webhooks/:id/test', () => {
  let t: TestServer;
  let receiver: WebhookReceiver;
  let endpointA: string;
  let endpointB: string;
  const accounts: string[] = [];
  before(async () => {
    t = await startWebhookServer();
    receiver = await WebhookReceiver.start();
    endpointA = (await addEndpoint(t, { url: receiver.url })).id;
    endpointB = (await addEndpoint(t, { url: `${receiver.url}?b`, events: ['account.deleted'] })).id;
    for (let i = 0; i < 3; i++) accounts.push(await linkSandboxAccount(t));
    await waitUntil('three deliveries', async () => (await log('status=delivered')).length === 3);
  });
  after(async () => {
    await t.stop();
    await receiver.stop();
  });

  async function log(query: string) {
    const result = await t.call('GET', `/webhooks/deliveries?${query}`);
    assert.equal(result.status, 200, result.text);
    return WebhookDeliveryList.parse(JSON.parse(result.text));
  }

  it('filters by account, endpoint, status and event on the server, with a total and pages', async () => {
    const one = await log(`account_id=${accounts[1]}`);
    assert.deepEqual(one.map((d) => d.account_id), [accounts[1]]);
    assert.equal((await log(`endpoint_id=${endpointB}`)).length, 0, 'B hears deletions only');
    assert.equal((await log('event=account.deleted')).length, 0);
    assert.equal((await log('event=account.created&status=delivered')).length, 3);
    const page = await t.call('GET', '/webhooks/deliveries?page_size=2');
    assert.equal(page.headers.get('x-total-count'), '3');
    assert.equal(page.headers.get('x-next-page'), '2');
    const ids = [...WebhookDeliveryList.parse(JSON.parse(page.text)), ...(await log('page_size=2&page=2'))].map((d) => d.account_id);
    assert.deepEqual(ids, [...accounts].reverse(), 'newest first, across pages');
  });

  it('filters by creation time range (inclusive) and refuses a bad one', async () => {
    const all = await log('');
    const middle = all[1]!.created_at;
    assert.deepEqual((await log(`from=${encodeURIComponent(middle)}`)).map((d) => d.id), all.slice(0, 2).map((d) => d.id));
    assert.deepEqual((await log(`to=${encodeURIComponent(middle)}`)).map((d) => d.id), all.slice(1).map((d) => d.id));
    assertClientError(await t.call('GET', '/webhooks/deliveries?from=yesterday'), 400, /^from:/);
    assertClientError(await t.call('GET', '/webhooks/deliveries?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z'), 400, /^to:/);
  });

  it('refuses bad filters with 400 naming the parameter, a foreign endpoint with 404', async () => {
    const status = await t.call('GET', '/webhooks/deliveries?status=lost');
    assertClientError(status, 400, /^status:/);
    assert.equal(status.body.field, 'status');
    assertClientError(await t.call('GET', '/webhooks/deliveries?event=account.exploded'), 400, /^event:/);
    assertClientError(await t.call('GET', `/webhooks/deliveries?account_id=${'x'.repeat(65)}`), 400, /^account_id:/);
    assertClientError(await t.call('GET', '/webhooks/deliveries?page_size=101'), 400, /^page_size:/);
    assertClientError(await t.call('GET', '/webhooks/deliveries?endpoint_id=whe_nope'), 404);
  });

  it('sends a signed test delivery to one endpoint only, logged and retryable like the others', async () => {
    const before = receiver.received.length;
    const queued = await t.call('POST', `/webhooks/${endpointB}/test`, { json: { event: 'account.deleted' } });
    assert.equal(queued.status, 202, queued.text);
    const delivery = WebhookDelivery.parse(queued.body);
    assert.equal(delivery.endpoint_id, endpointB);
    assert.equal(delivery.event, 'account.deleted');
    await waitUntil('the test delivery', () => receiver.received.length > before);
    const got = receiver.received.at(-1)!;
    assert.equal(got.headers['webhook-id'], delivery.id);
    assert.match(got.headers['webhook-signature'] ?? '', /^v1,/);
    assert.equal(got.json.event, 'account.deleted');
    assert.equal(got.json.account_id, 'test_account');
    await waitUntil('logged as delivered', async () => (await log(`endpoint_id=${endpointB}&status=delivered`)).some((d) => d.id === delivery.id));

    // A second test of the same endpoint is its own delivery (a new webhook-id); the default event is account.created.
    const again = await t.call('POST', `/webhooks/${endpointB}/test`);
    assert.equal(again.status, 202, again.text);
    assert.notEqual(again.body.id, delivery.id);
    assert.equal(again.body.event, 'account.created');
    const retried = await t.call('POST', `/webhooks/deliveries/${delivery.id}/retry`);
    assert.equal(retried.status, 202, retried.text);
  });

  it('GET /webhooks/stats: every endpoint’s deliveries, failures and newest delivery in one answer', async () => {
    receiver.answer = () => ({ status: 400 });
    const failed = await t.call('POST', `/webhooks/${endpointA}/test`);
    await waitUntil('the refused test to fail', async () => (await log(`endpoint_id=${endpointA}&status=failed`)).length === 1);
    await waitUntil('nothing pending', async () => (await log('status=pending')).length === 0);
    receiver.answer = () => ({ status: 200 });
    const stats = await t.call('GET', '/webhooks/stats');
    assert.equal(stats.status, 200, stats.text);
    const byEndpoint = new Map((stats.body as unknown as Array<{ endpoint_id: string }>).map((row) => [row.endpoint_id, row]));
    assert.deepEqual(byEndpoint.get(endpointA), { endpoint_id: endpointA, deliveries: 4, failed: 1, last_delivery: { id: failed.body.id, status: 'failed', created_at: failed.body.created_at } });
    const b = byEndpoint.get(endpointB) as unknown as { deliveries: number; failed: number };
    assert.deepEqual([b.deliveries, b.failed], [(await log(`endpoint_id=${endpointB}`)).length, (await log(`endpoint_id=${endpointB}&status=failed`)).length]);
    assert.equal(byEndpoint.size, 2);
  });

  it('refuses a test of an unknown or disabled endpoint, or a bad event', async () => {
    assertClientError(await t.call('POST', '/webhooks/whe_nope/test'), 404);
    const bad = await t.call('POST', `/webhooks/${endpointA}/test`, { json: { event: 'account.exploded' } });
    assertClientError(bad, 400);
    assert.equal(bad.body.field, 'event');
    assertClientError(await t.call('POST', `/webhooks/${endpointA}/test`, { json: { evnt: 'account.created' } }), 400);
    assert.equal((await t.call('PATCH', `/webhooks/${endpointA}`, { json: { enabled: false } })).status, 200);
    assertClientError(await t.call('POST', `/webhooks/${endpointA}/test`), 409);
  });
});
