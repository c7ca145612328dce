import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_DATABASE_URL, startTestServer, storeQuery, type TestServer } from '../server/harness.js';
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
