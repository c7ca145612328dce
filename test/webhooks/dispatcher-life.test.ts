import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ID_PREFIX } from '../../src/contract/wire.js';
import { randomId } from '../../src/server/crypto/index.js';
import { fanOutAccountEvents } from '../../src/server/db/stores/account-events.js';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../../src/server/webhooks/settings.js';
import { storeQuery, TEST_DATABASE_URL } from '../server/harness.js';
import { linkAccount, startDrainBench, StatementCounter, storedDeliveries, type DrainBench } from './drain-bench.js';
import { WebhookReceiver, waitUntil } from './support.js';

/**
 * The dispatcher's life cycle, on the drain bench with the dispatcher started: its poll, its nudges and refills,
 * stop(), and a store that refuses a write. How many passes ran is read from the statements the app sent
 * (StatementCounter), counted after a drainOnce() that waits for whatever pass is running.
 */

/** An hour: within a test, nothing is sent because of the poll. */
const NO_POLL = 3_600_000;
const CLAIM = 'select webhook_deliveries';
const FAN_OUT = 'select account_events';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function bench(webhooks: Partial<WebhookSettings> = {}, counter?: StatementCounter): Promise<DrainBench> {
  const b = await startDrainBench({ webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, pollIntervalMs: NO_POLL, ...webhooks } }, undefined, counter && ((db) => db.withPlugin(counter)));
  cleanups.push(() => b.stop());
  return b;
}
async function receiver(): Promise<WebhookReceiver> {
  const r = await WebhookReceiver.start();
  cleanups.push(() => r.stop());
  return r;
}
async function endpoint(b: DrainBench, url: string): Promise<string> {
  const created = await b.call('POST', '/webhooks', { json: { url, events: ['account.created'] } });
  assert.equal(created.status, 201, created.text);
  return String(created.body.id);
}

/**
 * `count` pending deliveries (due after `dueAfterSeconds` on the bench's clock) whose endpoints were disabled behind
 * the API after the fan-out, made with the dispatcher idle: each is recorded as cancelled without a send, all in one
 * write, so their sends end in one turn.
 */
async function deliveriesToGoneEndpoints(b: DrainBench, url: string, count: number, dueAfterSeconds = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await endpoint(b, url));
  await linkAccount(b);
  const fanned = await fanOutAccountEvents(b.db, { now: b.clock.now().toISOString(), limit: 10, newDeliveryId: () => randomId(ID_PREFIX.webhookDelivery) });
  assert.equal(fanned.deliveries, count);
  await storeQuery(b, 'update webhook_endpoints set enabled = 0');
  await storeQuery(b, 'update webhook_deliveries set next_attempt_at = ?', new Date(b.clock.now().getTime() + dueAfterSeconds * 1000).toISOString());
  return ids;
}

describe('the dispatcher started, nudged and stopped', () => {
  async function undispatchedEvents(b: DrainBench): Promise<number> {
    const [row] = await storeQuery<{ n: number | string }>(b, 'select count(*) as n from account_events where dispatched_at is null');
    return Number(row!.n);
  }
  async function cancelledCount(b: DrainBench): Promise<number> {
    const [row] = await storeQuery<{ n: number | string }>(b, "select count(*) as n from webhook_deliveries where status = 'cancelled'");
    return Number(row!.n);
  }

  it('start() twice keeps one poll timer, stop() clears it, and a start after stop starts none', async (t) => {
    const setIntervalCalls = t.mock.method(globalThis, 'setInterval');
    const clearIntervalCalls = t.mock.method(globalThis, 'clearInterval');
    const pollTimers = () => setIntervalCalls.mock.calls.filter((call) => call.arguments[1] === NO_POLL).map((call) => call.result);
    const b = await bench();
    b.dispatcher.start();
    b.dispatcher.start();
    assert.equal(pollTimers().length, 1);
    await b.dispatcher.stop();
    assert.ok(clearIntervalCalls.mock.calls.some((call) => call.arguments[0] === pollTimers()[0]), 'the poll timer is cleared');
    b.dispatcher.start();
    assert.equal(pollTimers().length, 1, 'a stopped dispatcher is not started again');

    const never = await bench();
    await never.dispatcher.stop();
    never.dispatcher.start();
    assert.equal(pollTimers().length, 1, 'stopped before it was ever started: start() starts nothing');
  });

  it('the poll alone brings out a retry once it falls due: no nudge, no drain', async () => {
    const b = await bench({ pollIntervalMs: 50 });
    const hook = await receiver();
    hook.answer = (_request, index) => ({ status: index === 0 ? 500 : 204 });
    const id = await endpoint(b, hook.url);
    b.dispatcher.start();
    await linkAccount(b);
    await waitUntil('the first attempt recorded as a retry', async () => (await storedDeliveries(b, id))[0]?.last_status_code === 500);
    // Due in 5 s on the injected clock: only the poll looks again once the clock has moved.
    b.clock.advanceSeconds(5);
    await waitUntil('the retry delivered', async () => (await storedDeliveries(b, id))[0]?.status === 'delivered', 5_000);
    assert.equal(hook.received.length, 2);
  });

  it('stop() returns once every send in flight is recorded as interrupted', async () => {
    const b = await bench();
    const hook = await receiver();
    hook.answer = () => ({ status: 200, delayMs: 5_000 });
    const id = await endpoint(b, hook.url);
    b.dispatcher.start();
    await linkAccount(b);
    await waitUntil('the send to reach the receiver', () => hook.received.length === 1);
    await b.dispatcher.stop();
    const [row] = await storeQuery<{ status: string; last_error: string; sending_until: string | null; next_attempt_at: string }>(
      b,
      'select status, last_error, sending_until, next_attempt_at from webhook_deliveries where endpoint_id = ?',
      id,
    );
    assert.deepEqual([row?.status, row?.last_error, row?.sending_until, row?.next_attempt_at], ['pending', 'interrupted by a server shutdown', null, b.clock.now().toISOString()]);
  });

  it('after stop(), nothing more: a new event is neither fanned out nor sent, nudged or drained', async () => {
    const b = await bench();
    const hook = await receiver();
    const id = await endpoint(b, hook.url);
    b.dispatcher.start();
    await b.dispatcher.stop();
    await linkAccount(b);
    await b.dispatcher.drainOnce();
    assert.equal(await undispatchedEvents(b), 1, 'the event is still in the outbox');
    assert.deepEqual(await storedDeliveries(b, id), []);
    assert.equal(hook.received.length, 0);
  });

  it('stopped during a pass: what the pass fanned out stays pending and unclaimed, for the next server', async () => {
    const b = await bench();
    const hook = await receiver();
    const id = await endpoint(b, hook.url);
    await linkAccount(b);
    const pass = b.dispatcher.drainOnce();
    await b.dispatcher.stop();
    await pass;
    const [row] = await storeQuery<{ status: string; attempts: number | string; last_attempt_at: string | null; sending_until: string | null }>(
      b,
      'select status, attempts, last_attempt_at, sending_until from webhook_deliveries where endpoint_id = ?',
      id,
    );
    assert.deepEqual([row?.status, Number(row?.attempts), row?.last_attempt_at, row?.sending_until], ['pending', 0, null, null]);
    assert.equal(hook.received.length, 0);
  });

  it('a send that ends frees one slot of its endpoint, not all of them: never more than endpointConcurrency at once', async () => {
    const b = await bench({ concurrency: 10, endpointConcurrency: 3 });
    const hook = await receiver();
    let mostAtOnce = 0;
    hook.answer = (_request, index) => {
      mostAtOnce = Math.max(mostAtOnce, hook.received.length - hook.answered);
      return { status: 200, delayMs: index === 0 ? 20 : 1_000 };
    };
    const id = await endpoint(b, hook.url);
    for (let i = 0; i < 6; i++) await linkAccount(b);
    b.dispatcher.start();
    await waitUntil('all six delivered', async () => (await storedDeliveries(b, id)).filter((d) => d.status === 'delivered').length === 6);
    assert.equal(hook.received.length, 6);
    assert.equal(mostAtOnce, 3, 'the first answer freed one slot, which was taken at once');
  });

  /**
   * A started, idle dispatcher with three deliveries to gone endpoints that fell due when the clock moved (no nudge,
   * so no pass has claimed them yet), and the statement counter reset.
   */
  async function startedWithGoneDeliveriesJustDue(): Promise<{ b: DrainBench; counter: StatementCounter }> {
    const counter = new StatementCounter();
    const b = await bench({ concurrency: 10 }, counter);
    // Due in an hour, so the start's pass leaves them.
    await deliveriesToGoneEndpoints(b, (await receiver()).url, 3, 3_600);
    b.dispatcher.start();
    await b.dispatcher.drainOnce();
    b.clock.advanceSeconds(3_600);
    counter.reset();
    return { b, counter };
  }

  it('sends that end in one event-loop turn refill once: one more claim, not one per send', async () => {
    const counter = new StatementCounter();
    const b = await bench({ concurrency: 10 }, counter);
    await deliveriesToGoneEndpoints(b, (await receiver()).url, 3);
    counter.reset();
    b.dispatcher.start();
    await waitUntil('the start and its refill claimed', () => counter.count(CLAIM) >= 2, 5_000);
    await b.dispatcher.drainOnce();
    assert.equal(await cancelledCount(b), 3);
    assert.deepEqual([counter.count(FAN_OUT), counter.count(CLAIM)], [2, 3], 'the start (a fan-out and a claim), one refill (a claim), the drain (both)');
  });

  it('a drainOnce() runs nothing after it, and its sends refill without a fan-out', async () => {
    const { b, counter } = await startedWithGoneDeliveriesJustDue();
    await b.dispatcher.drainOnce();
    await waitUntil('the refill claimed', () => counter.count(CLAIM) >= 2, 5_000);
    await b.dispatcher.drainOnce();
    assert.equal(await cancelledCount(b), 3);
    assert.deepEqual([counter.count(FAN_OUT), counter.count(CLAIM)], [2, 3], 'two drains (a fan-out and a claim each) and one refill (a claim)');
  });

  it('a nudge during drainOnce() runs one more pass right after it, with a fan-out', async () => {
    const { b, counter } = await startedWithGoneDeliveriesJustDue();
    const once = b.dispatcher.drainOnce();
    b.dispatcher.nudge();
    await once;
    await waitUntil('the pass after it and the refill claimed', () => counter.count(CLAIM) >= 3, 5_000);
    await b.dispatcher.drainOnce();
    assert.deepEqual([counter.count(FAN_OUT), counter.count(CLAIM)], [3, 4], 'the drain, the pass after it, the final drain; and one refill');
  });

  it('a nudge while a pass runs starts no second pass beside it: never more than `concurrency` sends at once', async () => {
    const b = await bench({ concurrency: 2, endpointConcurrency: 10 });
    const hook = await receiver();
    let mostAtOnce = 0;
    hook.answer = () => {
      mostAtOnce = Math.max(mostAtOnce, hook.received.length - hook.answered);
      return { status: 200, delayMs: 300 };
    };
    const id = await endpoint(b, hook.url);
    for (let i = 0; i < 4; i++) await linkAccount(b);
    b.dispatcher.start();
    // The start's pass is running: these two only ask it to go round once more. Two passes side by side would each
    // claim the two free slots before either had launched a send, and four would be sent at once.
    b.dispatcher.nudge();
    b.dispatcher.nudge();
    await waitUntil('all four delivered', async () => (await storedDeliveries(b, id)).filter((d) => d.status === 'delivered').length === 4, 10_000);
    assert.equal(mostAtOnce, 2);
  });

  it('a nudge during a pass of the started dispatcher makes that pass go round once more, with a fan-out', async () => {
    const counter = new StatementCounter();
    const b = await bench({}, counter);
    b.dispatcher.start();
    await b.dispatcher.drainOnce();
    counter.reset();
    b.dispatcher.nudge();
    b.dispatcher.nudge();
    await b.dispatcher.drainOnce();
    assert.deepEqual([counter.count(FAN_OUT), counter.count(CLAIM)], [3, 3], 'the pass, its second round, the drain');
  });
});

describe('the dispatcher when the store refuses a write', () => {
  // The first line is over 200 characters: a log line keeps 200 of the first line.
  const FIRST_LINE = `disk on fire ${'x'.repeat(220)}`;

  /** Makes the store refuse an update of `table` when `when` holds for the new row, with a two-line message. */
  async function refuse(b: DrainBench, table: string, when: string): Promise<() => Promise<void>> {
    if (TEST_DATABASE_URL) {
      await storeQuery(b, `create function refuse_write() returns trigger language plpgsql as $$ begin raise exception E'${FIRST_LINE}\\nsecond line'; end $$`);
      await storeQuery(b, `create trigger refuse_write before update on ${table} for each row when (${when}) execute function refuse_write()`);
      return async () => {
        await storeQuery(b, `drop trigger refuse_write on ${table}`);
        await storeQuery(b, 'drop function refuse_write()');
      };
    }
    await storeQuery(b, `create trigger refuse_write before update on ${table} when ${when} begin select raise(abort, '${FIRST_LINE}\nsecond line'); end`);
    return async () => {
      await storeQuery(b, 'drop trigger refuse_write');
    };
  }

  it('an outcome that cannot be recorded is logged, and the delivery is due again when its lease ends', async () => {
    const b = await bench();
    const [id] = await deliveriesToGoneEndpoints(b, (await receiver()).url, 1);
    const allow = await refuse(b, 'webhook_deliveries', "new.status = 'cancelled'");
    await b.dispatcher.drainOnce();
    const [delivery] = await storedDeliveries(b, id);
    assert.deepEqual(
      b.logLines.filter((line) => line.includes('could not be recorded')),
      [`webhooks: delivery ${delivery!.id} could not be recorded: ${FIRST_LINE.slice(0, 200)}`],
    );
    const [row] = await storeQuery<{ sending_until: string }>(b, 'select sending_until from webhook_deliveries where id = ?', delivery!.id);
    assert.equal(delivery!.status, 'pending');
    assert.equal(delivery!.next_attempt_at, row!.sending_until, 'left to its lease, like a crashed sender');
    await allow();
    await b.dispatcher.drainOnce();
    assert.equal((await storedDeliveries(b, id))[0]?.status, 'pending', 'not before the lease ends');
    b.clock.advanceSeconds((DEFAULT_WEBHOOK_SETTINGS.timeoutMs + 5_000) / 1000);
    await b.dispatcher.drainOnce();
    assert.deepEqual([(await storedDeliveries(b, id))[0]?.status], ['cancelled']);
  });

  it('a pass that fails is logged, and the next nudge passes again; a pass failing after stop() is not logged', async () => {
    const b = await bench();
    const id = await endpoint(b, (await receiver()).url);
    const allow = await refuse(b, 'account_events', 'new.dispatched_at is not null');
    b.dispatcher.start();
    await linkAccount(b);
    await waitUntil('the failed pass logged', () => b.logLines.some((line) => line.startsWith('webhooks: dispatcher pass failed')));
    // On PostgreSQL the outbox watch's first signal may run a second failing pass: each logs the same line.
    assert.deepEqual(
      [...new Set(b.logLines.filter((line) => line.startsWith('webhooks: dispatcher pass failed')))],
      [`webhooks: dispatcher pass failed: ${FIRST_LINE.slice(0, 200)}`],
    );
    await allow();
    b.dispatcher.nudge();
    await waitUntil('delivered once the store takes writes again', async () => (await storedDeliveries(b, id))[0]?.status === 'delivered');

    const stopped = await bench();
    await endpoint(stopped, (await receiver()).url);
    await refuse(stopped, 'account_events', 'new.dispatched_at is not null');
    await linkAccount(stopped);
    stopped.dispatcher.start();
    await stopped.dispatcher.stop();
    assert.deepEqual(stopped.logLines.filter((line) => line.startsWith('webhooks:')), [], 'the pass stop() waited for failed quietly');
  });
});
