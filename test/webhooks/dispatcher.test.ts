import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../../src/server/webhooks/settings.js';
import { isRetryableStatus, retryAfterMs, withSentAt } from '../../src/server/webhooks/dispatcher.js';
import { storeQuery } from '../server/harness.js';
import { linkAccount, startDrainBench, storedDeliveries, type DrainBench } from './drain-bench.js';
import { WebhookReceiver, waitUntil } from './support.js';

/**
 * What the dispatcher records and sends for each kind of answer, stepped pass by pass on the drain bench (the
 * injected clock, random at 0.5 so the jitter sits at its midpoint): exact outcomes, delays, log lines and
 * counters, read from the store and /metrics after a pass that has finished.
 */

describe('retryAfterMs, isRetryableStatus, withSentAt', () => {
  const now = new Date('2026-12-03T12:00:00.000Z');

  it('Retry-After: whole seconds or an HTTP date, never negative, at most a day; anything else is no wait', () => {
    assert.equal(retryAfterMs(null, now), undefined);
    assert.equal(retryAfterMs('', now), undefined);
    assert.equal(retryAfterMs(' 7 ', now), 7_000);
    assert.equal(retryAfterMs('0', now), 0);
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('86401', now), 86_400_000);
    assert.equal(retryAfterMs('Thu, 03 Dec 2026 12:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Thu, 03 Dec 2026 11:00:00 GMT', now), 0, 'a date in the past: no wait');
    assert.equal(retryAfterMs('Fri, 04 Dec 2026 13:00:00 GMT', now), 86_400_000);
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs('x5', now), undefined, 'digits only at the end are no number of seconds');
    assert.equal(retryAfterMs('5 x', now), undefined, 'digits only at the start neither');
    // A date that begins or ends in digits is still a date, not a number of seconds.
    assert.equal(retryAfterMs('2026-12-03T12:00:30+00:00', now), 30_000);
    assert.equal(retryAfterMs('2026-12-03T12:01:00Z', now), 60_000);
  });

  it('retries 408, 429 and 5xx only', () => {
    const retried = [300, 301, 400, 401, 404, 407, 408, 409, 410, 428, 429, 430, 499, 500, 502, 503, 599].filter(isRetryableStatus);
    assert.deepEqual(retried, [408, 429, 500, 502, 503, 599]);
  });

  it('stamps sent_at last, without parsing the stored payload again', () => {
    const at = '2026-12-03T12:00:00.000Z';
    assert.equal(withSentAt('{"event":"account.created","data":{}}', at), `{"event":"account.created","data":{},"sent_at":"${at}"}`);
    assert.equal(withSentAt('{"a":1}\n  ', at), `{"a":1,"sent_at":"${at}"}`);
    assert.equal(withSentAt('{}', at), `{"sent_at":"${at}"}`);
    assert.equal(withSentAt('{ \n }', at), `{"sent_at":"${at}"}`);
    assert.equal(withSentAt('[1]', at), `{"0":1,"sent_at":"${at}"}`, 'not an object: parsed and stamped');
    // Stamped onto the text as stored: its spacing kept (a parse and stringify would drop it), nested objects left alone.
    assert.equal(withSentAt('{"a": 1}\n', at), `{"a": 1,"sent_at":"${at}"}`);
    assert.equal(withSentAt(' {"a": {}}', at), ` {"a": {},"sent_at":"${at}"}`);
  });
});

describe('the dispatcher on the drain bench', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function bench(webhooks: Partial<WebhookSettings> = {}, config: Parameters<typeof startDrainBench>[0] = {}, random?: () => number): Promise<DrainBench> {
    const b = await startDrainBench({ ...config, webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, ...webhooks } }, random);
    cleanups.push(() => b.stop());
    return b;
  }
  async function receiver(): Promise<WebhookReceiver> {
    const r = await WebhookReceiver.start();
    cleanups.push(() => r.stop());
    return r;
  }
  async function endpoint(b: DrainBench, url: string): Promise<{ id: string; secret: string }> {
    const created = await b.call('POST', '/webhooks', { json: { url, events: ['account.created'] } });
    assert.equal(created.status, 201, created.text);
    return { id: String(created.body.id), secret: String(created.body.secret) };
  }
  /** A receiver that answers every request with `status` and `body`, as given. */
  async function answering(status: number, body: string): Promise<string> {
    const server: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/in`;
  }
  async function attempts(b: DrainBench): Promise<Record<string, number>> {
    const response = await fetch(`${b.url}/metrics`);
    assert.equal(response.status, 200);
    const text = await response.text();
    const counts: Record<string, number> = { delivered: 0, failed: 0, retry_scheduled: 0 };
    for (const match of text.matchAll(/^connect_hub_webhook_delivery_attempts_total\{outcome="(\w+)"\} (\d+)$/gm)) counts[match[1]!] = Number(match[2]);
    return counts;
  }
  function delayOf(b: DrainBench, nextAttemptAt: string | null): number {
    return Date.parse(nextAttemptAt!) - b.clock.now().getTime();
  }

  it('a 2xx: delivered, the body signed and stamped at the send, the headers as documented, counted', async () => {
    const b = await bench();
    const hook = await receiver();
    hook.answer = () => ({ status: 204 });
    const { id, secret } = await endpoint(b, hook.url);
    const accountId = await linkAccount(b);
    await b.drain();
    const [delivery] = await storeQuery<{ id: string; status: string; next_attempt_at: string | null; last_status_code: number; last_error: string | null; delivered_at: string; sending_until: string | null }>(
      b,
      'select * from webhook_deliveries where endpoint_id = ?',
      id,
    );
    assert.equal(delivery?.status, 'delivered');
    assert.equal(delivery.next_attempt_at, null);
    assert.equal(Number(delivery.last_status_code), 204);
    assert.equal(delivery.last_error, null);
    assert.equal(delivery.delivered_at, b.clock.now().toISOString());
    assert.equal(delivery.sending_until, null);
    const [request] = hook.received;
    assert.equal(hook.received.length, 1);
    assert.equal(request?.headers['webhook-id'], delivery.id);
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['user-agent'], 'connect-hub');
    assert.equal(request.headers['webhook-timestamp'], String(Math.floor(b.clock.now().getTime() / 1000)));
    new Webhook(secret).verify(request.body, request.headers);
    assert.equal(request.json.sent_at, b.clock.now().toISOString());
    assert.equal(request.json.account_id, accountId);
    assert.ok(request.body.endsWith(`"sent_at":"${b.clock.now().toISOString()}"}`));
    assert.deepEqual(await attempts(b), { delivered: 1, failed: 0, retry_scheduled: 0 });
    assert.equal(b.logLines.filter((line) => line.includes('webhooks: delivery')).length, 0, 'a success is not logged as a failed attempt');
  });

  it('a 5xx: retried after the scheduled delay (or Retry-After, if longer), the answer quoted, logged, counted', async () => {
    const b = await bench({ retryScheduleMs: [5_000, 30_000, 60_000] });
    const url = await answering(503, `  ${'x'.repeat(400)}  `);
    const { id } = await endpoint(b, url);
    await linkAccount(b);
    await b.drain();
    let [delivery] = await storedDeliveries(b, id);
    assert.equal(delivery?.status, 'pending');
    assert.equal(delivery.attempts, 1);
    assert.equal(delivery.last_status_code, 503);
    assert.equal(delivery.last_error, `HTTP 503: ${'x'.repeat(298)}`, 'the start of the answer (300 bytes), trimmed');
    assert.equal(delayOf(b, delivery.next_attempt_at), 5_000);
    assert.ok(b.logLines.includes(`webhooks: delivery ${delivery.id} to endpoint ${id} attempt 1: HTTP 503`), b.logLines.join('\n'));
    assert.deepEqual(await attempts(b), { delivered: 0, failed: 0, retry_scheduled: 1 });

    b.clock.advanceSeconds(5);
    await b.drain();
    [delivery] = await storedDeliveries(b, id);
    assert.equal(delivery?.attempts, 2);
    assert.equal(delayOf(b, delivery.next_attempt_at), 30_000, 'the second retry waits the second delay');
    assert.ok(b.logLines.includes(`webhooks: delivery ${delivery.id} to endpoint ${id} attempt 2: HTTP 503`));
  });

  it('Retry-After longer than the scheduled delay wins; a shorter one does not shorten it', async () => {
    const b = await bench({ retryScheduleMs: [5_000, 5_000] });
    const hook = await receiver();
    hook.answer = (_request, index) => ({ status: 429, headers: { 'retry-after': index === 0 ? '60' : '1' } });
    const { id } = await endpoint(b, hook.url);
    await linkAccount(b);
    await b.drain();
    let [delivery] = await storedDeliveries(b, id);
    assert.deepEqual([delivery?.status, delivery?.last_status_code, delivery?.last_error], ['pending', 429, 'HTTP 429: status 429']);
    assert.equal(delayOf(b, delivery!.next_attempt_at), 60_000);
    b.clock.advanceSeconds(60);
    await b.drain();
    [delivery] = await storedDeliveries(b, id);
    assert.equal(delayOf(b, delivery!.next_attempt_at), 5_000);
  });

  it('an empty error answer is quoted as the status alone; the last retry used up, the delivery fails and says after how many', async () => {
    const b = await bench({ retryScheduleMs: [1_000] });
    const url = await answering(500, '');
    const { id } = await endpoint(b, url);
    await linkAccount(b);
    await b.drain();
    b.clock.advanceSeconds(1);
    await b.drain();
    const [delivery] = await storedDeliveries(b, id);
    assert.deepEqual(
      [delivery?.status, delivery?.attempts, delivery?.next_attempt_at, delivery?.last_status_code, delivery?.last_error],
      ['failed', 2, null, 500, 'HTTP 500 (gave up after 2 attempts)'],
    );
    assert.deepEqual(await attempts(b), { delivered: 0, failed: 1, retry_scheduled: 1 });

    // Redelivered by hand: a fresh schedule counted from the attempts made so far.
    const retried = await b.call('POST', `/webhooks/deliveries/${delivery!.id}/retry`);
    assert.equal(retried.status, 202, retried.text);
    await b.drain();
    const [again] = await storedDeliveries(b, id);
    assert.deepEqual([again?.status, again?.attempts, delayOf(b, again!.next_attempt_at)], ['pending', 3, 1_000]);
    b.clock.advanceSeconds(1);
    await b.drain();
    const [done] = await storedDeliveries(b, id);
    assert.deepEqual([done?.status, done?.attempts, done?.last_error], ['failed', 4, 'HTTP 500 (gave up after 4 attempts)']);
  });

  it('no retries configured: the first retryable failure is final', async () => {
    const b = await bench({ retryScheduleMs: [] });
    const hook = await receiver();
    hook.answer = () => ({ status: 408 });
    const { id } = await endpoint(b, hook.url);
    await linkAccount(b);
    await b.drain();
    const [delivery] = await storedDeliveries(b, id);
    assert.deepEqual([delivery?.status, delivery?.last_status_code, delivery?.last_error], ['failed', 408, 'HTTP 408: status 408 (gave up after 1 attempts)']);
  });

  it('a 4xx or a 3xx is final at once, with the answer quoted', async () => {
    const b = await bench();
    const redirect = await answering(302, 'moved');
    const refused = await answering(422, 'unprocessable\n');
    const first = await endpoint(b, redirect);
    const second = await endpoint(b, refused);
    await linkAccount(b);
    await b.drain();
    const [moved] = await storedDeliveries(b, first.id);
    assert.deepEqual([moved?.status, moved?.next_attempt_at, moved?.last_status_code, moved?.last_error], ['failed', null, 302, 'HTTP 302: moved']);
    const [gone] = await storedDeliveries(b, second.id);
    assert.deepEqual([gone?.status, gone?.next_attempt_at, gone?.last_status_code, gone?.last_error], ['failed', null, 422, 'HTTP 422: unprocessable']);
    assert.deepEqual(await attempts(b), { delivered: 0, failed: 2, retry_scheduled: 0 });
    assert.ok(b.logLines.includes(`webhooks: delivery ${gone!.id} to endpoint ${second.id} attempt 1: HTTP 422`));
  });

  it('300 is no success: failed at once, quoted; a network error after a 5xx clears the status code', async () => {
    const b = await bench({ retryScheduleMs: [1_000, 1_000] });
    const multiple = await endpoint(b, await answering(300, 'choose'));
    const hook = await receiver();
    hook.answer = () => ({ status: 503 });
    const flaky = await endpoint(b, hook.url);
    await linkAccount(b);
    await b.drain();
    const [chosen] = await storedDeliveries(b, multiple.id);
    assert.deepEqual([chosen?.status, chosen?.last_status_code, chosen?.last_error], ['failed', 300, 'HTTP 300: choose']);
    assert.equal((await storedDeliveries(b, flaky.id))[0]?.last_status_code, 503);
    await hook.stop();
    b.clock.advanceSeconds(1);
    await b.drain();
    const [unreachable] = await storedDeliveries(b, flaky.id);
    assert.equal(unreachable?.attempts, 2);
    assert.equal(unreachable.last_status_code, null, 'no answer, so no status code (not the previous attempt’s)');
    assert.match(unreachable.last_error ?? '', /^network error: /);
  });

  it('the jitter spreads a retry between 0.75 and 1.25 of its scheduled delay', async () => {
    for (const [random, delay] of [[0, 7_500], [0.999, 12_495]] as const) {
      const b = await bench({ retryScheduleMs: [10_000] }, {}, () => random);
      const hook = await receiver();
      hook.answer = () => ({ status: 500 });
      const { id } = await endpoint(b, hook.url);
      await linkAccount(b);
      await b.drain();
      assert.equal(delayOf(b, (await storedDeliveries(b, id))[0]!.next_attempt_at), delay, `random ${random}`);
    }
  });

  it('a receiver that cannot be reached: a network error, retried, no status code', async () => {
    const b = await bench({ retryScheduleMs: [2_000] });
    const hook = await receiver();
    const url = hook.url;
    await hook.stop();
    const { id } = await endpoint(b, url);
    await linkAccount(b);
    await b.drain();
    const [delivery] = await storedDeliveries(b, id);
    assert.equal(delivery?.status, 'pending');
    assert.equal(delivery.last_status_code, null);
    assert.match(delivery.last_error ?? '', /^network error: could not connect to 127\.0\.0\.1:\d+/);
    assert.equal(delayOf(b, delivery.next_attempt_at), 2_000);
    assert.ok(b.logLines.some((line) => line.startsWith(`webhooks: delivery ${delivery.id} to endpoint ${id} attempt 1: network error: could not connect`)));
    assert.deepEqual(await attempts(b), { delivered: 0, failed: 0, retry_scheduled: 1 });
  });

  it('a loopback receiver the operator did not allow: refused for good, saying which setting allows it', async () => {
    const b = await bench({}, { webhookAllowPrivate: false });
    const hook = await receiver();
    const { id } = await endpoint(b, hook.url);
    await linkAccount(b);
    await b.drain();
    const [delivery] = await storedDeliveries(b, id);
    assert.equal(delivery?.status, 'failed');
    assert.equal(delivery.next_attempt_at, null);
    assert.equal(delivery.last_status_code, null);
    assert.match(delivery.last_error ?? '', /^refused: .+; set CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE=on to deliver to private or loopback receivers$/);
    assert.equal(hook.received.length, 0);
    assert.deepEqual(await attempts(b), { delivered: 0, failed: 1, retry_scheduled: 0 });
  });

  it('an endpoint disabled after the fan-out (behind the API): its claimed delivery is cancelled, not sent', async () => {
    const b = await bench({ retryScheduleMs: [1_000] });
    const hook = await receiver();
    hook.answer = () => ({ status: 500 });
    const { id } = await endpoint(b, hook.url);
    await linkAccount(b);
    await b.drain();
    // Disabled in the store, so its pending retry was not cancelled with it (as the API does).
    await storeQuery(b, 'update webhook_endpoints set enabled = 0 where id = ?', id);
    b.clock.advanceSeconds(1);
    await b.drain();
    const [delivery] = await storedDeliveries(b, id);
    assert.deepEqual([delivery?.status, delivery?.attempts, delivery?.next_attempt_at, delivery?.last_error], ['cancelled', 2, null, 'endpoint disabled']);
    assert.equal(hook.received.length, 1, 'the retry was not sent');
    assert.deepEqual(await attempts(b), { delivered: 0, failed: 0, retry_scheduled: 1 });
  });

  it('a signing secret that no longer decrypts: failed with what to do, nothing sent; other endpoints are sent', async () => {
    const b = await bench();
    const broken = await receiver();
    const fine = await receiver();
    const bad = await endpoint(b, broken.url);
    const good = await endpoint(b, fine.url);
    const [other] = await storeQuery<{ secret_ciphertext: string }>(b, 'select secret_ciphertext from webhook_endpoints where id = ?', good.id);
    // Another endpoint's ciphertext: sealed with its id as associated data, it does not open for this one.
    await storeQuery(b, 'update webhook_endpoints set secret_ciphertext = ? where id = ?', other!.secret_ciphertext, bad.id);
    await linkAccount(b);
    await b.drain();
    const [delivery] = await storedDeliveries(b, bad.id);
    assert.deepEqual(
      [delivery?.status, delivery?.next_attempt_at, delivery?.last_error],
      ['failed', null, 'the signing secret cannot be decrypted (was the server key changed?); rotate it, then retry'],
    );
    assert.equal(broken.received.length, 0);
    assert.equal((await storedDeliveries(b, good.id))[0]?.status, 'delivered');
    assert.deepEqual(await attempts(b), { delivered: 1, failed: 1, retry_scheduled: 0 });
  });

  it('a send in flight is leased until the timeout plus a margin; a shutdown cuts it and leaves it due at once, not counted', async () => {
    const b = await bench({ timeoutMs: 7_000 });
    const hook = await receiver();
    hook.answer = () => ({ status: 200, delayMs: 5_000 });
    const { id } = await endpoint(b, hook.url);
    await linkAccount(b);
    const draining = b.drain();
    await waitUntil('the send to reach the receiver', () => hook.received.length === 1);
    const [leased] = await storeQuery<{ sending_until: string; next_attempt_at: string; last_attempt_at: string; attempts: number }>(b, 'select * from webhook_deliveries where endpoint_id = ?', id);
    const now = b.clock.now().getTime();
    assert.equal(Date.parse(leased!.sending_until) - now, 12_000, 'the 7 s timeout and a 5 s margin');
    assert.equal(leased!.next_attempt_at, leased!.sending_until);
    assert.equal(leased!.last_attempt_at, b.clock.now().toISOString());
    await b.dispatcher.stop();
    await draining;
    const [delivery] = await storedDeliveries(b, id);
    assert.deepEqual([delivery?.status, delivery?.attempts, delivery?.last_error], ['pending', 1, 'interrupted by a server shutdown']);
    assert.equal(delayOf(b, delivery!.next_attempt_at), 0);
    assert.deepEqual(await attempts(b), { delivered: 0, failed: 0, retry_scheduled: 0 });
    assert.equal(b.logLines.filter((line) => line.includes(`webhooks: delivery ${delivery!.id}`)).length, 0, 'a shutdown is no failed attempt');
    await b.dispatcher.drainOnce();
    assert.equal(hook.received.length, 1, 'a stopped dispatcher sends nothing');
  });

  /**
   * Two passes at once: the second claims while the first one's sends are still in flight (the receivers below
   * take 1.5 s, far longer than a claim even on a loaded machine).
   */
  async function twoPassesAtOnce(b: DrainBench): Promise<void> {
    await Promise.all([b.drain(), b.drain()]);
  }
  async function sent(b: DrainBench, endpointId: string): Promise<number> {
    return (await storedDeliveries(b, endpointId)).filter((d) => d.attempts > 0).length;
  }

  it('sends at most endpointConcurrency to one endpoint, counting the sends in flight', async () => {
    const b = await bench({ concurrency: 8, endpointConcurrency: 2 });
    const slow = await receiver();
    slow.answer = () => ({ status: 200, delayMs: 1_500 });
    const { id } = await endpoint(b, slow.url);
    for (let i = 0; i < 3; i++) await linkAccount(b);
    await twoPassesAtOnce(b);
    assert.equal(await sent(b, id), 2, 'two in flight: the second pass took none');
    await b.drain();
    assert.equal(await sent(b, id), 3, 'the slots are free again once the sends ended');
  });

  it('sends at most concurrency at once across endpoints, counting the sends in flight', async () => {
    const b = await bench({ concurrency: 1, endpointConcurrency: 8 });
    const slow = await receiver();
    slow.answer = () => ({ status: 200, delayMs: 1_500 });
    const { id } = await endpoint(b, slow.url);
    for (let i = 0; i < 2; i++) await linkAccount(b);
    await twoPassesAtOnce(b);
    assert.equal(await sent(b, id), 1);
    await b.drain();
    assert.equal(await sent(b, id), 2);
  });

  it('started: a committed account change is sent at once, with no poll and no drain; after stop, nothing more', async () => {
    // A poll an hour apart: what is sent here was sent because of the nudge.
    const b = await bench({ pollIntervalMs: 3_600_000 });
    const hook = await receiver();
    const { id } = await endpoint(b, hook.url);
    b.dispatcher.start();
    b.dispatcher.start();
    const accountId = await linkAccount(b);
    await waitUntil('the account.created', () => hook.events('account.created').length === 1);
    assert.equal(hook.received[0]?.json.account_id, accountId);
    await waitUntil('recorded as delivered', async () => (await storedDeliveries(b, id))[0]?.status === 'delivered');
    assert.equal(b.logLines.filter((line) => line.startsWith('webhooks: dispatcher pass failed')).length, 0);
  });

  it('started: a send that ends frees its slot, and the next due delivery of that endpoint goes out without a nudge', async () => {
    const b = await bench({ pollIntervalMs: 3_600_000, endpointConcurrency: 1 });
    const hook = await receiver();
    hook.answer = () => ({ status: 200, delayMs: 100 });
    const { id } = await endpoint(b, hook.url);
    for (let i = 0; i < 3; i++) await linkAccount(b);
    b.dispatcher.start();
    await waitUntil('all three delivered, one after another', async () => (await storedDeliveries(b, id)).filter((d) => d.status === 'delivered').length === 3);
    const times = hook.received.map((r) => r.receivedAt);
    assert.equal(new Set(hook.received.map((r) => r.headers['webhook-id'])).size, 3);
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 90, 'one at a time: each after the previous answer');
  });

  it('fans out more events than one batch (200) in one pass', async () => {
    const b = await bench({ concurrency: 1 });
    const hook = await receiver();
    const { id } = await endpoint(b, hook.url);
    const accountId = await linkAccount(b);
    const [event] = await storeQuery<Record<string, unknown>>(b, 'select * from account_events');
    const columns = Object.keys(event!).filter((column) => column !== 'id');
    for (let i = 0; i < 200; i++) {
      const values = columns.map((column) => (column === 'dispatched_at' ? null : event![column]));
      await storeQuery(b, `insert into account_events (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`, ...values);
    }
    assert.ok(accountId);
    await b.drain();
    const [count] = await storeQuery<{ n: number | string }>(b, 'select count(*) as n from webhook_deliveries where endpoint_id = ?', id);
    assert.equal(Number(count!.n), 201);
    const [left] = await storeQuery<{ n: number | string }>(b, 'select count(*) as n from account_events where dispatched_at is null');
    assert.equal(Number(left!.n), 0);
    assert.equal(hook.received.length, 1, 'concurrency 1: one send per pass');
  });
});
