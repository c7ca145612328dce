import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { WEBHOOK_EVENTS } from '../../src/contract/webhooks.js';
import { webhookAllEvents } from '../../src/server/db/migrations/2026_12_02_008_webhook_all_events.js';
import { storeQuery, type TestServer } from '../server/harness.js';
import { addEndpoint, startWebhookServer, waitUntil } from './support.js';

async function storedEvents(t: TestServer, id: string): Promise<unknown> {
  const [row] = await storeQuery<{ events: string }>(t, 'select events from webhook_endpoints where id = ?', id);
  return JSON.parse(row!.events);
}

describe('webhook endpoint subscriptions: "every event" stays every event', () => {
  let t: TestServer;
  before(async () => {
    t = await startWebhookServer();
  });
  after(() => t.stop());

  it('no list, or a list of every type, is stored as every type; a subset as itself; the API lists the current types either way', async () => {
    const omitted = await addEndpoint(t, { url: 'https://example.test/all' });
    const named = await addEndpoint(t, { url: 'https://example.test/named', events: [...WEBHOOK_EVENTS].reverse() });
    const subset = await addEndpoint(t, { url: 'https://example.test/subset', events: ['account.deleted', 'account.created'] });
    assert.deepEqual(await storedEvents(t, omitted.id), ['*']);
    assert.deepEqual(await storedEvents(t, named.id), ['*']);
    assert.deepEqual(await storedEvents(t, subset.id), ['account.created', 'account.deleted'], 'in the contract order');
    for (const [id, events] of [
      [omitted.id, [...WEBHOOK_EVENTS]],
      [subset.id, ['account.created', 'account.deleted']],
    ] as const) {
      const fetched = await t.call('GET', `/webhooks/${id}`);
      assert.equal(fetched.status, 200, fetched.text);
      assert.deepEqual(fetched.body.events, events);
    }

    const narrowed = await t.call('PATCH', `/webhooks/${omitted.id}`, { json: { events: ['account.updated'] } });
    assert.equal(narrowed.status, 200, narrowed.text);
    assert.deepEqual(await storedEvents(t, omitted.id), ['account.updated']);
    const widened = await t.call('PATCH', `/webhooks/${omitted.id}`, { json: { events: [...WEBHOOK_EVENTS] } });
    assert.equal(widened.status, 200, widened.text);
    assert.deepEqual(await storedEvents(t, omitted.id), ['*']);
    for (const id of [omitted.id, named.id, subset.id]) assert.equal((await t.call('DELETE', `/webhooks/${id}`)).status, 200);
  });

  it('an event type the endpoint never named (one added after it was created) reaches an every-type endpoint only', async () => {
    const every = await addEndpoint(t, { url: 'https://example.test/every' });
    const subset = await addEndpoint(t, { url: 'https://example.test/only-created', events: ['account.created'] });
    const [project] = await storeQuery<{ id: string }>(t, 'select id from projects order by created_at limit 1');
    // Written the way an account change writes its outbox row, with a type the contract does not have yet.
    await storeQuery(
      t,
      'insert into account_events (project_id, event, account_id, payload, created_at) values (?, ?, ?, ?, ?)',
      project!.id,
      'account.reconnected',
      'acc_future',
      '{}',
      new Date().toISOString(),
    );
    const deliveriesOf = (endpointId: string) =>
      storeQuery<{ event: string }>(t, "select event from webhook_deliveries where endpoint_id = ? and account_id = 'acc_future'", endpointId);
    await waitUntil('the new type fanned out', async () => (await deliveriesOf(every.id)).length > 0);
    assert.deepEqual(await deliveriesOf(every.id), [{ event: 'account.reconnected' }]);
    const [fanned] = await storeQuery<{ dispatched_at: string | null }>(t, "select dispatched_at from account_events where account_id = 'acc_future'");
    assert.notEqual(fanned!.dispatched_at, null, 'the event is fanned out');
    assert.deepEqual(await deliveriesOf(subset.id), [], 'an endpoint that named its types does not get it');
  });
});

describe('migration 2026_12_02_008: endpoints subscribed to every type there was mean every type', () => {
  it('converts full lists (any order, duplicates), keeps subsets and unreadable cells, and goes back down', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
    try {
      await db.schema.createTable('webhook_endpoints').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('events', 'text').execute();
      const cells: Record<string, string> = {
        full: '["account.created","account.updated","account.deleted"]',
        shuffled: '["account.deleted","account.created","account.updated","account.created"]',
        subset: '["account.created","account.deleted"]',
        corrupt: 'not json',
      };
      const read = async () => {
        const rows = (await db.selectFrom('webhook_endpoints' as never).selectAll().execute()) as { id: string; events: string }[];
        return Object.fromEntries(rows.map((row) => [row.id, row.events]));
      };
      for (const [id, events] of Object.entries(cells)) await db.insertInto('webhook_endpoints' as never).values({ id, events } as never).execute();
      await webhookAllEvents().up(db);
      assert.deepEqual(await read(), { full: '["*"]', shuffled: '["*"]', subset: cells.subset, corrupt: 'not json' });
      await webhookAllEvents().down(db);
      assert.deepEqual(await read(), { full: cells.full, shuffled: cells.full, subset: cells.subset, corrupt: 'not json' });
    } finally {
      await db.destroy();
    }
  });
});
