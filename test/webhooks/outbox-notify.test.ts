import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OUTBOX_CHANNEL } from '../../src/server/db/stores/webhook-deliveries.js';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../src/server/webhooks/settings.js';
import { TEST_DATABASE_URL, startTestServer, storeQuery, type TestServer } from '../server/harness.js';
import { linkAccount, startDrainBench, storedDeliveries, type DrainBench } from './drain-bench.js';
import { WebhookReceiver, addEndpoint, fastWebhooks, linkSandboxAccount, waitUntil } from './support.js';

/*
 * Two servers on one PostgreSQL schema. A writes the outbox but does not dispatch (CONNECT_HUB_WEBHOOK_DISPATCHER=off);
 * B dispatches and polls once an hour. Only A's NOTIFY, heard by B's LISTEN, can bring the event out in time.
 */
describe('LISTEN/NOTIFY: a commit on one server wakes the dispatcher of another', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only: SQLite is one server, nudged in process' }, () => {
  const HOUR_MS = 3_600_000;
  let a: TestServer;
  let b: TestServer;
  let receiver: WebhookReceiver;

  before(async () => {
    const realClock = { clock: () => new Date() };
    a = await startTestServer({ config: { webhooks: fastWebhooks({ pollIntervalMs: HOUR_MS, dispatch: false }) }, overrides: realClock });
    b = await startTestServer({ dataDir: a.dataDir, apiKey: a.apiKey, config: { webhooks: fastWebhooks({ pollIntervalMs: HOUR_MS }) }, overrides: realClock });
    receiver = await WebhookReceiver.start();
  });
  after(async () => {
    await b?.server.close();
    await a?.stop();
    await receiver?.stop();
  });

  it('an account linked on A (dispatcher off) is delivered by B long before its hourly poll', async () => {
    const endpoint = await addEndpoint(a, { url: receiver.url, events: ['account.created'] });
    const accountId = await linkSandboxAccount(a);
    // The receiver's own record is the marker; the hour-long poll cannot be what sent it within this wait.
    await waitUntil('B delivers the account.created written on A', () => receiver.createdAccountIds().has(accountId), 15_000);
    const rows = await storeQuery<{ status: string }>(a, 'select status from webhook_deliveries where endpoint_id = ?', endpoint.id);
    await waitUntil('the delivery recorded', async () => (await storeQuery<{ status: string }>(a, 'select status from webhook_deliveries where endpoint_id = ?', endpoint.id))[0]?.status === 'delivered');
    assert.equal(rows.length, 1);
  });
});

/*
 * One server's watch, on the drain bench (the injected clock; a poll an hour apart): its connection cut by the
 * database, the error logged, the connection opened again, and a NOTIFY heard on it. Only the NOTIFY can send the
 * retry at the end: the local nudge came earlier and the poll is an hour away.
 */
describe('LISTEN/NOTIFY: the watch survives its connection being cut', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only: nothing to watch on SQLite' }, () => {
  let bench: DrainBench;
  let receiver: WebhookReceiver;
  before(async () => {
    bench = await startDrainBench({ webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, pollIntervalMs: 3_600_000 } });
    receiver = await WebhookReceiver.start();
  });
  after(async () => {
    await bench?.stop();
    await receiver?.stop();
  });

  async function watchPid(): Promise<number | undefined> {
    const rows = await storeQuery<{ pid: number }>(
      bench,
      "select pid from pg_stat_activity where application_name = 'connect-hub outbox watch ' || current_schema() and query like 'LISTEN %'",
    );
    return rows[0]?.pid;
  }

  it('logs the cut, listens again, and a NOTIFY after it still wakes the dispatcher', async () => {
    receiver.answer = (_request, index) => ({ status: index === 0 ? 500 : 204 });
    const created = await bench.call('POST', '/webhooks', { json: { url: receiver.url, events: ['account.created'] } });
    assert.equal(created.status, 201, created.text);
    bench.dispatcher.start();
    await waitUntil('the watch listening', async () => (await watchPid()) !== undefined);
    const first = await watchPid();
    await storeQuery(bench, 'select pg_terminate_backend(?)', first);
    await waitUntil('the cut logged', () => bench.logLines.some((line) => line.startsWith('webhooks: outbox notifications interrupted')));
    assert.deepEqual(
      bench.logLines.filter((line) => line.startsWith('webhooks: outbox')),
      ['webhooks: outbox notifications interrupted, polling meanwhile: terminating connection due to administrator command'],
    );
    await waitUntil('listening again on a new connection', async () => ![undefined, first].includes(await watchPid()));

    await linkAccount(bench);
    await waitUntil('the first attempt answered 500', async () => (await storedDeliveries(bench, String(created.body.id)))[0]?.last_status_code === 500);
    bench.clock.advanceSeconds(5);
    await storeQuery(bench, 'select pg_notify(?, current_schema())', OUTBOX_CHANNEL);
    await waitUntil('the retry sent on the NOTIFY', async () => (await storedDeliveries(bench, String(created.body.id)))[0]?.status === 'delivered', 5_000);
  });
});
