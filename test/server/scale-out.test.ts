import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_HRIS, WebhookReceiver, addEndpoint, fastWebhooks, waitUntil } from '../webhooks/support.js';
import { TEST_DATABASE_URL, createSession, startTestServer, storeQuery, type TestServer } from './harness.js';

/*
 * PostgreSQL is how a host scales out: several servers on one database. Two real servers share one
 * schema here; each runs its own webhook dispatcher, as separate machines would.
 */
describe('two servers on one PostgreSQL database', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only (npm test runs it in the postgres suite): SQLite is one server' }, () => {
  let a: TestServer;
  let b: TestServer;
  let receiver: WebhookReceiver;
  const realClock = { clock: () => new Date() };

  before(async () => {
    a = await startTestServer({ config: { webhooks: fastWebhooks() }, overrides: realClock });
    b = await startTestServer({ dataDir: a.dataDir, apiKey: a.apiKey, config: { webhooks: fastWebhooks() }, overrides: realClock });
    receiver = await WebhookReceiver.start();
  });
  after(async () => {
    await b?.server.close();
    await a?.stop();
    await receiver?.stop();
  });

  it('a session made on one server links an account on the other, and both list it', async () => {
    const { token } = await createSession(a, { origin_owner_id: 'org-scale-1' });
    const created = await b.call('POST', '/hub/accounts', { token, json: SANDBOX_HRIS });
    assert.equal(created.status, 201, created.text);
    for (const server of [a, b]) {
      const read = await server.call('GET', `/accounts/${String(created.body.id)}`);
      assert.equal(read.status, 200, read.text);
      assert.equal(read.body.origin_owner_id, 'org-scale-1');
    }
  });

  it('a server started with another credential key is refused: what it wrote, the others could not read', async () => {
    await assert.rejects(
      startTestServer({ dataDir: a.dataDir, apiKey: a.apiKey, config: { secretKey: 'cd'.repeat(32) } }),
      /written with another secret key: set CONNECT_HUB_SECRET_KEY/,
    );
  });

  it('simultaneous submissions for one owner and provider, split across the servers, leave one account', async () => {
    const { token } = await createSession(a, { origin_owner_id: 'org-scale-race' });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) => (index % 2 ? a : b).call('POST', '/hub/accounts', { token, json: SANDBOX_HRIS })),
    );
    for (const answer of answers) assert.equal(answer.status, 201, answer.text);
    assert.equal(new Set(answers.map((answer) => answer.body.id)).size, 1, 'every submission names the same account');
    const listed = await a.call('GET', '/accounts?origin_owner_id=org-scale-race');
    assert.equal((listed.body as unknown as unknown[]).length, 1, listed.text);
  });

  it('with both dispatchers running, each account.created reaches the receiver exactly once', async () => {
    const endpoint = await addEndpoint(a, { url: receiver.url, events: ['account.created'] });
    const ids: string[] = [];
    for (let batch = 0; batch < 6; batch++) {
      // A session per batch: one session may submit 30 times in 10 minutes (CONNECT_HUB_RATE_LIMIT_SUBMITS).
      const { token } = await createSession(b, { origin_owner_id: 'org-scale-hooks', multiple: true });
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, index) => (index % 2 ? a : b).call('POST', '/hub/accounts', { token, json: SANDBOX_HRIS })),
      );
      for (const answer of answers) {
        assert.equal(answer.status, 201, answer.text);
        ids.push(String(answer.body.id));
      }
    }
    await waitUntil('every account.created delivered', () => ids.every((id) => receiver.createdAccountIds().has(id)));
    // Every row delivered (final: only pending rows are claimed) after one claim each: neither server sent one twice.
    const rows = () => storeQuery<{ status: string; attempts: number }>(a, 'select status, attempts from webhook_deliveries where endpoint_id = ?', endpoint.id);
    await waitUntil('every delivery recorded as delivered', async () => (await rows()).every((row) => row.status === 'delivered'));
    assert.equal((await rows()).length, ids.length);
    assert.deepEqual([...new Set((await rows()).map((row) => Number(row.attempts)))], [1], 'each delivery was claimed once');
    const created = receiver.received.filter((request) => request.json.event === 'account.created');
    assert.equal(created.length, ids.length, 'no event delivered twice');
    assert.equal(new Set(created.map((request) => request.headers['webhook-id'])).size, ids.length);
  });
});
