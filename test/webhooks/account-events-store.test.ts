import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Db } from '../../src/server/db/database.js';
import { watchOutbox } from '../../src/server/db/outbox-signal.js';
import type { AccountEventRow, WebhookDeliveryRow } from '../../src/server/db/schema.js';
import { fanOutAccountEvents, insertAccountEvent, type NewAccountEvent } from '../../src/server/db/stores/account-events.js';
import { TEST_DATABASE_URL, openTestStore } from '../server/harness.js';

/**
 * The outbox (account_events) and its fan-out into webhook deliveries, on their own on a real database (SQLite here,
 * a PostgreSQL schema in that pass): which endpoints get a delivery, what the delivery row holds, the batch limit,
 * the `dispatched_at` marking, and that a second fan-out (a rerun, or one after a crash between its statements)
 * adds nothing twice. The dispatcher tests reach it only through whole passes.
 */

const NOW = '2026-12-03T12:00:00.000Z';
const LATER = '2026-12-03T12:05:00.000Z';

describe('account events store: the outbox and its fan-out (real database)', () => {
  let testStore: Awaited<ReturnType<typeof openTestStore>>;
  let db: Db;
  let deliveryNumber = 0;
  const newDeliveryId = () => `whd_${String(++deliveryNumber).padStart(4, '0')}`;

  before(async () => {
    testStore = await openTestStore('account-events', NOW);
    db = testStore.db;
  });
  after(() => testStore?.close());
  beforeEach(async () => {
    await db.deleteFrom('webhook_deliveries').execute();
    await db.deleteFrom('webhook_endpoints').execute();
    await db.deleteFrom('account_events').execute();
    deliveryNumber = 0;
  });

  async function endpoint(id: string, options: { project?: string; enabled?: boolean; events?: string[] } = {}): Promise<string> {
    await db
      .insertInto('webhook_endpoints')
      .values({
        id,
        project_id: options.project ?? 'prj_a',
        url: `https://hooks.example.com/${id}`,
        events: JSON.stringify(options.events ?? ['*']),
        enabled: options.enabled === false ? 0 : 1,
        description: null,
        secret_ciphertext: 'not read by the fan-out',
        previous_secret_ciphertext: null,
        previous_secret_expires_at: null,
        created_at: NOW,
        updated_at: NOW,
      })
      .execute();
    return id;
  }

  function event(fields: Partial<NewAccountEvent> = {}): NewAccountEvent {
    return { project_id: 'prj_a', event: 'account.created', account_id: 'acc_1', payload: '{"type":"account.created"}', created_at: NOW, ...fields };
  }

  /** Writes the events in order; their ids, ascending. */
  async function events(...given: NewAccountEvent[]): Promise<number[]> {
    for (const one of given) await insertAccountEvent(db, one);
    return (await storedEvents()).slice(-given.length).map((row) => row.id);
  }

  async function storedEvents(): Promise<AccountEventRow[]> {
    const rows = await db.selectFrom('account_events').selectAll().orderBy('id').execute();
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  }

  async function deliveries(): Promise<WebhookDeliveryRow[]> {
    const rows = await db.selectFrom('webhook_deliveries').selectAll().orderBy('id').execute();
    return rows.map((row) => ({ ...row, event_id: Number(row.event_id), attempts: Number(row.attempts), schedule_start: Number(row.schedule_start) }));
  }

  /** Which (endpoint, event) pairs have a delivery, as `endpoint<-eventId`, sorted. */
  async function pairs(): Promise<string[]> {
    return (await deliveries()).map((row) => `${row.endpoint_id}<-${row.event_id}`).sort();
  }

  function fanOut(options: { now?: string; limit?: number } = {}) {
    return fanOutAccountEvents(db, { now: options.now ?? NOW, limit: options.limit ?? 100, newDeliveryId });
  }

  it('stores an event as given, not yet fanned out; a session event has no account', async () => {
    await insertAccountEvent(db, event({ created_at: '2026-12-03T11:00:00.000Z' }));
    await insertAccountEvent(db, event({ event: 'connect_session.renewal_requested', account_id: null, payload: '{"s":1}' }));
    const stored = await storedEvents();
    assert.equal(stored.length, 2);
    const [first, second] = stored as [AccountEventRow, AccountEventRow];
    assert.ok(second.id > first.id, 'ids ascend in the order written');
    assert.deepEqual(first, { id: first.id, ...event({ created_at: '2026-12-03T11:00:00.000Z' }), dispatched_at: null });
    assert.deepEqual(second, { id: second.id, ...event({ event: 'connect_session.renewal_requested', account_id: null, payload: '{"s":1}' }), dispatched_at: null });
  });

  it('nothing to fan out: no events, no deliveries, no ids taken', async () => {
    await endpoint('whe_a');
    assert.deepEqual(await fanOut(), { events: 0, deliveries: 0 });
    assert.deepEqual(await deliveries(), []);
    assert.equal(deliveryNumber, 0);
  });

  it('a delivery is the event as stored, pending and due now, with no attempt yet; the event is marked fanned out', async () => {
    await endpoint('whe_a');
    const [eventId] = await events(event({ account_id: 'acc_9', payload: '{"data":{"id":"acc_9"}}', created_at: '2026-12-03T11:59:00.000Z' }));
    assert.deepEqual(await fanOut({ now: LATER }), { events: 1, deliveries: 1 });
    assert.deepEqual(await deliveries(), [
      {
        id: 'whd_0001',
        project_id: 'prj_a',
        endpoint_id: 'whe_a',
        event_id: eventId,
        event: 'account.created',
        account_id: 'acc_9',
        payload: '{"data":{"id":"acc_9"}}',
        status: 'pending',
        attempts: 0,
        schedule_start: 0,
        next_attempt_at: LATER,
        sending_until: null,
        last_attempt_at: null,
        last_status_code: null,
        last_error: null,
        delivered_at: null,
        created_at: LATER,
      },
    ]);
    assert.deepEqual((await storedEvents()).map((row) => row.dispatched_at), [LATER]);
  });

  it('a session event (no account) is delivered with no account', async () => {
    await endpoint('whe_a');
    await events(event({ event: 'connect_session.renewal_requested', account_id: null }));
    assert.deepEqual(await fanOut(), { events: 1, deliveries: 1 });
    const [row] = await deliveries();
    assert.equal(row?.account_id, null);
    assert.equal(row?.event, 'connect_session.renewal_requested');
  });

  it("each event goes to every enabled endpoint of its own project that subscribes to it, and to no other", async () => {
    await endpoint('whe_every');
    await endpoint('whe_created', { events: ['account.created'] });
    await endpoint('whe_deleted', { events: ['account.deleted', 'account.updated'] });
    await endpoint('whe_none', { events: [] });
    await endpoint('whe_disabled', { enabled: false });
    await endpoint('whe_b_every', { project: 'prj_b' });
    await endpoint('whe_b_deleted', { project: 'prj_b', events: ['account.deleted'] });
    const [created, deleted, createdB, updatedB] = await events(
      event({ event: 'account.created' }),
      event({ event: 'account.deleted' }),
      event({ project_id: 'prj_b', event: 'account.created' }),
      event({ project_id: 'prj_b', event: 'account.updated' }),
    );
    assert.deepEqual(await fanOut(), { events: 4, deliveries: 6 });
    assert.deepEqual(
      await pairs(),
      [
        `whe_b_every<-${createdB}`,
        `whe_b_every<-${updatedB}`,
        `whe_created<-${created}`,
        `whe_deleted<-${deleted}`,
        `whe_every<-${created}`,
        `whe_every<-${deleted}`,
      ].sort(),
    );
    for (const row of await deliveries()) {
      assert.equal(row.project_id, row.endpoint_id.startsWith('whe_b_') ? 'prj_b' : 'prj_a');
    }
    // Every event is fanned out, whether or not an endpoint wanted it.
    assert.deepEqual((await storedEvents()).map((row) => row.dispatched_at), [NOW, NOW, NOW, NOW]);
  });

  it('an event nobody subscribes to (or of a project without endpoints) is still marked fanned out', async () => {
    await endpoint('whe_disabled', { enabled: false });
    await endpoint('whe_other', { events: ['account.deleted'] });
    await events(event(), event({ project_id: 'prj_b' }));
    assert.deepEqual(await fanOut(), { events: 2, deliveries: 0 });
    assert.deepEqual(await deliveries(), []);
    assert.deepEqual((await storedEvents()).map((row) => row.dispatched_at), [NOW, NOW]);
  });

  it('takes the oldest `limit` events not yet fanned out; the rest wait, untouched, for the next pass', async () => {
    await endpoint('whe_a');
    const ids = await events(event({ account_id: 'acc_1' }), event({ account_id: 'acc_2' }), event({ account_id: 'acc_3' }));
    assert.deepEqual(await fanOut({ limit: 2 }), { events: 2, deliveries: 2 });
    assert.deepEqual(await pairs(), [`whe_a<-${ids[0]}`, `whe_a<-${ids[1]}`]);
    assert.deepEqual((await storedEvents()).map((row) => row.dispatched_at), [NOW, NOW, null]);
    assert.deepEqual(await fanOut({ now: LATER, limit: 2 }), { events: 1, deliveries: 1 });
    assert.deepEqual((await storedEvents()).map((row) => row.dispatched_at), [NOW, NOW, LATER]);
    assert.deepEqual((await deliveries()).map((row) => [row.event_id, row.created_at]), [
      [ids[0], NOW],
      [ids[1], NOW],
      [ids[2], LATER],
    ]);
  });

  it('a rerun adds nothing, and an event already fanned out keeps its date and gets no delivery', async () => {
    await endpoint('whe_a');
    await db.insertInto('account_events').values({ ...event({ account_id: 'acc_old' }), dispatched_at: NOW }).execute();
    const [fresh] = await events(event({ account_id: 'acc_new' }));
    assert.deepEqual(await fanOut(), { events: 1, deliveries: 1 });
    assert.deepEqual(await pairs(), [`whe_a<-${fresh}`]);
    const before = await deliveries();
    assert.deepEqual(await fanOut({ now: LATER }), { events: 0, deliveries: 0 });
    assert.deepEqual(await deliveries(), before);
    assert.deepEqual((await storedEvents()).map((row) => [row.account_id, row.dispatched_at]), [
      ['acc_old', NOW],
      ['acc_new', NOW],
    ]);
  });

  it('after a crash between its statements (a delivery already there, the event not marked) it adds only the missing ones', async () => {
    await endpoint('whe_a');
    await endpoint('whe_b');
    const [eventId] = await events(event());
    await db
      .insertInto('webhook_deliveries')
      .values({
        id: 'whd_before',
        project_id: 'prj_a',
        endpoint_id: 'whe_a',
        event_id: eventId!,
        event: 'account.created',
        account_id: 'acc_1',
        payload: '{"type":"account.created"}',
        status: 'delivered',
        attempts: 1,
        schedule_start: 0,
        next_attempt_at: null,
        sending_until: null,
        last_attempt_at: NOW,
        last_status_code: 200,
        last_error: null,
        delivered_at: NOW,
        created_at: NOW,
      })
      .execute();
    await fanOut({ now: LATER });
    const rows = await deliveries();
    assert.deepEqual(rows.map((row) => [row.endpoint_id, row.status, row.created_at]).sort(), [
      ['whe_a', 'delivered', NOW],
      ['whe_b', 'pending', LATER],
    ]);
    assert.deepEqual((await storedEvents()).map((row) => row.dispatched_at), [LATER]);
  });

  it('writes many deliveries in chunks: 3 endpoints × 70 events, every pair once', async () => {
    for (const id of ['whe_1', 'whe_2', 'whe_3']) await endpoint(id);
    const ids = await events(...Array.from({ length: 70 }, (_, index) => event({ account_id: `acc_${index}` })));
    assert.deepEqual(await fanOut(), { events: 70, deliveries: 210 });
    const expected = ids.flatMap((id) => ['whe_1', 'whe_2', 'whe_3'].map((endpointId) => `${endpointId}<-${id}`)).sort();
    assert.deepEqual(await pairs(), expected);
    // The delivery ids were taken event by event, in the events' order.
    const eventIds = (await deliveries()).map((row) => row.event_id);
    assert.deepEqual(eventIds, [...eventIds].sort((a, b) => a - b));
    assert.deepEqual((await storedEvents()).filter((row) => row.dispatched_at !== NOW), []);
  });

  it("a full pass (the dispatcher's 200 events) to 20 endpoints: 4000 deliveries, more than one statement may carry", async () => {
    // 4000 rows × 17 columns is past SQLite's 32766 and PostgreSQL's 65535 parameters a statement: only chunks get through.
    const endpointIds = Array.from({ length: 20 }, (_, index) => `whe_${String(index).padStart(2, '0')}`);
    for (const id of endpointIds) await endpoint(id);
    await db
      .insertInto('account_events')
      .values(Array.from({ length: 200 }, (_, index) => event({ account_id: `acc_${index}` })))
      .execute();
    assert.deepEqual(await fanOut({ limit: 200 }), { events: 200, deliveries: 4000 });
    const [counted] = await db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<number | string>().as('n')).execute();
    assert.equal(Number(counted?.n), 4000);
  });

  it('on PostgreSQL, writing an event tells the listening dispatchers (NOTIFY on commit)', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only: SQLite is one server, nudged in process' }, async () => {
    let signals = 0;
    const watch = watchOutbox(db, { onSignal: () => signals++, onError: (error) => assert.fail(String(error)) });
    assert.ok(watch, 'PostgreSQL has an outbox watch');
    try {
      await waitFor(() => signals === 1, 'listening');
      await insertAccountEvent(db, event());
      await waitFor(() => signals === 2, 'the notification');
    } finally {
      await watch.close();
    }
  });
});

async function waitFor(done: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 5_000;
  while (!done()) {
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
