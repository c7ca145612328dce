import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Db } from '../../src/server/db/database.js';
import type { WebhookEndpointRow } from '../../src/server/db/schema.js';
import * as store from '../../src/server/db/stores/webhook-endpoints.js';
import { openTestStore } from '../server/harness.js';

/** The endpoint store on its own, on a real database: subscriptions as stored, and each lookup's bounds. */

const NOW = '2026-12-03T12:00:00.000Z';

describe('subscriptions as the events column stores them', () => {
  it('every type is ["*"]; a list is itself; a column with "*" in it (or unreadable) decodes as stored', () => {
    assert.equal(store.encodeSubscription('every'), '["*"]');
    assert.equal(store.encodeSubscription(['account.created', 'account.deleted']), '["account.created","account.deleted"]');
    assert.equal(store.decodeSubscription('["*"]'), 'every');
    assert.equal(store.decodeSubscription('["account.created","*"]'), 'every');
    assert.deepEqual(store.decodeSubscription('["account.created"]'), ['account.created']);
    assert.deepEqual(store.decodeSubscription('not json'), []);
    assert.deepEqual(store.decodeSubscription('[]'), []);
  });

  it('every type hears any event, a list only its own', () => {
    assert.equal(store.subscribesTo('every', 'account.someday'), true);
    assert.equal(store.subscribesTo(['account.created'], 'account.created'), true);
    assert.equal(store.subscribesTo(['account.created'], 'account.deleted'), false);
    assert.equal(store.subscribesTo([], 'account.created'), false);
  });
});

describe('webhook endpoint store (real database)', () => {
  let testStore: Awaited<ReturnType<typeof openTestStore>>;
  let db: Db;

  before(async () => {
    testStore = await openTestStore('endpoints', NOW);
    db = testStore.db;
  });
  after(() => testStore?.close());
  beforeEach(async () => {
    await db.deleteFrom('webhook_deliveries').execute();
    await db.deleteFrom('webhook_endpoints').execute();
  });

  function row(id: string, fields: Partial<WebhookEndpointRow> = {}): WebhookEndpointRow {
    return {
      id,
      project_id: 'prj_a',
      url: `https://hooks.example.com/${id}`,
      events: '["*"]',
      enabled: 1,
      description: null,
      secret_ciphertext: `sealed-${id}`,
      previous_secret_ciphertext: null,
      previous_secret_expires_at: null,
      created_at: NOW,
      updated_at: NOW,
      ...fields,
    };
  }

  it("lists the project's endpoints oldest first (ties by id), finds one only in its project", async () => {
    await store.insertEndpoint(db, row('whe_c', { created_at: '2026-12-03T12:00:02.000Z' }));
    await store.insertEndpoint(db, row('whe_b', { created_at: '2026-12-03T12:00:01.000Z' }));
    await store.insertEndpoint(db, row('whe_a', { created_at: '2026-12-03T12:00:02.000Z' }));
    await store.insertEndpoint(db, row('whe_x', { project_id: 'prj_b' }));
    assert.deepEqual((await store.listEndpoints(db, 'prj_a')).map((e) => e.id), ['whe_b', 'whe_a', 'whe_c']);
    assert.deepEqual((await store.listEndpoints(db, 'prj_b')).map((e) => e.id), ['whe_x']);
    assert.deepEqual(await store.findEndpoint(db, 'prj_a', 'whe_a'), row('whe_a', { created_at: '2026-12-03T12:00:02.000Z' }));
    assert.equal(await store.findEndpoint(db, 'prj_a', 'whe_x'), undefined);
    assert.equal(await store.findEndpoint(db, 'prj_b', 'whe_a'), undefined);
    assert.equal((await store.findEndpointById(db, 'whe_x'))?.project_id, 'prj_b');
    assert.equal(await store.findEndpointById(db, 'whe_nope'), undefined);
  });

  it("findEndpointsByIds: exactly the ids asked for, of any project; none for none", async () => {
    for (const id of ['whe_a', 'whe_b', 'whe_c']) await store.insertEndpoint(db, row(id));
    await store.insertEndpoint(db, row('whe_x', { project_id: 'prj_b' }));
    assert.deepEqual((await store.findEndpointsByIds(db, ['whe_c', 'whe_x', 'whe_nope'])).map((e) => e.id).sort(), ['whe_c', 'whe_x']);
    assert.deepEqual(await store.findEndpointsByIds(db, []), []);
  });

  it('updates one endpoint only; deleting one takes its deliveries with it, and no other', async () => {
    await store.insertEndpoint(db, row('whe_a'));
    await store.insertEndpoint(db, row('whe_b'));
    await store.updateEndpoint(db, 'whe_a', { enabled: 0, url: 'https://hooks.example.com/moved', updated_at: '2026-12-03T13:00:00.000Z' });
    const changed = await store.findEndpointById(db, 'whe_a');
    assert.deepEqual([changed?.enabled, changed?.url, changed?.updated_at, changed?.secret_ciphertext], [0, 'https://hooks.example.com/moved', '2026-12-03T13:00:00.000Z', 'sealed-whe_a']);
    assert.deepEqual(await store.findEndpointById(db, 'whe_b'), row('whe_b'));

    for (const [id, endpointId, eventId] of [['d_a', 'whe_a', 1], ['d_b', 'whe_b', 1]] as const) {
      await db
        .insertInto('webhook_deliveries')
        .values({ id, project_id: 'prj_a', endpoint_id: endpointId, event_id: eventId, event: 'account.created', account_id: 'acc_1', payload: '{}', status: 'pending', attempts: 0, schedule_start: 0, next_attempt_at: NOW, created_at: NOW })
        .execute();
    }
    await store.deleteEndpoint(db, 'whe_a');
    assert.equal(await store.findEndpointById(db, 'whe_a'), undefined);
    assert.ok(await store.findEndpointById(db, 'whe_b'));
    assert.deepEqual((await db.selectFrom('webhook_deliveries').select('id').execute()).map((d) => d.id), ['d_b']);
  });
});
