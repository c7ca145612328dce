import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { AccountWebhookPayload, WebhookDeliveryList } from '../../src/contract/index.js';
import { createSession, type TestServer } from '../server/harness.js';
import { SANDBOX_HRIS, WebhookReceiver, addEndpoint, linkSandboxAccount, startWebhookServer, waitUntil } from './support.js';

function stackOneSignature(secret: string, body: string): string {
  return createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64')).update(body).digest('base64url');
}

async function deliveries(t: TestServer, endpointId: string) {
  const result = await t.call('GET', `/webhooks/${endpointId}/deliveries?page_size=100`);
  assert.equal(result.status, 200, result.text);
  return WebhookDeliveryList.parse(JSON.parse(result.text));
}

describe('webhook delivery (real server, real SQLite file, real HTTP receivers on loopback)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function setup(settings = {}): Promise<TestServer> {
    const t = await startWebhookServer(settings);
    cleanups.push(() => t.stop());
    return t;
  }
  async function receiver(): Promise<WebhookReceiver> {
    const r = await WebhookReceiver.start();
    cleanups.push(() => r.stop());
    return r;
  }

  it('linking the sandbox account through the auth link delivers one account.created, verified both ways', async () => {
    const t = await setup();
    const hook = await receiver();
    const { id: endpointId, secret } = await addEndpoint(t, { url: hook.url, events: ['account.created'] });
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);

    const accountId = await linkSandboxAccount(t);
    await waitUntil('the account.created webhook', () => hook.received.length >= 1);
    // One delivery row, and it is delivered: a dispatcher claims only pending rows, so none can follow.
    await waitUntil('the delivery recorded as delivered', async () => (await deliveries(t, endpointId))[0]?.status === 'delivered');
    assert.equal((await deliveries(t, endpointId)).length, 1, 'the event was fanned out once to this endpoint');
    assert.equal(hook.received.length, 1, 'exactly one delivery');

    const [request] = hook.received;
    assert.ok(request);
    const verified = new Webhook(secret).verify(request.body, request.headers);
    const payload = AccountWebhookPayload.parse(verified);
    assert.equal(payload.event, 'account.created');
    assert.equal(payload.account_id, accountId);
    assert.equal(payload.record_id, accountId);
    assert.equal(payload.provider, 'sandbox_hris');
    assert.equal(payload.origin_owner_id, 'org-webhooks');
    assert.equal(payload.project_id, t.server.project.id);
    assert.deepEqual(payload.setup_information, { subdomain: 'acme' });
    assert.equal(request.body.includes('sandbox_good'), false, 'the API key never leaves in a webhook');
    assert.equal(request.headers['x-stackone-signature'], stackOneSignature(secret, request.body));
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['user-agent'], 'connect-hub');
    assert.match(request.headers['webhook-id'] ?? '', /^msg_/);
    assert.throws(() => new Webhook(secret).verify(request.body.replace('acme', 'acmf'), request.headers), /signature/i);

    const [delivery] = await deliveries(t, endpointId);
    assert.equal(delivery?.id, request.headers['webhook-id']);
    assert.equal(delivery?.status, 'delivered');
    assert.equal(delivery?.attempts, 1);
    assert.equal(delivery?.last_status_code, 200);
  });

  it('a committed account change wakes the dispatcher at once: no poll is needed', async () => {
    const t = await setup({ pollIntervalMs: 600_000 });
    const hook = await receiver();
    await addEndpoint(t, { url: hook.url, events: ['account.created', 'account.updated'] });
    const accountId = await linkSandboxAccount(t);
    await waitUntil('account.created without a poll', () => hook.received.length === 1, 5_000);
    const patched = await t.call('PATCH', `/accounts/${accountId}`, { json: { label: 'renamed' } });
    assert.equal(patched.status, 200, patched.text);
    await waitUntil('account.updated without a poll', () => hook.received.length === 2, 5_000);
  });

  it('account.updated and account.deleted follow the Accounts API, filtered per endpoint', async () => {
    const t = await setup();
    const all = await receiver();
    const deletedOnly = await receiver();
    const allEndpoint = await addEndpoint(t, { url: all.url });
    const deletedEndpoint = await addEndpoint(t, { url: deletedOnly.url, events: ['account.deleted'] });
    const { token } = await createSession(t, { origin_owner_id: 'org-lifecycle' });
    const accountId = await linkSandboxAccount(t, token);
    const hubPatch = await t.call('PATCH', `/hub/accounts/${accountId}`, { token, json: { ...SANDBOX_HRIS, credentials: { subdomain: 'globex' } } });
    assert.equal(hubPatch.status, 200, hubPatch.text);
    assert.equal((await t.call('PATCH', `/accounts/${accountId}`, { json: { label: 'renamed' } })).status, 200);
    assert.equal((await t.call('DELETE', `/accounts/${accountId}`)).status, 200);
    await waitUntil('four events at the catch-all endpoint', () => all.received.length >= 4);
    await waitUntil('the deletion at the filtered endpoint', () => deletedOnly.received.length >= 1);
    // What each endpoint was given is its delivery rows; all delivered (terminal), so nothing more arrives.
    for (const [endpoint, count] of [[allEndpoint, 4], [deletedEndpoint, 1]] as const) {
      await waitUntil('every delivery delivered', async () => (await deliveries(t, endpoint.id)).every((d) => d.status === 'delivered'));
      assert.equal((await deliveries(t, endpoint.id)).length, count);
    }
    assert.deepEqual(all.received.map((r) => r.json.event).sort(), ['account.created', 'account.deleted', 'account.updated', 'account.updated']);
    assert.ok(all.received.some((r) => (r.json.setup_information as Record<string, string> | undefined)?.subdomain === 'globex'));
    assert.deepEqual(deletedOnly.received.map((r) => r.json.event), ['account.deleted']);
  });

  it('500 three times then 200: delivered on the 4th attempt, same webhook-id, attempts logged', async () => {
    const t = await setup();
    const hook = await receiver();
    hook.answer = (_request, index) => ({ status: index < 3 ? 500 : 200 });
    const { id: endpointId, secret } = await addEndpoint(t, { url: hook.url });
    await linkSandboxAccount(t);
    await waitUntil('four attempts', () => hook.received.length >= 4);
    await waitUntil('the log to say delivered', async () => (await deliveries(t, endpointId))[0]?.status === 'delivered');
    // Delivered is terminal (only pending rows are claimed): the count now is the final one.
    assert.equal(hook.received.length, 4, 'nothing after the 200');
    const ids = new Set(hook.received.map((r) => r.headers['webhook-id']));
    assert.equal(ids.size, 1, 'one webhook-id across retries');
    for (const request of hook.received) new Webhook(secret).verify(request.body, request.headers);
    const [delivery] = await deliveries(t, endpointId);
    assert.equal(delivery?.attempts, 4);
    assert.equal(delivery?.last_status_code, 200);
    assert.equal(delivery?.id, [...ids][0]);
    assert.ok(delivery?.delivered_at);
  });

  it('410 and 400 are not retried; 429 waits for Retry-After', async () => {
    const t = await setup();
    const gone = await receiver();
    gone.answer = () => ({ status: 410 });
    const bad = await receiver();
    bad.answer = () => ({ status: 400 });
    const busy = await receiver();
    busy.answer = (_request, index) => (index === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 });
    const goneEndpoint = await addEndpoint(t, { url: gone.url });
    const badEndpoint = await addEndpoint(t, { url: bad.url });
    await addEndpoint(t, { url: busy.url });
    await linkSandboxAccount(t);
    await waitUntil('the 429 endpoint to be retried', () => busy.received.length >= 2);
    // Not retried = failed with no next attempt, after one: the store says no attempt is left, no wait needed.
    for (const endpoint of [goneEndpoint, badEndpoint]) {
      await waitUntil('the refusal recorded', async () => (await deliveries(t, endpoint.id))[0]?.status === 'failed');
    }
    assert.equal(gone.received.length, 1);
    assert.equal(bad.received.length, 1);
    const [first, second] = busy.received;
    assert.ok(first && second);
    assert.ok(second.receivedAt - first.receivedAt >= 900, `Retry-After: 1 honoured (waited ${second.receivedAt - first.receivedAt} ms)`);
    for (const [endpoint, code] of [[goneEndpoint, 410], [badEndpoint, 400]] as const) {
      const [delivery] = await deliveries(t, endpoint.id);
      assert.equal(delivery?.status, 'failed');
      assert.equal(delivery?.attempts, 1);
      assert.equal(delivery?.last_status_code, code);
      assert.equal(delivery?.next_attempt_at, null);
    }
  });

  it('receiver down while 100 accounts are linked, then up: all 100 delivered, none lost', async () => {
    const t = await setup();
    const hook = await receiver();
    const { id: endpointId } = await addEndpoint(t, { url: hook.url, events: ['account.created'] });
    await hook.stop();
    const linked: string[] = [];
    for (let batch = 0; batch < 10; batch++) {
      // A session per batch: one session may submit 30 times in 10 minutes (CONNECT_HUB_RATE_LIMIT_SUBMITS).
      const { token } = await createSession(t, { origin_owner_id: 'org-outage', multiple: true });
      linked.push(...(await Promise.all(Array.from({ length: 10 }, () => linkSandboxAccount(t, token)))));
    }
    assert.equal(new Set(linked).size, 100);
    const log = await deliveries(t, endpointId);
    assert.ok(log.some((d) => d.attempts >= 1 && d.status === 'pending' && d.last_error), 'attempts failed while the receiver was down');
    assert.equal(hook.received.length, 0);

    await hook.listen();
    await waitUntil('all 100 account.created', () => hook.createdAccountIds().size >= 100, 30_000);
    assert.deepEqual([...hook.createdAccountIds()].sort(), [...linked].sort());
    await waitUntil('every delivery logged as delivered', async () => (await deliveries(t, endpointId)).every((d) => d.status === 'delivered'));
    const final = await deliveries(t, endpointId);
    assert.equal(final.length, 100);
    const retried = final.filter((d) => d.attempts >= 2).length;
    // How many were tried while it was down depends on machine load; that nothing was lost does not.
    assert.ok(retried >= 1, 'deliveries were retried after failing while the receiver was down');
  });

  it('a receiver that takes 10 s does not hold up another endpoint', async () => {
    const t = await setup({ timeoutMs: 15_000 });
    const slow = await receiver();
    slow.answer = () => ({ status: 200, delayMs: 10_000 });
    const fast = await receiver();
    await addEndpoint(t, { url: slow.url });
    await addEndpoint(t, { url: fast.url });
    const started = Date.now();
    const { token } = await createSession(t, { origin_owner_id: 'org-slow', multiple: true });
    const linked = await Promise.all(Array.from({ length: 6 }, () => linkSandboxAccount(t, token)));
    await waitUntil('the fast endpoint to get all 6', () => fast.createdAccountIds().size >= 6, 9_000);
    assert.equal(slow.answered, 0, 'the slow receiver has not answered anything yet');
    assert.ok(slow.received.length >= 1 && slow.received.length <= 2, `the slow endpoint holds at most its share of slots (${slow.received.length})`);
    assert.deepEqual([...fast.createdAccountIds()].sort(), [...linked].sort());
    assert.ok(Date.now() - started < 9_000);
  });

  it('rotation: both secrets sign during the overlap; with no overlap only the new one', async () => {
    const t = await setup();
    const hook = await receiver();
    const { id, secret: oldSecret } = await addEndpoint(t, { url: hook.url, events: ['account.created'] });
    const rotated = await t.call('POST', `/webhooks/${id}/rotate`);
    assert.equal(rotated.status, 200, rotated.text);
    const newSecret = String(rotated.body.secret);
    assert.notEqual(newSecret, oldSecret);
    assert.ok(Date.parse(String(rotated.body.previous_secret_expires_at)) - Date.now() > 23 * 3600_000, 'default overlap is a day');

    await linkSandboxAccount(t);
    await waitUntil('a delivery', () => hook.received.length >= 1);
    const [during] = hook.received;
    assert.ok(during);
    assert.equal(during.headers['webhook-signature']?.split(' ').length, 2);
    new Webhook(oldSecret).verify(during.body, during.headers);
    new Webhook(newSecret).verify(during.body, during.headers);
    assert.equal(during.headers['x-stackone-signature'], stackOneSignature(newSecret, during.body));

    const immediate = await t.call('POST', `/webhooks/${id}/rotate`, { json: { overlap_seconds: 0 } });
    const latestSecret = String(immediate.body.secret);
    await linkSandboxAccount(t);
    await waitUntil('a second delivery', () => hook.received.length >= 2);
    const after = hook.received[1];
    assert.ok(after);
    assert.equal(after.headers['webhook-signature']?.split(' ').length, 1);
    new Webhook(latestSecret).verify(after.body, after.headers);
    assert.throws(() => new Webhook(newSecret).verify(after.body, after.headers));
  });

  it('a disabled endpoint stops: pending deliveries are cancelled and new events skip it', async () => {
    const t = await setup();
    const hook = await receiver();
    hook.answer = () => ({ status: 503 });
    // An endpoint that stays enabled: when it has an event, that event has been fanned out to every endpoint.
    const witness = await receiver();
    const { id } = await addEndpoint(t, { url: hook.url });
    const witnessEndpoint = await addEndpoint(t, { url: witness.url, events: ['account.created'] });
    await linkSandboxAccount(t);
    await waitUntil('a first failed attempt', () => hook.received.length >= 1);
    const disabled = await t.call('PATCH', `/webhooks/${id}`, { json: { enabled: false } });
    assert.equal(disabled.status, 200, disabled.text);
    assert.equal(disabled.body.enabled, false);
    await waitUntil('the pending delivery cancelled', async () => (await deliveries(t, id))[0]?.status === 'cancelled');
    const later = await linkSandboxAccount(t);
    await waitUntil('the later event fanned out (the witness has it)', async () => (await deliveries(t, witnessEndpoint.id)).length === 2);
    assert.ok(!hook.received.some((r) => r.json.account_id === later), 'the disabled endpoint never got the later event');
    const log = await deliveries(t, id);
    assert.equal(log.length, 1, 'the event after disabling was not fanned out to it');
    assert.equal(log[0]?.status, 'cancelled', 'and cancelled is final: it is never claimed again');
    assert.equal(log[0]?.next_attempt_at, null);

    const retried = await t.call('POST', `/webhooks/deliveries/${log[0]?.id}/retry`);
    assert.equal(retried.status, 409, 'a disabled endpoint cannot be redelivered to');
  });

  it('redeliver by hand: a failed delivery goes out again with the same webhook-id', async () => {
    const t = await setup();
    const hook = await receiver();
    hook.answer = (_request, index) => ({ status: index === 0 ? 400 : 204 });
    const { id } = await addEndpoint(t, { url: hook.url });
    await linkSandboxAccount(t);
    await waitUntil('the failed delivery', async () => (await deliveries(t, id))[0]?.status === 'failed');
    const [failed] = await deliveries(t, id);
    const retried = await t.call('POST', `/webhooks/deliveries/${failed?.id}/retry`);
    assert.equal(retried.status, 202, retried.text);
    await waitUntil('the redelivery', () => hook.received.length >= 2);
    assert.equal(hook.received[1]?.headers['webhook-id'], failed?.id);
    await waitUntil('delivered', async () => (await deliveries(t, id))[0]?.status === 'delivered');
    const [delivered] = await deliveries(t, id);
    assert.equal(delivered?.attempts, 2);
    assert.equal(delivered?.last_status_code, 204);
  });
});
