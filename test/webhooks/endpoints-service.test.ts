import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type KyselyPlugin } from 'kysely';
import { WEBHOOK_EVENTS } from '../../src/contract/webhooks.js';
import { CredentialCipher } from '../../src/server/crypto/index.js';
import { isPostgres, type Db } from '../../src/server/db/database.js';
import type { ProjectRow, WebhookDeliveryRow, WebhookEndpointRow } from '../../src/server/db/schema.js';
import { ApiError } from '../../src/server/errors.js';
import { liveSigningSecrets, TEST_ACCOUNT_ID, toWebhookEndpoint, WebhookEndpointService } from '../../src/server/webhooks/endpoints.js';
import { openTestStore } from '../server/harness.js';

/**
 * The endpoint service on a real database (SQLite, or PostgreSQL under with-postgres), without the HTTP
 * server: what each write stores (the secret sealed to the endpoint's id), rotation and the secrets that sign
 * while it overlaps, the refusals, and the delivery log, test deliveries and redelivery entry points.
 */

const NOW = '2026-12-03T12:00:00.000Z';
const OVERLAP_SECONDS = 3600;

function at(offsetMs: number): Date {
  return new Date(Date.parse(NOW) + offsetMs);
}

/** Runs `action` and checks it throws the ApiError with this code, message and details. */
async function refused(action: () => Promise<unknown>, code: string, message: string | RegExp, details: object = {}): Promise<void> {
  await assert.rejects(action, (error: unknown) => {
    assert.ok(error instanceof ApiError, `an ApiError, not ${String(error)}`);
    assert.equal(error.code, code);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    assert.deepEqual(error.details, details);
    return true;
  });
}

describe('webhook endpoint service (real database)', () => {
  let testStore: Awaited<ReturnType<typeof openTestStore>>;
  let db: Db;
  let projectA: ProjectRow;
  let projectB: ProjectRow;
  const cipher = new CredentialCipher(randomBytes(32));
  let now: Date;
  let nudges: number;
  let service: WebhookEndpointService;

  before(async () => {
    testStore = await openTestStore('endpoints-service', NOW);
    db = testStore.db;
    projectA = await db.selectFrom('projects').selectAll().where('id', '=', 'prj_a').executeTakeFirstOrThrow();
    projectB = await db.selectFrom('projects').selectAll().where('id', '=', 'prj_b').executeTakeFirstOrThrow();
  });
  after(() => testStore?.close());
  beforeEach(async () => {
    await db.deleteFrom('webhook_deliveries').execute();
    await db.deleteFrom('webhook_endpoints').execute();
    now = new Date(NOW);
    nudges = 0;
    service = new WebhookEndpointService(db, () => now, cipher, { rotationOverlapSeconds: OVERLAP_SECONDS }, () => {
      nudges++;
    });
  });

  async function stored(id: string): Promise<WebhookEndpointRow | undefined> {
    return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
  }

  let deliverySequence = 0;
  async function addDelivery(endpoint: { id: string }, fields: Partial<WebhookDeliveryRow> = {}): Promise<WebhookDeliveryRow> {
    deliverySequence++;
    const row: WebhookDeliveryRow = {
      id: `msg_${String(deliverySequence).padStart(6, '0')}`,
      project_id: 'prj_a',
      endpoint_id: endpoint.id,
      event_id: deliverySequence,
      event: 'account.created',
      account_id: 'acc_1',
      payload: '{}',
      status: 'failed',
      attempts: 3,
      schedule_start: 0,
      next_attempt_at: null,
      sending_until: null,
      last_attempt_at: '2026-12-03T11:00:00.000Z',
      last_status_code: 500,
      last_error: 'HTTP 500',
      delivered_at: null,
      created_at: '2026-12-03T10:00:00.000Z',
      ...fields,
    };
    await db.insertInto('webhook_deliveries').values(row).execute();
    return row;
  }

  /**
   * A service whose first query is followed, before the next, by the endpoint's deletion from another
   * connection: an API client deleting it while the service reads. (SQLite has one connection per server and
   * the plugin runs inside it, so the delete goes through a connection of its own to the same file.)
   */
  async function serviceRacingDeleteOf(endpointId: string): Promise<WebhookEndpointService> {
    const sqliteFile = isPostgres(db) ? undefined : (await sql<{ file: string }>`pragma database_list`.execute(db)).rows[0]?.file;
    let reads = 0;
    const deleteAfterFirstRead: KyselyPlugin = {
      transformQuery: (args) => args.node,
      async transformResult(args) {
        if (++reads !== 1) return args.result;
        if (sqliteFile) {
          const other = new BetterSqlite3(sqliteFile);
          try {
            other.pragma('busy_timeout = 5000');
            other.prepare('delete from webhook_deliveries where endpoint_id = ?').run(endpointId);
            other.prepare('delete from webhook_endpoints where id = ?').run(endpointId);
          } finally {
            other.close();
          }
        } else {
          await db.deleteFrom('webhook_endpoints').where('id', '=', endpointId).execute();
        }
        return args.result;
      },
    };
    return new WebhookEndpointService(db.withPlugin(deleteAfterFirstRead), () => now, cipher, { rotationOverlapSeconds: OVERLAP_SECONDS }, () => {
      nudges++;
    });
  }

  async function deliveryRow(id: string): Promise<WebhookDeliveryRow> {
    return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  describe('create', () => {
    it('stores the endpoint with its secret sealed to its id, and shows the secret once', async () => {
      const created = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      assert.match(created.id, /^whe_/);
      assert.match(created.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
      assert.deepEqual(created, {
        id: created.id,
        url: 'https://hooks.example.com/a',
        events: [...WEBHOOK_EVENTS],
        enabled: true,
        description: null,
        previous_secret_expires_at: null,
        created_at: NOW,
        updated_at: NOW,
        secret: created.secret,
      });
      const row = await stored(created.id);
      assert.ok(row);
      assert.deepEqual({ ...row, secret_ciphertext: '(checked below)' }, {
        id: created.id,
        project_id: 'prj_a',
        url: 'https://hooks.example.com/a',
        events: '["*"]',
        enabled: 1,
        description: null,
        secret_ciphertext: '(checked below)',
        previous_secret_ciphertext: null,
        previous_secret_expires_at: null,
        created_at: NOW,
        updated_at: NOW,
      });
      assert.equal(row.secret_ciphertext.includes(created.secret.slice('whsec_'.length)), false, 'not in clear');
      assert.equal(cipher.decrypt(row.secret_ciphertext, created.id), created.secret);
      assert.throws(() => cipher.decrypt(row.secret_ciphertext, 'whe_other'), 'sealed to this endpoint only');
      assert.deepEqual(liveSigningSecrets(row, cipher, now), [created.secret]);

      const second = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      assert.notEqual(second.id, created.id);
      assert.notEqual(second.secret, created.secret);
    });

    it('keeps enabled: false, a description, and the named event types in the contract order', async () => {
      const created = await service.create(projectA, {
        url: 'https://hooks.example.com/b',
        events: ['account.deleted', 'account.created'],
        enabled: false,
        description: 'CRM sync',
      });
      assert.deepEqual([created.enabled, created.description, created.events], [false, 'CRM sync', ['account.created', 'account.deleted']]);
      const row = await stored(created.id);
      assert.deepEqual([row?.enabled, row?.description, row?.events], [0, 'CRM sync', '["account.created","account.deleted"]']);
      assert.equal((await service.create(projectA, { url: 'https://hooks.example.com/c', enabled: true })).enabled, true);
      assert.equal((await stored((await service.create(projectA, { url: 'https://hooks.example.com/d', enabled: true })).id))?.enabled, 1);
    });

    it('a list naming every event type, in any order, is stored as every type (so types added later reach it)', async () => {
      const everyType = await service.create(projectA, { url: 'https://hooks.example.com/e', events: [...WEBHOOK_EVENTS].reverse() });
      assert.equal((await stored(everyType.id))?.events, '["*"]');
      assert.deepEqual(everyType.events, [...WEBHOOK_EVENTS]);
      const allButOne = await service.create(projectA, { url: 'https://hooks.example.com/f', events: WEBHOOK_EVENTS.slice(1) });
      assert.equal((await stored(allButOne.id))?.events, JSON.stringify(WEBHOOK_EVENTS.slice(1)));
      assert.deepEqual(allButOne.events, WEBHOOK_EVENTS.slice(1));
    });

    it('a project has at most 50 endpoints; another project is not counted', async () => {
      for (let index = 0; index < 49; index++) await service.create(projectA, { url: `https://hooks.example.com/${index}` });
      await service.create(projectB, { url: 'https://hooks.example.com/b' });
      await service.create(projectA, { url: 'https://hooks.example.com/fiftieth' });
      await refused(() => service.create(projectA, { url: 'https://hooks.example.com/51' }), 'conflict', 'A project has at most 50 webhook endpoints; delete one first');
      assert.equal((await service.list(projectA)).length, 50);
      assert.equal((await service.create(projectB, { url: 'https://hooks.example.com/b2' })).url, 'https://hooks.example.com/b2');
    });
  });

  describe('read, update, delete', () => {
    it("lists and gets only the project's own endpoints, without secrets", async () => {
      now = at(1000);
      const a1 = await service.create(projectA, { url: 'https://hooks.example.com/1' });
      now = at(2000);
      const a2 = await service.create(projectA, { url: 'https://hooks.example.com/2', events: ['account.updated'] });
      const b1 = await service.create(projectB, { url: 'https://hooks.example.com/b' });
      const { secret: _secret1, ...shown1 } = a1;
      const { secret: _secret2, ...shown2 } = a2;
      assert.deepEqual(await service.list(projectA), [shown1, shown2]);
      assert.deepEqual(await service.get(projectA, a2.id), shown2);
      assert.deepEqual((await service.list(projectB)).map((endpoint) => endpoint.id), [b1.id]);
      await refused(() => service.get(projectA, b1.id), 'not_found', `No webhook endpoint "${b1.id}" in this project`);
      await refused(() => service.get(projectA, 'whe_nope'), 'not_found', 'No webhook endpoint "whe_nope" in this project');
    });

    it('an update changes only the fields given (and updated_at), and answers what is stored', async () => {
      const created = await service.create(projectA, { url: 'https://hooks.example.com/a', events: ['account.created'], description: 'first' });
      const pending = await addDelivery(created, { status: 'pending', next_attempt_at: NOW });
      const before = await stored(created.id);

      now = at(60_000);
      const moved = await service.update(projectA, created.id, { url: 'https://hooks.example.com/moved' });
      assert.deepEqual(await stored(created.id), { ...before, url: 'https://hooks.example.com/moved', updated_at: at(60_000).toISOString() });
      assert.deepEqual(moved, toWebhookEndpoint((await stored(created.id))!));
      assert.equal((await deliveryRow(pending.id)).status, 'pending', 'only disabling cancels');

      now = at(120_000);
      const relabelled = await service.update(projectA, created.id, { description: null, events: ['account.deleted', 'account.updated'] });
      assert.deepEqual(await stored(created.id), {
        ...before,
        url: 'https://hooks.example.com/moved',
        description: null,
        events: '["account.updated","account.deleted"]',
        updated_at: at(120_000).toISOString(),
      });
      assert.deepEqual(relabelled.events, ['account.updated', 'account.deleted']);
      assert.deepEqual(relabelled, toWebhookEndpoint((await stored(created.id))!));

      now = at(180_000);
      await service.update(projectA, created.id, { description: 'second', events: [...WEBHOOK_EVENTS] });
      const row = await stored(created.id);
      assert.deepEqual([row?.description, row?.events, row?.enabled, row?.secret_ciphertext], ['second', '["*"]', 1, before?.secret_ciphertext]);

      now = at(240_000);
      assert.deepEqual(await service.update(projectA, created.id, {}), toWebhookEndpoint({ ...row!, updated_at: at(240_000).toISOString() }));
      assert.deepEqual(await stored(created.id), { ...row, updated_at: at(240_000).toISOString() });
    });

    it("disabling cancels the endpoint's pending deliveries (no others); enabling again re-queues none", async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const other = await service.create(projectA, { url: 'https://hooks.example.com/b' });
      const pending = await addDelivery(endpoint, { status: 'pending', next_attempt_at: NOW, last_error: null });
      const failed = await addDelivery(endpoint, { status: 'failed' });
      const delivered = await addDelivery(endpoint, { status: 'delivered', delivered_at: NOW, last_error: null });
      const otherPending = await addDelivery(other, { status: 'pending', next_attempt_at: NOW });

      const disabled = await service.update(projectA, endpoint.id, { enabled: false });
      assert.equal(disabled.enabled, false);
      assert.equal((await stored(endpoint.id))?.enabled, 0);
      assert.deepEqual(await deliveryRow(pending.id), { ...pending, status: 'cancelled', next_attempt_at: null, last_error: 'endpoint disabled' });
      assert.deepEqual(await deliveryRow(failed.id), failed);
      assert.deepEqual(await deliveryRow(delivered.id), delivered);
      assert.deepEqual(await deliveryRow(otherPending.id), otherPending);

      const enabled = await service.update(projectA, endpoint.id, { enabled: true });
      assert.equal(enabled.enabled, true);
      assert.equal((await stored(endpoint.id))?.enabled, 1);
      assert.equal((await deliveryRow(pending.id)).status, 'cancelled');
      const fresh = await addDelivery(endpoint, { status: 'pending', next_attempt_at: NOW });
      await service.update(projectA, endpoint.id, { enabled: true });
      assert.equal((await deliveryRow(fresh.id)).status, 'pending');
    });

    it("another project's endpoint cannot be updated, rotated or deleted", async () => {
      const theirs = await service.create(projectB, { url: 'https://hooks.example.com/b' });
      const before = await stored(theirs.id);
      const notFound = `No webhook endpoint "${theirs.id}" in this project`;
      await refused(() => service.update(projectA, theirs.id, { enabled: false }), 'not_found', notFound);
      await refused(() => service.rotateSecret(projectA, theirs.id), 'not_found', notFound);
      await refused(() => service.delete(projectA, theirs.id), 'not_found', notFound);
      assert.deepEqual(await stored(theirs.id), before);
    });

    it('delete answers the endpoint as it was and removes it with its deliveries', async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a', description: 'gone soon' });
      const kept = await service.create(projectA, { url: 'https://hooks.example.com/b' });
      await addDelivery(endpoint);
      const keptDelivery = await addDelivery(kept);
      const { secret: _secret, ...shown } = endpoint;
      assert.deepEqual(await service.delete(projectA, endpoint.id), shown);
      assert.equal(await stored(endpoint.id), undefined);
      assert.deepEqual((await db.selectFrom('webhook_deliveries').select('id').execute()).map((row) => row.id), [keptDelivery.id]);
      assert.deepEqual((await service.list(projectA)).map((e) => e.id), [kept.id]);
    });
  });

  describe('secret rotation and the secrets that sign', () => {
    it('a rotation stores a new sealed secret and keeps the old one signing until the overlap ends (exclusive)', async () => {
      const created = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const old = (await stored(created.id))!;
      now = at(10_000);
      const rotated = await service.rotateSecret(projectA, created.id, 60);
      const expires = at(70_000).toISOString();
      assert.match(rotated.secret, /^whsec_/);
      assert.notEqual(rotated.secret, created.secret);
      const { secret: _secret, ...shown } = created;
      assert.deepEqual({ ...rotated, secret: '' }, { ...shown, previous_secret_expires_at: expires, updated_at: at(10_000).toISOString(), secret: '' });

      const row = (await stored(created.id))!;
      assert.equal(cipher.decrypt(row.secret_ciphertext, created.id), rotated.secret);
      assert.equal(row.previous_secret_ciphertext, old.secret_ciphertext);
      assert.deepEqual([row.previous_secret_expires_at, row.updated_at, row.created_at], [expires, at(10_000).toISOString(), NOW]);
      assert.deepEqual(await service.get(projectA, created.id), { ...shown, previous_secret_expires_at: expires, updated_at: at(10_000).toISOString() });

      assert.deepEqual(liveSigningSecrets(row, cipher, at(10_000)), [rotated.secret, created.secret]);
      assert.deepEqual(liveSigningSecrets(row, cipher, at(69_999)), [rotated.secret, created.secret]);
      assert.deepEqual(liveSigningSecrets(row, cipher, at(70_000)), [rotated.secret]);
      assert.deepEqual(liveSigningSecrets(row, cipher, at(3_600_000)), [rotated.secret]);
    });

    it('the overlap defaults to the configured one; zero drops the old secret at once', async () => {
      const created = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const rotated = await service.rotateSecret(projectA, created.id);
      const expires = at(OVERLAP_SECONDS * 1000).toISOString();
      assert.equal(rotated.previous_secret_expires_at, expires);
      assert.equal((await stored(created.id))?.previous_secret_expires_at, expires);

      now = at(5000);
      const cut = await service.rotateSecret(projectA, created.id, 0);
      assert.equal(cut.previous_secret_expires_at, null);
      const row = (await stored(created.id))!;
      assert.deepEqual([row.previous_secret_ciphertext, row.previous_secret_expires_at], [null, null]);
      assert.deepEqual(liveSigningSecrets(row, cipher, now), [cut.secret]);
    });

    it('two rotations in a row: the second one keeps only the first rotation\'s secret beside it', async () => {
      const created = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const first = await service.rotateSecret(projectA, created.id, 600);
      now = at(1000);
      const second = await service.rotateSecret(projectA, created.id, 600);
      const row = (await stored(created.id))!;
      assert.deepEqual(liveSigningSecrets(row, cipher, now), [second.secret, first.secret]);
      assert.equal(row.previous_secret_expires_at, at(601_000).toISOString());
    });

    it('a previous secret needs both its ciphertext and its expiry to sign or to show', () => {
      const current = cipher.encrypt('whsec_current', 'whe_x');
      const previous = cipher.encrypt('whsec_previous', 'whe_x');
      const row: WebhookEndpointRow = {
        id: 'whe_x',
        project_id: 'prj_a',
        url: 'https://hooks.example.com/x',
        events: '["*"]',
        enabled: 1,
        description: null,
        secret_ciphertext: current,
        previous_secret_ciphertext: previous,
        previous_secret_expires_at: null,
        created_at: NOW,
        updated_at: NOW,
      };
      assert.deepEqual(liveSigningSecrets(row, cipher, now), ['whsec_current']);
      assert.equal(toWebhookEndpoint(row).previous_secret_expires_at, null);
      const orphanExpiry = { ...row, previous_secret_ciphertext: null, previous_secret_expires_at: at(60_000).toISOString() };
      assert.deepEqual(liveSigningSecrets(orphanExpiry, cipher, now), ['whsec_current']);
      assert.equal(toWebhookEndpoint(orphanExpiry).previous_secret_expires_at, null);
      const both = { ...row, previous_secret_expires_at: at(60_000).toISOString() };
      assert.deepEqual(liveSigningSecrets(both, cipher, now), ['whsec_current', 'whsec_previous']);
      assert.equal(toWebhookEndpoint(both).previous_secret_expires_at, at(60_000).toISOString());
      // Sealed to its endpoint: a previous secret moved from another endpoint does not open.
      assert.throws(() => liveSigningSecrets({ ...both, previous_secret_ciphertext: cipher.encrypt('whsec_previous', 'whe_y') }, cipher, now));
    });
  });

  describe('delivery log', () => {
    it("one endpoint's deliveries: newest first, a page at a time, by status; next attempt only while pending", async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const other = await service.create(projectA, { url: 'https://hooks.example.com/b' });
      const rows = [];
      for (let index = 0; index < 4; index++) {
        rows.push(await addDelivery(endpoint, { created_at: at(index * 1000).toISOString(), status: index === 3 ? 'pending' : 'failed', next_attempt_at: at(99_000).toISOString() }));
      }
      await addDelivery(other);
      const page1 = await service.deliveries(projectA, endpoint.id, { page: 1, pageSize: 3 });
      assert.deepEqual(page1.deliveries.map((d) => d.id), [rows[3]!.id, rows[2]!.id, rows[1]!.id]);
      assert.equal(page1.hasMore, true);
      const page2 = await service.deliveries(projectA, endpoint.id, { page: 2, pageSize: 3 });
      assert.deepEqual([page2.deliveries.map((d) => d.id), page2.hasMore], [[rows[0]!.id], false]);
      const exact = await service.deliveries(projectA, endpoint.id, { page: 2, pageSize: 2 });
      assert.deepEqual([exact.deliveries.map((d) => d.id), exact.hasMore], [[rows[1]!.id, rows[0]!.id], false]);
      const failed = await service.deliveries(projectA, endpoint.id, { statuses: ['failed'], page: 1, pageSize: 10 });
      assert.deepEqual(failed.deliveries.map((d) => d.id), [rows[2]!.id, rows[1]!.id, rows[0]!.id]);

      assert.deepEqual(page1.deliveries[0], {
        id: rows[3]!.id,
        endpoint_id: endpoint.id,
        event: 'account.created',
        account_id: 'acc_1',
        status: 'pending',
        attempts: 3,
        last_status_code: 500,
        last_error: 'HTTP 500',
        last_attempt_at: '2026-12-03T11:00:00.000Z',
        next_attempt_at: at(99_000).toISOString(),
        delivered_at: null,
        created_at: at(3000).toISOString(),
      });
      assert.equal(page1.deliveries[1]?.next_attempt_at, null, 'a failed delivery has no next attempt');

      const theirs = await service.create(projectB, { url: 'https://hooks.example.com/b' });
      await refused(() => service.deliveries(projectA, theirs.id, { page: 1, pageSize: 10 }), 'not_found', `No webhook endpoint "${theirs.id}" in this project`);
    });

    it('per endpoint stats: counts, failures and the newest delivery', async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      await service.create(projectA, { url: 'https://hooks.example.com/quiet' });
      await addDelivery(endpoint, { status: 'failed', created_at: at(0).toISOString() });
      const newest = await addDelivery(endpoint, { status: 'delivered', created_at: at(1000).toISOString() });
      assert.deepEqual(await service.stats(projectA), [
        { endpoint_id: endpoint.id, deliveries: 2, failed: 1, last_delivery: { id: newest.id, status: 'delivered', created_at: at(1000).toISOString() } },
      ]);
      assert.deepEqual(await service.stats(projectB), []);
    });

    it('an endpoint deleted between the counts and the newest delivery keeps its counts, with no newest delivery', async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      await addDelivery(endpoint, { status: 'failed' });
      const racing = await serviceRacingDeleteOf(endpoint.id);
      assert.deepEqual(await racing.stats(projectA), [{ endpoint_id: endpoint.id, deliveries: 1, failed: 1, last_delivery: null }]);
      assert.equal(await stored(endpoint.id), undefined, 'the delete did happen');
    });

    it("the project's log: filters, pages and a total; a time range that ends before it starts is refused naming to", async () => {
      const a = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const b = await service.create(projectA, { url: 'https://hooks.example.com/b' });
      const theirs = await service.create(projectB, { url: 'https://hooks.example.com/c' });
      const d1 = await addDelivery(a, { created_at: at(0).toISOString() });
      const d2 = await addDelivery(b, { created_at: at(1000).toISOString(), event: 'account.deleted', account_id: 'acc_2' });
      const d3 = await addDelivery(a, { created_at: at(2000).toISOString(), status: 'delivered' });
      await addDelivery(theirs, { project_id: 'prj_b', created_at: at(3000).toISOString() });

      const all = await service.log(projectA, { page: 1, pageSize: 2 });
      assert.deepEqual([all.deliveries.map((d) => d.id), all.hasMore, all.total], [[d3.id, d2.id], true, 3]);
      const last = await service.log(projectA, { page: 2, pageSize: 2 });
      assert.deepEqual([last.deliveries.map((d) => d.id), last.hasMore, last.total], [[d1.id], false, 3]);
      const exact = await service.log(projectA, { page: 1, pageSize: 3 });
      assert.deepEqual([exact.deliveries.length, exact.hasMore], [3, false]);
      const ofA = await service.log(projectA, { endpointId: a.id, statuses: ['failed'], page: 1, pageSize: 10 });
      assert.deepEqual([ofA.deliveries.map((d) => d.id), ofA.total], [[d1.id], 1]);
      const byEvent = await service.log(projectA, { events: ['account.deleted'], accountId: 'acc_2', page: 1, pageSize: 10 });
      assert.deepEqual(byEvent.deliveries.map((d) => d.id), [d2.id]);
      const instant = at(1000).toISOString();
      const oneInstant = await service.log(projectA, { from: instant, to: instant, page: 1, pageSize: 10 });
      assert.deepEqual([oneInstant.deliveries.map((d) => d.id), oneInstant.total], [[d2.id], 1]);
      assert.deepEqual((await service.log(projectA, { from: instant, page: 1, pageSize: 10 })).total, 2);
      assert.deepEqual((await service.log(projectA, { to: instant, page: 1, pageSize: 10 })).total, 2);

      await refused(
        () => service.log(projectA, { from: at(1).toISOString(), to: at(0).toISOString(), page: 1, pageSize: 10 }),
        'validation_failed',
        `to: must not be before from (${at(1).toISOString()})`,
        { field: 'to' },
      );
      await refused(() => service.log(projectA, { endpointId: theirs.id, page: 1, pageSize: 10 }), 'not_found', `No webhook endpoint "${theirs.id}" in this project`);
    });
  });

  describe('test deliveries', () => {
    it('queues one signed-like-any-other delivery with a made-up account, due now, and tells the dispatcher', async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      now = at(5000);
      const sent = await service.sendTest(projectA, endpoint.id, 'account.deleted');
      assert.equal(nudges, 1);
      assert.match(sent.id, /^msg_/);
      assert.deepEqual(sent, {
        id: sent.id,
        endpoint_id: endpoint.id,
        event: 'account.deleted',
        account_id: TEST_ACCOUNT_ID,
        status: 'pending',
        attempts: 0,
        last_status_code: null,
        last_error: null,
        last_attempt_at: null,
        next_attempt_at: at(5000).toISOString(),
        delivered_at: null,
        created_at: at(5000).toISOString(),
      });
      const row = await deliveryRow(sent.id);
      assert.deepEqual({ ...row, payload: JSON.parse(row.payload) as unknown }, {
        id: sent.id,
        project_id: 'prj_a',
        endpoint_id: endpoint.id,
        event_id: -1,
        event: 'account.deleted',
        account_id: 'test_account',
        payload: {
          project_id: 'prj_a',
          event: 'account.deleted',
          event_date: at(5000).toISOString(),
          record_type: 'account',
          record_id: 'test_account',
          account_id: 'test_account',
          provider: 'test',
          origin_owner_id: 'test',
          origin_owner_name: 'Test event from Connect Hub',
        },
        status: 'pending',
        attempts: 0,
        schedule_start: 0,
        next_attempt_at: at(5000).toISOString(),
        sending_until: null,
        last_attempt_at: null,
        last_status_code: null,
        last_error: null,
        delivered_at: null,
        created_at: at(5000).toISOString(),
      });
      const again = await service.sendTest(projectA, endpoint.id, 'account.created');
      assert.notEqual(again.id, sent.id);
      assert.equal((await deliveryRow(again.id)).event_id, -2);
      assert.equal(nudges, 2);
    });

    it('refused for a disabled endpoint and for one of another project, queueing nothing', async () => {
      const disabled = await service.create(projectA, { url: 'https://hooks.example.com/a', enabled: false });
      const theirs = await service.create(projectB, { url: 'https://hooks.example.com/b' });
      await refused(() => service.sendTest(projectA, disabled.id, 'account.created'), 'conflict', `Endpoint ${disabled.id} is disabled: enable it before sending a test event`);
      await refused(() => service.sendTest(projectA, theirs.id, 'account.created'), 'not_found', `No webhook endpoint "${theirs.id}" in this project`);
      assert.equal(nudges, 0);
      assert.deepEqual(await db.selectFrom('webhook_deliveries').select('id').execute(), []);
    });
  });

  describe('redelivery by hand', () => {
    it('one delivery: due now with a fresh schedule, answered as stored, and the dispatcher told', async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const failed = await addDelivery(endpoint, { status: 'failed', attempts: 5, schedule_start: 0 });
      now = at(7000);
      const retried = await service.retryDelivery(projectA, failed.id);
      assert.deepEqual(await deliveryRow(failed.id), { ...failed, status: 'pending', next_attempt_at: at(7000).toISOString(), schedule_start: 5, delivered_at: null });
      assert.deepEqual([retried.status, retried.next_attempt_at, retried.attempts], ['pending', at(7000).toISOString(), 5]);
      assert.equal(nudges, 1);
    });

    it('refused for an unknown delivery, one of another project, a disabled endpoint and an attempt in flight', async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const theirs = await service.create(projectB, { url: 'https://hooks.example.com/b' });
      const theirDelivery = await addDelivery(theirs, { project_id: 'prj_b' });
      const inFlight = await addDelivery(endpoint, { status: 'pending', attempts: 2, sending_until: at(30_000).toISOString(), next_attempt_at: at(30_000).toISOString() });
      await refused(() => service.retryDelivery(projectA, 'msg_nope'), 'not_found', 'No webhook delivery "msg_nope" in this project');
      await refused(() => service.retryDelivery(projectA, theirDelivery.id), 'not_found', `No webhook delivery "${theirDelivery.id}" in this project`);
      await refused(
        () => service.retryDelivery(projectA, inFlight.id),
        'conflict',
        `Delivery ${inFlight.id} is being sent right now (attempt 2): redeliver it once that attempt ends`,
      );
      assert.deepEqual(await deliveryRow(inFlight.id), inFlight);

      const failed = await addDelivery(endpoint);
      await service.update(projectA, endpoint.id, { enabled: false });
      await refused(() => service.retryDelivery(projectA, failed.id), 'conflict', `Endpoint ${endpoint.id} is disabled: enable it before redelivering`);
      assert.deepEqual(await deliveryRow(failed.id), failed);
      assert.equal(nudges, 0);

      // A lease that has ended is no attempt in flight.
      await service.update(projectA, endpoint.id, { enabled: true });
      now = at(30_000);
      assert.equal((await service.retryDelivery(projectA, inFlight.id)).status, 'pending');
      assert.equal(nudges, 1);
    });

    it('an endpoint deleted between reading the delivery and reading its endpoint is a 409, not a crash', async () => {
      const endpoint = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const failed = await addDelivery(endpoint);
      const racing = await serviceRacingDeleteOf(endpoint.id);
      await refused(() => racing.retryDelivery(projectA, failed.id), 'conflict', `Endpoint ${endpoint.id} is disabled: enable it before redelivering`);
      assert.equal(await stored(endpoint.id), undefined, 'the delete did happen');
      assert.equal(nudges, 0);
    });
  });

  describe('bulk redelivery', () => {
    it('by default: the failed deliveries of enabled endpoints, oldest first; those in flight reported, not re-queued', async () => {
      const a = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const off = await service.create(projectA, { url: 'https://hooks.example.com/off' });
      const theirs = await service.create(projectB, { url: 'https://hooks.example.com/b' });
      const newer = await addDelivery(a, { created_at: at(2000).toISOString() });
      const older = await addDelivery(a, { created_at: at(1000).toISOString() });
      const inFlight = await addDelivery(a, { created_at: at(1500).toISOString(), sending_until: at(60_000).toISOString() });
      await addDelivery(a, { status: 'delivered', created_at: at(500).toISOString() });
      await addDelivery(off, { created_at: at(0).toISOString() });
      await addDelivery(theirs, { project_id: 'prj_b', created_at: at(0).toISOString() });
      await service.update(projectA, off.id, { enabled: false });

      now = at(10_000);
      assert.deepEqual(await service.redeliver(projectA, {}), {
        queued: 2,
        delivery_ids: [older.id, newer.id],
        in_flight: [inFlight.id],
        has_more: false,
      });
      assert.equal(nudges, 1);
      assert.deepEqual([(await deliveryRow(older.id)).status, (await deliveryRow(older.id)).next_attempt_at], ['pending', at(10_000).toISOString()]);
      assert.deepEqual(await deliveryRow(inFlight.id), inFlight);

      // Nothing re-queued (only the one in flight is left failed): the dispatcher is not told.
      assert.deepEqual(await service.redeliver(projectA, {}), { queued: 0, delivery_ids: [], in_flight: [inFlight.id], has_more: false });
      assert.deepEqual(await service.redeliver(projectB, { status: ['delivered'] }), { queued: 0, delivery_ids: [], in_flight: [], has_more: false });
      assert.equal(nudges, 1);
    });

    it('at most limit (default 1000), has_more when there are more; the statuses and endpoint asked for', async () => {
      const a = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const b = await service.create(projectA, { url: 'https://hooks.example.com/b' });
      const rows: WebhookDeliveryRow[] = [];
      for (let index = 0; index < 1001; index++) {
        rows.push({
          id: `msg_bulk_${String(index).padStart(4, '0')}`,
          project_id: 'prj_a',
          endpoint_id: a.id,
          event_id: 10_000 + index,
          event: 'account.created',
          account_id: 'acc_1',
          payload: '{}',
          status: 'failed',
          attempts: 1,
          schedule_start: 0,
          next_attempt_at: null,
          sending_until: null,
          last_attempt_at: null,
          last_status_code: 500,
          last_error: null,
          delivered_at: null,
          created_at: at(index).toISOString(),
        });
      }
      for (let start = 0; start < rows.length; start += 200) await db.insertInto('webhook_deliveries').values(rows.slice(start, start + 200)).execute();
      const delivered = await addDelivery(b, { status: 'delivered', created_at: at(0).toISOString() });
      const cancelled = await addDelivery(b, { status: 'cancelled', created_at: at(1).toISOString() });
      await addDelivery(b, { status: 'failed', created_at: at(2).toISOString() });

      const two = await service.redeliver(projectA, { endpoint_id: b.id, status: ['delivered', 'cancelled'], limit: 2 });
      assert.deepEqual(two, { queued: 2, delivery_ids: [delivered.id, cancelled.id], in_flight: [], has_more: false });
      const one = await service.redeliver(projectA, { endpoint_id: b.id, limit: 1 });
      assert.equal(one.has_more, false);
      assert.equal(one.queued, 1);

      const batch = await service.redeliver(projectA, { endpoint_id: a.id });
      assert.deepEqual([batch.queued, batch.has_more, batch.delivery_ids[0], batch.delivery_ids.at(-1)], [1000, true, rows[0]!.id, rows[999]!.id]);
      const rest = await service.redeliver(projectA, { endpoint_id: a.id, limit: 1 });
      assert.deepEqual(rest, { queued: 1, delivery_ids: [rows[1000]!.id], in_flight: [], has_more: false });
    });

    it('from and to are instants, inclusive, compared whatever their notation; to before from is refused naming to', async () => {
      const a = await service.create(projectA, { url: 'https://hooks.example.com/a' });
      const edge = await addDelivery(a, { created_at: '2026-12-03T12:00:01.000Z' });
      await addDelivery(a, { created_at: '2026-12-03T12:00:00.999Z' });
      await addDelivery(a, { created_at: '2026-12-03T12:00:02.001Z' });
      const inOneInstant = { from: '2026-12-03T12:00:01Z', to: '2026-12-03T13:00:01.000+01:00' };
      assert.deepEqual((await service.redeliver(projectA, inOneInstant)).delivery_ids, [edge.id]);
      const later = await addDelivery(a, { created_at: '2026-12-03T12:00:02.000Z' });
      assert.deepEqual((await service.redeliver(projectA, { from: '2026-12-03T12:00:01.5Z', to: '2026-12-03T12:00:02Z' })).delivery_ids, [later.id]);

      await refused(
        () => service.redeliver(projectA, { from: '2026-12-03T12:00:01Z', to: '2026-12-03T12:00:00.999Z' }),
        'validation_failed',
        'to: must not be before from (2026-12-03T12:00:01Z)',
        { field: 'to' },
      );
      assert.equal(nudges, 2);
    });

    it("refused for another project's endpoint and a disabled one", async () => {
      const off = await service.create(projectA, { url: 'https://hooks.example.com/off', enabled: false });
      const theirs = await service.create(projectB, { url: 'https://hooks.example.com/b' });
      await addDelivery(off);
      await refused(() => service.redeliver(projectA, { endpoint_id: theirs.id }), 'not_found', `No webhook endpoint "${theirs.id}" in this project`);
      await refused(() => service.redeliver(projectA, { endpoint_id: off.id }), 'conflict', `Endpoint ${off.id} is disabled: enable it before redelivering`);
      assert.equal(nudges, 0);
    });
  });
});
