import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { readConfig } from '../../src/server/config.js';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../src/server/webhooks/settings.js';
import { linkAccount, startDrainBench, storedDeliveries, type DrainBench } from './drain-bench.js';
import { WebhookReceiver } from './support.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The default schedule as settings.ts documents it: 10 retries over about 23.7 hours, then the delivery fails. */
const DOCUMENTED_SCHEDULE = [5 * SECOND, 30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 8 * HOUR];

describe('webhook retries and timeouts, stepped on the injected clock (no waiting)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function setup(config: Parameters<typeof startDrainBench>[0] = {}): Promise<{ bench: DrainBench; hook: WebhookReceiver; endpointId: string }> {
    const bench = await startDrainBench(config);
    cleanups.push(() => bench.stop());
    const hook = await WebhookReceiver.start();
    cleanups.push(() => hook.stop());
    const endpoint = await bench.call('POST', '/webhooks', { json: { url: hook.url, events: ['account.created'] } });
    assert.equal(endpoint.status, 201, endpoint.text);
    return { bench, hook, endpointId: String(endpoint.body.id) };
  }

  it('the default schedule: 10 retries over about 24 h, none before it is due, then failed for good', async () => {
    const { bench, hook, endpointId } = await setup();
    hook.answer = () => ({ status: 500 });
    await linkAccount(bench);
    await bench.drain();
    let [delivery] = await storedDeliveries(bench, endpointId);
    assert.equal(delivery?.attempts, 1);
    let elapsed = 0;
    for (const [retry, delay] of DOCUMENTED_SCHEDULE.entries()) {
      assert.equal(delivery!.status, 'pending', `retry ${retry + 1} is scheduled`);
      assert.equal(Date.parse(delivery!.next_attempt_at!) - bench.clock.now().getTime(), delay, `retry ${retry + 1} waits ${delay} ms (jitter at its midpoint)`);
      bench.clock.advanceSeconds(delay / SECOND - 1);
      await bench.drain();
      assert.equal((await storedDeliveries(bench, endpointId))[0]!.attempts, retry + 1, `retry ${retry + 1} is not sent a second early`);
      bench.clock.advanceSeconds(1);
      elapsed += delay;
      await bench.drain();
      [delivery] = await storedDeliveries(bench, endpointId);
      assert.equal(delivery!.attempts, retry + 2, `retry ${retry + 1} is sent when due`);
    }
    assert.ok(elapsed > 23 * HOUR && elapsed < 25 * HOUR, `about a day of retries (${elapsed / HOUR} h)`);
    assert.equal(delivery!.status, 'failed');
    assert.equal(delivery!.next_attempt_at, null);
    assert.equal(delivery!.last_status_code, 500);
    assert.match(delivery!.last_error ?? '', /gave up after 11 attempts/);
    assert.equal(hook.received.length, 11);

    bench.clock.advanceSeconds(7 * 86_400);
    await bench.drain();
    assert.equal((await storedDeliveries(bench, endpointId))[0]!.attempts, 11, 'a failed delivery is never sent again');
    assert.equal(hook.received.length, 11);
  });

  it('is the schedule and timeout a server reads from an empty environment', () => {
    const config = readConfig({}, { dataDir: '/nonexistent' });
    assert.deepEqual(config.webhooks.retryScheduleMs, DOCUMENTED_SCHEDULE);
    assert.equal(config.webhooks.timeoutMs, 10 * SECOND);
    assert.deepEqual(DEFAULT_WEBHOOK_SETTINGS.retryScheduleMs, DOCUMENTED_SCHEDULE);
  });

  it('a receiver slower than the timeout: the attempt is cut at the timeout, recorded, and retried (the OpenAPI text: timeouts are retried)', async () => {
    const { bench, hook, endpointId } = await setup({ webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, timeoutMs: 300 } });
    hook.answer = (_request, index) => (index === 0 ? { status: 200, delayMs: 4_000 } : { status: 200 });
    await linkAccount(bench);
    const started = Date.now();
    await bench.drain();
    assert.ok(Date.now() - started < 3_000, `the pass ended at the timeout, not when the receiver answered (${Date.now() - started} ms)`);
    let [delivery] = await storedDeliveries(bench, endpointId);
    assert.equal(delivery?.status, 'pending');
    assert.equal(delivery?.attempts, 1);
    assert.equal(delivery?.last_error, 'timed out after 300 ms');
    assert.equal(delivery?.last_status_code, null);
    assert.equal(Date.parse(delivery!.next_attempt_at!) - bench.clock.now().getTime(), DOCUMENTED_SCHEDULE[0]);
    assert.equal(hook.answered, 0, 'the slow answer was never read');

    bench.clock.advanceSeconds(DOCUMENTED_SCHEDULE[0]! / SECOND);
    await bench.drain();
    [delivery] = await storedDeliveries(bench, endpointId);
    assert.equal(delivery?.status, 'delivered');
    assert.equal(delivery?.attempts, 2);
    assert.equal(hook.received.length, 2);
    assert.equal(hook.received[0]?.headers['webhook-id'], hook.received[1]?.headers['webhook-id'], 'the retry is the same message');
  });
});
