import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Db } from '../../src/server/db/database.js';
import type { WebhookDeliveryRow } from '../../src/server/db/schema.js';
import * as store from '../../src/server/db/stores/webhook-deliveries.js';
import { openTestStore } from '../server/harness.js';

/**
 * The delivery store on its own, on a real database (the SQLite file, or a PostgreSQL schema of its own under the
 * postgres suite): each query's filters, bounds and order are read back from rows written for it, so a condition
 * dropped, widened or reversed changes an answer. The server tests reach these queries through HTTP and the
 * dispatcher; here every edge (a row due exactly now, a lease ending exactly now) is a row of its own.
 */

const NOW = '2026-12-03T12:00:00.000Z';
const LATER = '2026-12-03T12:00:00.001Z';
const EARLIER = '2026-12-03T11:59:59.999Z';
const LEASE = '2026-12-03T12:00:15.000Z';

function at(minutes: number): string {
  return new Date(Date.parse(NOW) + minutes * 60_000).toISOString();
}

describe('webhook delivery store (real database)', () => {
  let testStore: Awaited<ReturnType<typeof openTestStore>>;
  let db: Db;
  let nextEventId = 1;

  before(async () => {
    testStore = await openTestStore('deliveries', NOW);
    db = testStore.db;
  });
  after(() => testStore?.close());
  beforeEach(async () => {
    await db.deleteFrom('webhook_deliveries').execute();
    await db.deleteFrom('webhook_endpoints').execute();
    nextEventId = 1;
  });

  async function endpoint(id: string, options: { project?: string; enabled?: boolean } = {}): Promise<string> {
    await db
      .insertInto('webhook_endpoints')
      .values({
        id,
        project_id: options.project ?? 'prj_a',
        url: 'https://hooks.example.com/in',
        events: '["*"]',
        enabled: options.enabled === false ? 0 : 1,
        description: null,
        secret_ciphertext: 'not read by the store',
        previous_secret_ciphertext: null,
        previous_secret_expires_at: null,
        created_at: NOW,
        updated_at: NOW,
      })
      .execute();
    return id;
  }

  async function delivery(id: string, endpointId: string, fields: Partial<WebhookDeliveryRow> = {}): Promise<void> {
    await db
      .insertInto('webhook_deliveries')
      .values({
        id,
        project_id: 'prj_a',
        endpoint_id: endpointId,
        event_id: nextEventId++,
        event: 'account.created',
        account_id: 'acc_1',
        payload: '{}',
        status: 'pending',
        attempts: 0,
        schedule_start: 0,
        next_attempt_at: NOW,
        sending_until: null,
        last_attempt_at: null,
        last_status_code: null,
        last_error: null,
        delivered_at: null,
        created_at: NOW,
        ...fields,
      })
      .execute();
  }

  async function row(id: string): Promise<WebhookDeliveryRow> {
    const found = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { ...found, attempts: Number(found.attempts), schedule_start: Number(found.schedule_start), event_id: Number(found.event_id) };
  }

  function claim(options: Partial<store.ClaimOptions> = {}) {
    return store.claimDueDeliveries(db, { now: NOW, leaseUntil: LEASE, limit: 10, inFlightByEndpoint: new Map(), endpointLimit: 10, ...options });
  }

  describe('claimDueDeliveries', () => {
    it('claims pending rows due now or earlier and not in flight; a lease ending exactly now is over', async () => {
      await endpoint('whe_a');
      await delivery('d_due_now', 'whe_a', { next_attempt_at: NOW });
      await delivery('d_due_earlier', 'whe_a', { next_attempt_at: EARLIER });
      await delivery('d_lease_over', 'whe_a', { next_attempt_at: EARLIER, sending_until: NOW });
      await delivery('d_not_due', 'whe_a', { next_attempt_at: LATER });
      await delivery('d_in_flight', 'whe_a', { next_attempt_at: EARLIER, sending_until: LATER });
      await delivery('d_failed', 'whe_a', { status: 'failed', next_attempt_at: EARLIER });
      await delivery('d_delivered', 'whe_a', { status: 'delivered', next_attempt_at: EARLIER });
      const claimed = await claim();
      assert.deepEqual(claimed.map((d) => d.id).sort(), ['d_due_earlier', 'd_due_now', 'd_lease_over']);
    });

    it('leases what it claims: due and in flight until the lease end, the attempt counted and dated, as stored', async () => {
      await endpoint('whe_a');
      await delivery('d_1', 'whe_a', { attempts: 2, next_attempt_at: EARLIER });
      const [claimed] = await claim();
      const stored = await row('d_1');
      for (const d of [{ ...claimed!, attempts: Number(claimed!.attempts) }, stored]) {
        assert.equal(d.next_attempt_at, LEASE);
        assert.equal(d.sending_until, LEASE);
        assert.equal(d.last_attempt_at, NOW);
        assert.equal(d.attempts, 3);
        assert.equal(d.status, 'pending');
      }
      assert.deepEqual(await claim({ now: at(0.1) }), [], 'leased: not due again before the lease ends');
      assert.deepEqual((await claim({ now: LEASE })).map((d) => d.id), ['d_1'], 'due again when it ends (its sender died)');
    });

    it('returns the rows in the order they were due, ties by id, and at most `limit` of them', async () => {
      await endpoint('whe_a');
      await delivery('d_c', 'whe_a', { next_attempt_at: at(-1) });
      await delivery('d_b', 'whe_a', { next_attempt_at: at(-3) });
      await delivery('d_z', 'whe_a', { next_attempt_at: at(-2) });
      await delivery('d_a', 'whe_a', { next_attempt_at: at(-2) });
      assert.deepEqual((await claim({ limit: 3 })).map((d) => d.id), ['d_b', 'd_a', 'd_z']);
      assert.deepEqual((await claim({ limit: 3 })).map((d) => d.id), ['d_c'], 'the one left over');
      assert.deepEqual(await claim({ limit: 0 }), []);
    });

    it('at most endpointLimit per endpoint, counting the sends already in flight and the ones it takes', async () => {
      await endpoint('whe_a');
      await endpoint('whe_b');
      for (let i = 0; i < 3; i++) await delivery(`d_a${i}`, 'whe_a', { next_attempt_at: at(-10 + i) });
      await delivery('d_b0', 'whe_b', { next_attempt_at: at(-1) });
      assert.deepEqual((await claim({ endpointLimit: 2, inFlightByEndpoint: new Map([['whe_a', 1]]) })).map((d) => d.id), ['d_a0', 'd_b0']);
      // At the lease end d_b0 is due again too; of whe_a's two due rows, one.
      assert.deepEqual((await claim({ endpointLimit: 1, now: LEASE, leaseUntil: at(1) })).map((d) => d.id), ['d_a1', 'd_b0']);
    });

    it('passes over a saturated endpoint in the query itself: its backlog does not hide the other endpoints', async () => {
      await endpoint('whe_busy');
      await endpoint('whe_quiet');
      // More due rows of the saturated endpoint than one read takes (limit × 4), all older than the other's.
      for (let i = 0; i < 8; i++) await delivery(`d_busy${i}`, 'whe_busy', { next_attempt_at: at(-20 + i) });
      await delivery('d_quiet', 'whe_quiet', { next_attempt_at: at(-1) });
      const claimed = await claim({ limit: 1, endpointLimit: 2, inFlightByEndpoint: new Map([['whe_busy', 2], ['whe_quiet', 1]]) });
      assert.deepEqual(claimed.map((d) => d.id), ['d_quiet']);
    });
  });

  describe('recording outcomes', () => {
    it('writes the outcome and ends the lease', async () => {
      await endpoint('whe_a');
      await delivery('d_1', 'whe_a', { sending_until: LEASE, next_attempt_at: LEASE });
      await store.recordDeliveryOutcome(db, 'd_1', { status: 'pending', next_attempt_at: at(5), last_status_code: 503, last_error: 'HTTP 503' });
      const stored = await row('d_1');
      assert.deepEqual([stored.status, stored.next_attempt_at, stored.sending_until, Number(stored.last_status_code), stored.last_error], ['pending', at(5), null, 503, 'HTTP 503']);
    });

    it('a delivery cancelled meanwhile stays cancelled unless the attempt succeeded; the lease ends either way', async () => {
      await endpoint('whe_a');
      await delivery('d_failed_attempt', 'whe_a', { status: 'cancelled', next_attempt_at: null, sending_until: LEASE, last_error: 'endpoint disabled' });
      await delivery('d_delivered_attempt', 'whe_a', { status: 'cancelled', next_attempt_at: null, sending_until: LEASE, last_error: 'endpoint disabled' });
      await store.recordDeliveryOutcomes(db, [
        { id: 'd_failed_attempt', outcome: { status: 'pending', next_attempt_at: at(5), last_error: 'HTTP 500' } },
        { id: 'd_delivered_attempt', outcome: { status: 'delivered', next_attempt_at: null, last_status_code: 200, last_error: null, delivered_at: NOW } },
      ]);
      const failed = await row('d_failed_attempt');
      assert.deepEqual([failed.status, failed.next_attempt_at, failed.last_error, failed.sending_until], ['cancelled', null, 'endpoint disabled', null]);
      const delivered = await row('d_delivered_attempt');
      assert.deepEqual([delivered.status, delivered.delivered_at, delivered.last_error, delivered.sending_until], ['delivered', NOW, null, null]);
    });

    it('records one outcome, or several in one call, each on its own row', async () => {
      await endpoint('whe_a');
      for (const id of ['d_1', 'd_2', 'd_3']) await delivery(id, 'whe_a', { sending_until: LEASE });
      await store.recordDeliveryOutcomes(db, []);
      await store.recordDeliveryOutcomes(db, [{ id: 'd_1', outcome: { status: 'failed', next_attempt_at: null, last_error: 'HTTP 410' } }]);
      await store.recordDeliveryOutcomes(db, [
        { id: 'd_2', outcome: { status: 'delivered', next_attempt_at: null, delivered_at: NOW } },
        { id: 'd_3', outcome: { status: 'failed', next_attempt_at: null, last_error: 'HTTP 400' } },
      ]);
      assert.deepEqual(
        await Promise.all(['d_1', 'd_2', 'd_3'].map(async (id) => { const r = await row(id); return [r.status, r.last_error, r.sending_until]; })),
        [['failed', 'HTTP 410', null], ['delivered', null, null], ['failed', 'HTTP 400', null]],
      );
    });
  });

  it("cancelPendingDeliveries: the endpoint's pending deliveries only, with the reason", async () => {
    await endpoint('whe_a');
    await endpoint('whe_b');
    await delivery('d_pending', 'whe_a');
    await delivery('d_delivered', 'whe_a', { status: 'delivered', next_attempt_at: null });
    await delivery('d_other', 'whe_b');
    await store.cancelPendingDeliveries(db, 'whe_a', 'endpoint disabled');
    const cancelled = await row('d_pending');
    assert.deepEqual([cancelled.status, cancelled.next_attempt_at, cancelled.last_error], ['cancelled', null, 'endpoint disabled']);
    assert.equal((await row('d_delivered')).status, 'delivered');
    assert.deepEqual([(await row('d_other')).status, (await row('d_other')).last_error], ['pending', null]);
  });

  it("listDeliveries: one endpoint's, by status, newest first (ties: the later event), paged", async () => {
    await endpoint('whe_a');
    await endpoint('whe_b');
    await delivery('d_old', 'whe_a', { created_at: at(-3), status: 'failed' });
    await delivery('d_tie1', 'whe_a', { created_at: at(-1) });
    await delivery('d_tie2', 'whe_a', { created_at: at(-1), status: 'delivered' });
    await delivery('d_new', 'whe_a', { created_at: at(-2) });
    await delivery('d_b', 'whe_b', { created_at: at(0) });
    const ids = async (filter: { statuses?: string[] }, page = { limit: 10, offset: 0 }) =>
      (await store.listDeliveries(db, { endpointId: 'whe_a', ...filter }, page)).map((d) => d.id);
    assert.deepEqual(await ids({}), ['d_tie2', 'd_tie1', 'd_new', 'd_old']);
    assert.deepEqual(await ids({ statuses: [] }), ['d_tie2', 'd_tie1', 'd_new', 'd_old'], 'an empty status list filters nothing');
    assert.deepEqual(await ids({ statuses: ['failed', 'delivered'] }), ['d_tie2', 'd_old']);
    assert.deepEqual(await ids({}, { limit: 2, offset: 1 }), ['d_tie1', 'd_new']);
  });

  describe('the project delivery log', () => {
    beforeEach(async () => {
      await endpoint('whe_a');
      await endpoint('whe_b');
      await endpoint('whe_other', { project: 'prj_b' });
      await delivery('d_1', 'whe_a', { created_at: at(-30), event: 'account.created', account_id: 'acc_1', status: 'delivered' });
      await delivery('d_2', 'whe_a', { created_at: at(-20), event: 'account.updated', account_id: 'acc_2', status: 'failed' });
      await delivery('d_3', 'whe_b', { created_at: at(-10), event: 'account.deleted', account_id: 'acc_1', status: 'pending' });
      await delivery('d_4b', 'whe_b', { created_at: at(-10), event: 'account.updated', account_id: 'acc_3', status: 'delivered', event_id: 50 });
      await delivery('d_4a', 'whe_a', { created_at: at(-10), event: 'account.updated', account_id: 'acc_3', status: 'delivered', event_id: 50 });
      await delivery('d_foreign', 'whe_other', { project_id: 'prj_b', created_at: at(-5) });
    });
    async function log(filter: Omit<store.DeliveryLogFilter, 'projectId'>, page = { limit: 10, offset: 0 }): Promise<[string[], number]> {
      const rows = await store.listProjectDeliveries(db, { projectId: 'prj_a', ...filter }, page);
      return [rows.map((d) => d.id), await store.countProjectDeliveries(db, { projectId: 'prj_a', ...filter })];
    }

    it('newest first (ties: the later event, then the later id), this project only, counted, paged', async () => {
      assert.deepEqual(await log({}), [['d_4b', 'd_4a', 'd_3', 'd_2', 'd_1'], 5]);
      assert.deepEqual(await log({}, { limit: 2, offset: 2 }), [['d_3', 'd_2'], 5]);
      assert.deepEqual(await store.countProjectDeliveries(db, { projectId: 'prj_b' }), 1);
    });

    it('narrowed by endpoint, statuses, events, account and an inclusive creation range, each alone and together', async () => {
      assert.deepEqual(await log({ endpointId: 'whe_b' }), [['d_4b', 'd_3'], 2]);
      assert.deepEqual(await log({ statuses: ['failed', 'pending'] }), [['d_3', 'd_2'], 2]);
      assert.deepEqual(await log({ statuses: [], events: [] }), [['d_4b', 'd_4a', 'd_3', 'd_2', 'd_1'], 5]);
      assert.deepEqual(await log({ events: ['account.created', 'account.deleted'] }), [['d_3', 'd_1'], 2]);
      assert.deepEqual(await log({ accountId: 'acc_1' }), [['d_3', 'd_1'], 2]);
      assert.deepEqual(await log({ from: at(-20) }), [['d_4b', 'd_4a', 'd_3', 'd_2'], 4]);
      assert.deepEqual(await log({ to: at(-20) }), [['d_2', 'd_1'], 2]);
      assert.deepEqual(await log({ from: at(-20), to: at(-20) }), [['d_2'], 1]);
      assert.deepEqual(await log({ endpointId: 'whe_a', events: ['account.updated'], accountId: 'acc_3', statuses: ['delivered'] }), [['d_4a'], 1]);
    });
  });

  it('insertTestDelivery: one below the lowest event id of the endpoint (never a real one), even when several race', async () => {
    await endpoint('whe_a');
    await endpoint('whe_b');
    await delivery('d_real', 'whe_a', { event_id: 7 });
    const base = { project_id: 'prj_a', event: 'account.created', account_id: 'test_account', payload: '{}', status: 'pending', attempts: 0, schedule_start: 0, next_attempt_at: NOW, sending_until: null, last_attempt_at: null, last_status_code: null, last_error: null, delivered_at: null, created_at: NOW };
    const first = await store.insertTestDelivery(db, { ...base, id: 'd_t1', endpoint_id: 'whe_a' });
    assert.equal(first.event_id, -1);
    assert.equal((await row('d_t1')).event_id, -1);
    assert.equal((await store.insertTestDelivery(db, { ...base, id: 'd_t2', endpoint_id: 'whe_a' })).event_id, -2);
    assert.equal((await store.insertTestDelivery(db, { ...base, id: 'd_tb', endpoint_id: 'whe_b' })).event_id, -1, 'counted per endpoint');
    const raced = await Promise.all(['d_r1', 'd_r2', 'd_r3'].map((id) => store.insertTestDelivery(db, { ...base, id, endpoint_id: 'whe_a' })));
    assert.deepEqual(raced.map((d) => d.event_id).sort(), [-3, -4, -5]);
    assert.deepEqual(await Promise.all(raced.map(async (d) => (await row(d.id)).event_id)), raced.map((d) => d.event_id));
    // A row refused for another reason (its id is taken) is no race for a number: tried a few times, then refused.
    await assert.rejects(store.insertTestDelivery(db, { ...base, id: 'd_t1', endpoint_id: 'whe_b' }));
    assert.equal((await row('d_t1')).endpoint_id, 'whe_a');
  });

  it("findDelivery: by id within the project only", async () => {
    await endpoint('whe_a');
    await delivery('d_1', 'whe_a');
    assert.equal((await store.findDelivery(db, 'prj_a', 'd_1'))?.id, 'd_1');
    assert.equal(await store.findDelivery(db, 'prj_b', 'd_1'), undefined);
    assert.equal(await store.findDelivery(db, 'prj_a', 'd_2'), undefined);
  });

  describe('redelivery', () => {
    it('findRedeliveryCandidates: the statuses asked for, enabled endpoints of the project, endpoint and inclusive range, oldest first, limited', async () => {
      await endpoint('whe_a');
      await endpoint('whe_b');
      await endpoint('whe_off', { enabled: false });
      await endpoint('whe_other', { project: 'prj_b' });
      await delivery('d_3', 'whe_a', { status: 'failed', created_at: at(-10), sending_until: LEASE });
      await delivery('d_1', 'whe_b', { status: 'failed', created_at: at(-30) });
      await delivery('d_2b', 'whe_a', { status: 'cancelled', created_at: at(-20) });
      await delivery('d_2a', 'whe_b', { status: 'failed', created_at: at(-20) });
      await delivery('d_ok', 'whe_a', { status: 'delivered', created_at: at(-25) });
      await delivery('d_off', 'whe_off', { status: 'failed', created_at: at(-25) });
      await delivery('d_foreign', 'whe_other', { project_id: 'prj_b', status: 'failed', created_at: at(-25) });
      const ids = async (filter: Partial<store.RedeliveryFilter>) =>
        (await store.findRedeliveryCandidates(db, { projectId: 'prj_a', statuses: ['failed', 'cancelled'], limit: 10, ...filter })).map((d) => d.id);
      assert.deepEqual(await ids({}), ['d_1', 'd_2a', 'd_2b', 'd_3']);
      assert.deepEqual(await ids({ statuses: ['failed'] }), ['d_1', 'd_2a', 'd_3']);
      assert.deepEqual(await ids({ endpointId: 'whe_a' }), ['d_2b', 'd_3']);
      assert.deepEqual(await ids({ from: at(-20) }), ['d_2a', 'd_2b', 'd_3']);
      assert.deepEqual(await ids({ to: at(-20) }), ['d_1', 'd_2a', 'd_2b']);
      assert.deepEqual(await ids({ limit: 2 }), ['d_1', 'd_2a']);
      assert.deepEqual(await ids({ projectId: 'prj_b', statuses: ['failed'] }), ['d_foreign']);
      const [withLease] = await store.findRedeliveryCandidates(db, { projectId: 'prj_a', statuses: ['failed'], from: at(-10), limit: 1 });
      assert.deepEqual(withLease, { id: 'd_3', sending_until: LEASE });
    });

    it('requeueDeliveries: due now on a fresh schedule, attempts kept; an attempt in flight is left alone, one whose lease ended is not', async () => {
      await endpoint('whe_a');
      await delivery('d_failed', 'whe_a', { status: 'failed', attempts: 11, schedule_start: 0, next_attempt_at: null, delivered_at: null, last_error: 'HTTP 500 (gave up after 11 attempts)' });
      await delivery('d_delivered', 'whe_a', { status: 'delivered', attempts: 2, schedule_start: 1, next_attempt_at: null, delivered_at: EARLIER });
      await delivery('d_in_flight', 'whe_a', { status: 'pending', attempts: 3, sending_until: LATER, next_attempt_at: LATER });
      await delivery('d_lease_over', 'whe_a', { status: 'failed', attempts: 4, sending_until: NOW, next_attempt_at: null });
      const requeued = await store.requeueDeliveries(db, ['d_failed', 'd_delivered', 'd_in_flight', 'd_lease_over'], NOW);
      assert.deepEqual([...requeued].sort(), ['d_delivered', 'd_failed', 'd_lease_over']);
      for (const [id, attempts] of [['d_failed', 11], ['d_delivered', 2], ['d_lease_over', 4]] as const) {
        const r = await row(id);
        assert.deepEqual([r.status, r.next_attempt_at, r.attempts, r.schedule_start, r.delivered_at], ['pending', NOW, attempts, attempts, null], id);
      }
      const untouched = await row('d_in_flight');
      assert.deepEqual([untouched.next_attempt_at, untouched.schedule_start], [LATER, 0]);
      assert.deepEqual(await store.requeueDeliveries(db, [], NOW), []);
    });

    it('requeueDeliveries: more ids than one UPDATE takes (500) are all re-queued', async () => {
      await endpoint('whe_a');
      const ids = Array.from({ length: 1001 }, (_, i) => `d_${String(i).padStart(4, '0')}`);
      for (let start = 0; start < ids.length; start += 200) {
        await db
          .insertInto('webhook_deliveries')
          .values(ids.slice(start, start + 200).map((id, i) => ({ id, project_id: 'prj_a', endpoint_id: 'whe_a', event_id: start + i + 1, event: 'account.created', account_id: 'acc_1', payload: '{}', status: 'failed', attempts: 1, schedule_start: 0, next_attempt_at: null, created_at: NOW })))
          .execute();
      }
      const requeued = await store.requeueDeliveries(db, ids, NOW);
      assert.equal(requeued.length, 1001);
      assert.deepEqual([...requeued].sort(), ids);
      const pending = await db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<number | string>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
      assert.equal(Number(pending.n), 1001);
    });
  });

  it('endpointDeliveryStats: per endpoint of the project, deliveries, failures and the newest (ties: later event, later id)', async () => {
    assert.deepEqual(await store.endpointDeliveryStats(db, 'prj_a'), []);
    await endpoint('whe_a');
    await endpoint('whe_b');
    await endpoint('whe_other', { project: 'prj_b' });
    await delivery('d_a1', 'whe_a', { status: 'failed', created_at: at(-30) });
    await delivery('d_a2', 'whe_a', { status: 'failed', created_at: at(-10), event_id: 40 });
    await delivery('d_a3', 'whe_a', { status: 'delivered', created_at: at(-10), event_id: 41 });
    await delivery('d_a0', 'whe_a', { status: 'pending', created_at: at(-20) });
    await delivery('d_b2', 'whe_b', { status: 'pending', created_at: at(-5), event_id: 60 });
    await delivery('d_b1', 'whe_b', { status: 'cancelled', created_at: at(-5), event_id: 60 - 100 });
    await delivery('d_b3', 'whe_b', { status: 'delivered', created_at: at(-5), event_id: 60 - 200 });
    await delivery('d_x', 'whe_other', { project_id: 'prj_b', status: 'failed', created_at: at(0) });
    const stats = (await store.endpointDeliveryStats(db, 'prj_a')).sort((x, y) => x.endpoint_id.localeCompare(y.endpoint_id));
    assert.deepEqual(stats, [
      { endpoint_id: 'whe_a', deliveries: 4, failed: 2, last_id: 'd_a3', last_status: 'delivered', last_created_at: at(-10) },
      { endpoint_id: 'whe_b', deliveries: 3, failed: 0, last_id: 'd_b2', last_status: 'pending', last_created_at: at(-5) },
    ]);
  });
});
