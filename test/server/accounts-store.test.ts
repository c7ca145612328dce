import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Db } from '../../src/server/db/database.js';
import type { AccountRow } from '../../src/server/db/schema.js';
import * as store from '../../src/server/db/stores/accounts.js';
import { openTestStore } from './harness.js';

/**
 * The accounts store on its own, on a real database (SQLite here, a PostgreSQL schema in that pass): every lookup,
 * filter, search word, order and page bound is read back from rows written for it, with a decoy for each condition,
 * so a condition dropped, widened or reversed changes an answer. The API tests reach these queries through HTTP.
 */

const NOW = '2026-12-03T12:00:00.000Z';

function at(minutes: number): string {
  return new Date(Date.parse(NOW) + minutes * 60_000).toISOString();
}

function account(id: string, fields: Partial<AccountRow> = {}): AccountRow {
  return {
    id,
    project_id: 'prj_a',
    provider: 'sandbox_crm',
    integration_id: 'sandbox_crm',
    origin_owner_id: 'owner-1',
    origin_owner_name: 'Owner One',
    origin_username: null,
    label: null,
    type: 'production',
    status: 'active',
    status_reasons: null,
    setup_information: '{"region":"eu"}',
    credentials_ciphertext: null,
    metadata: null,
    environment: 'production',
    auth_config_key: 'default',
    first_failed_at: null,
    created_at: NOW,
    updated_at: NOW,
    ...fields,
  };
}

describe('accounts store (real database)', () => {
  let testStore: Awaited<ReturnType<typeof openTestStore>>;
  let db: Db;

  before(async () => {
    testStore = await openTestStore('accounts-store', NOW);
    db = testStore.db;
  });
  after(() => testStore?.close());
  beforeEach(async () => {
    await db.deleteFrom('accounts').execute();
  });

  async function insert(...rows: AccountRow[]): Promise<void> {
    for (const row of rows) await store.insertAccount(db, row);
  }

  async function ids(filter: Partial<store.AccountListFilter>, page = { limit: 100, offset: 0 }, sort?: store.AccountSort): Promise<string[]> {
    return (await store.listAccounts(db, { projectId: 'prj_a', ...filter }, page, sort)).map((row) => row.id);
  }

  async function allRows(): Promise<AccountRow[]> {
    return db.selectFrom('accounts').selectAll().orderBy('id').execute();
  }

  it('stores an account as given and finds it by id only in its own project', async () => {
    const full = account('acc_full', {
      origin_username: 'one@example.com',
      label: 'Main CRM',
      status_reasons: '["refused"]',
      credentials_ciphertext: 'sealed',
      metadata: '{"team":"sales"}',
      environment: 'sandbox',
      auth_config_key: 'eu',
      first_failed_at: at(-5),
      created_at: at(-10),
      updated_at: at(-1),
    });
    await insert(full, account('acc_other', { project_id: 'prj_b' }));
    assert.deepEqual(await store.findAccount(db, 'prj_a', 'acc_full'), full);
    assert.equal(await store.findAccount(db, 'prj_b', 'acc_full'), undefined);
    assert.equal(await store.findAccount(db, 'prj_a', 'acc_other'), undefined);
    assert.equal(await store.findAccount(db, 'prj_a', 'acc_nope'), undefined);
    assert.equal((await store.findAccount(db, 'prj_b', 'acc_other'))?.id, 'acc_other');
  });

  it('an update changes the given columns of that account only; a delete removes that account only', async () => {
    await insert(account('acc_1'), account('acc_2'));
    await store.updateAccount(db, 'acc_1', { label: 'Renamed', status: 'invalid', updated_at: at(1) });
    assert.deepEqual(await allRows(), [account('acc_1', { label: 'Renamed', status: 'invalid', updated_at: at(1) }), account('acc_2')]);
    await store.deleteAccount(db, 'acc_1');
    assert.deepEqual(await allRows(), [account('acc_2')]);
    await store.deleteAccount(db, 'acc_nope');
    assert.deepEqual(await allRows(), [account('acc_2')]);
  });

  it("the identity lookup: this owner's newest account for this provider in this project, ties by the larger id", async () => {
    const key = { projectId: 'prj_a', originOwnerId: 'owner-1', provider: 'sandbox_crm' };
    assert.equal(await store.findAccountByOwnerAndProvider(db, key), undefined);
    await insert(
      account('acc_old', { created_at: at(1) }),
      account('acc_mid', { created_at: at(2) }),
      account('acc_new_a', { created_at: at(3) }),
      account('acc_new_b', { created_at: at(3) }),
      account('acc_new_0', { created_at: at(3) }),
      // Newer, but each differs in one part of the key.
      account('acc_x_project', { project_id: 'prj_b', created_at: at(9) }),
      account('acc_x_owner', { origin_owner_id: 'owner-2', created_at: at(9) }),
      account('acc_x_provider', { provider: 'sandbox_hris', created_at: at(9) }),
    );
    assert.equal((await store.findAccountByOwnerAndProvider(db, key))?.id, 'acc_new_b');
    assert.equal((await store.findAccountByOwnerAndProvider(db, { ...key, projectId: 'prj_b' }))?.id, 'acc_x_project');
    assert.equal((await store.findAccountByOwnerAndProvider(db, { ...key, originOwnerId: 'owner-2' }))?.id, 'acc_x_owner');
    assert.equal((await store.findAccountByOwnerAndProvider(db, { ...key, provider: 'sandbox_hris' }))?.id, 'acc_x_provider');
    assert.equal(await store.findAccountByOwnerAndProvider(db, { ...key, provider: 'sandbox_ats' }), undefined);
    await store.deleteAccount(db, 'acc_new_b');
    await store.deleteAccount(db, 'acc_new_a');
    await store.deleteAccount(db, 'acc_new_0');
    assert.equal((await store.findAccountByOwnerAndProvider(db, key))?.id, 'acc_mid');
  });

  it('lists only the project’s accounts; each filter keeps exactly its values, and an empty list filters nothing', async () => {
    await insert(
      account('acc_1', { origin_owner_id: 'o1', provider: 'p1', status: 'active', created_at: at(1) }),
      account('acc_2', { origin_owner_id: 'o2', provider: 'p1', status: 'invalid', created_at: at(2) }),
      account('acc_3', { origin_owner_id: 'o1', provider: 'p2', status: 'invalid', created_at: at(3) }),
      account('acc_4', { origin_owner_id: 'o3', provider: 'p3', status: 'active', created_at: at(4) }),
      account('acc_b', { project_id: 'prj_b', origin_owner_id: 'o1', provider: 'p1', created_at: at(0) }),
    );
    assert.deepEqual(await ids({}), ['acc_1', 'acc_2', 'acc_3', 'acc_4']);
    assert.deepEqual(await ids({ originOwnerIds: [], providers: [], accountIds: [], statuses: [], search: [] }), ['acc_1', 'acc_2', 'acc_3', 'acc_4']);
    assert.deepEqual(await ids({ originOwnerIds: ['o1'] }), ['acc_1', 'acc_3']);
    assert.deepEqual(await ids({ originOwnerIds: ['o2', 'o3'] }), ['acc_2', 'acc_4']);
    assert.deepEqual(await ids({ providers: ['p1'] }), ['acc_1', 'acc_2']);
    assert.deepEqual(await ids({ providers: ['p2', 'p3'] }), ['acc_3', 'acc_4']);
    assert.deepEqual(await ids({ accountIds: ['acc_4', 'acc_2', 'acc_b'] }), ['acc_2', 'acc_4']);
    assert.deepEqual(await ids({ statuses: ['invalid'] }), ['acc_2', 'acc_3']);
    // Filters together: all must hold.
    assert.deepEqual(await ids({ originOwnerIds: ['o1'], providers: ['p1', 'p2'], statuses: ['invalid'] }), ['acc_3']);
    assert.deepEqual(await ids({ originOwnerIds: ['o1'], accountIds: ['acc_2'] }), []);
    assert.deepEqual(await ids({ providers: ['p3'], statuses: ['invalid'] }), []);
    assert.deepEqual(await ids({ originOwnerIds: ['o1'], providers: ['p1'] }), ['acc_1']);
    assert.deepEqual(await ids({ projectId: 'prj_b' }), ['acc_b']);
    assert.equal(await store.countAccounts(db, { projectId: 'prj_a' }), 4);
    assert.equal(await store.countAccounts(db, { projectId: 'prj_a', statuses: ['invalid'] }), 2);
    assert.equal(await store.countAccounts(db, { projectId: 'prj_a', providers: ['p1'], accountIds: ['acc_1', 'acc_3'] }), 1);
    assert.equal(await store.countAccounts(db, { projectId: 'prj_b' }), 1);
    assert.equal(await store.countAccounts(db, { projectId: 'prj_a', originOwnerIds: ['nobody'] }), 0);
  });

  it('a search word matches any searchable column as a case-insensitive substring, or names a provider', async () => {
    await insert(
      account('acc_id_Zebra', { created_at: at(1) }),
      account('acc_provider', { provider: 'zebra_crm', created_at: at(2) }),
      account('acc_owner_id', { origin_owner_id: 'the-ZEBRA-owner', created_at: at(3) }),
      account('acc_owner_name', { origin_owner_name: 'Mr Zebra', created_at: at(4) }),
      account('acc_username', { origin_username: 'zebra@example.com', created_at: at(5) }),
      account('acc_label', { label: 'Zebra workspace', created_at: at(6) }),
      account('acc_status', { status: 'zebra', created_at: at(7) }),
      account('acc_none', { created_at: at(8) }),
      account('acc_b', { project_id: 'prj_b', label: 'zebra', created_at: at(9) }),
    );
    const word = (text: string, providers: string[] = []) => ({ text, providers });
    assert.deepEqual(await ids({ search: [word('zebra')] }), [
      'acc_id_Zebra',
      'acc_provider',
      'acc_owner_id',
      'acc_owner_name',
      'acc_username',
      'acc_label',
      'acc_status',
    ]);
    assert.equal(await store.countAccounts(db, { projectId: 'prj_a', search: [word('zebra')] }), 7);
    // A word only the catalog's display name has: the providers it names match, nothing else.
    assert.deepEqual(await ids({ search: [word('acme', ['sandbox_crm'])] }), [
      'acc_id_Zebra',
      'acc_owner_id',
      'acc_owner_name',
      'acc_username',
      'acc_label',
      'acc_status',
      'acc_none',
    ]);
    assert.deepEqual(await ids({ search: [word('acme')] }), []);
    // Every word must match (each its own column or provider).
    assert.deepEqual(await ids({ search: [word('zebra'), word('workspace')] }), ['acc_label']);
    assert.deepEqual(await ids({ search: [word('zebra'), word('acme', ['zebra_crm'])] }), ['acc_provider']);
    assert.deepEqual(await ids({ search: [word('zebra'), word('nothing')] }), []);
    assert.deepEqual(await ids({ search: [word('zebra')], statuses: ['active'] }), [
      'acc_id_Zebra',
      'acc_provider',
      'acc_owner_id',
      'acc_owner_name',
      'acc_username',
      'acc_label',
    ]);
  });

  it('%, _ and \\ in a search word match only themselves', async () => {
    await insert(
      account('acc_pct', { label: 'save 50% now', created_at: at(1) }),
      account('acc_500', { label: 'save 500 now', created_at: at(2) }),
      account('acc_under', { label: 'a_b_c', created_at: at(3) }),
      account('acc_x', { label: 'a_bxc', created_at: at(4) }),
      account('acc_y', { label: 'axb_c', created_at: at(5) }),
      account('acc_slash', { label: 'dir\\file', created_at: at(6) }),
      account('acc_plain', { label: 'dirfile', created_at: at(7) }),
      account('acc_pcts', { label: '100%%', created_at: at(8) }),
      account('acc_pct1', { label: '100%x', created_at: at(9) }),
    );
    const search = (text: string) => ids({ search: [{ text, providers: [] }] });
    assert.deepEqual(await search('50%'), ['acc_pct']);
    assert.deepEqual(await search('50% n'), ['acc_pct']);
    assert.deepEqual(await search('a_b_c'), ['acc_under']);
    assert.deepEqual(await search('b_c'), ['acc_under', 'acc_y']);
    assert.deepEqual(await search('%%'), ['acc_pcts']);
    assert.deepEqual(await search('dir\\f'), ['acc_slash']);
    assert.deepEqual(await search('\\'), ['acc_slash']);
  });

  it('orders by created_at, ties by id, both in the direction asked, by default oldest first', async () => {
    await insert(
      account('acc_c', { created_at: at(1) }),
      account('acc_a', { created_at: at(2) }),
      account('acc_b', { created_at: at(2) }),
      account('acc_0', { created_at: at(3) }),
    );
    assert.deepEqual(await ids({}), ['acc_c', 'acc_a', 'acc_b', 'acc_0']);
    assert.deepEqual(await ids({}, undefined, { column: 'created_at', direction: 'asc' }), ['acc_c', 'acc_a', 'acc_b', 'acc_0']);
    assert.deepEqual(await ids({}, undefined, { column: 'created_at', direction: 'desc' }), ['acc_0', 'acc_b', 'acc_a', 'acc_c']);
  });

  it('another sort column breaks its ties by created_at, then id, in the same direction', async () => {
    await insert(
      // Within each status, creation order differs from id order, and two share a creation time.
      account('acc_1', { status: 'invalid', origin_owner_name: 'Bea', provider: 'p2', updated_at: at(5), created_at: at(3) }),
      account('acc_2', { status: 'active', origin_owner_name: 'Abe', provider: 'p1', updated_at: at(5), created_at: at(2) }),
      account('acc_3', { status: 'invalid', origin_owner_name: 'Abe', provider: 'p1', updated_at: at(4), created_at: at(1) }),
      account('acc_4', { status: 'active', origin_owner_name: 'Bea', provider: 'p2', updated_at: at(4), created_at: at(1) }),
      account('acc_5', { status: 'active', origin_owner_name: 'Abe', provider: 'p1', updated_at: at(5), created_at: at(1) }),
    );
    const sorted = (column: store.AccountSortColumn, direction: 'asc' | 'desc') => ids({}, undefined, { column, direction });
    assert.deepEqual(await sorted('status', 'asc'), ['acc_4', 'acc_5', 'acc_2', 'acc_3', 'acc_1']);
    assert.deepEqual(await sorted('status', 'desc'), ['acc_1', 'acc_3', 'acc_2', 'acc_5', 'acc_4']);
    assert.deepEqual(await sorted('origin_owner_name', 'asc'), ['acc_3', 'acc_5', 'acc_2', 'acc_4', 'acc_1']);
    assert.deepEqual(await sorted('provider', 'desc'), ['acc_1', 'acc_4', 'acc_2', 'acc_5', 'acc_3']);
    assert.deepEqual(await sorted('updated_at', 'asc'), ['acc_3', 'acc_4', 'acc_5', 'acc_2', 'acc_1']);
  });

  it('pages: limit and offset after the order and the filters; the count ignores the page', async () => {
    for (let index = 1; index <= 7; index++) await insert(account(`acc_${index}`, { created_at: at(index), status: index % 2 ? 'active' : 'invalid' }));
    assert.deepEqual(await ids({}, { limit: 3, offset: 0 }), ['acc_1', 'acc_2', 'acc_3']);
    assert.deepEqual(await ids({}, { limit: 3, offset: 3 }), ['acc_4', 'acc_5', 'acc_6']);
    assert.deepEqual(await ids({}, { limit: 3, offset: 6 }), ['acc_7']);
    assert.deepEqual(await ids({}, { limit: 3, offset: 7 }), []);
    assert.deepEqual(await ids({ statuses: ['active'] }, { limit: 2, offset: 1 }), ['acc_3', 'acc_5']);
    assert.deepEqual(await ids({}, { limit: 2, offset: 1 }, { column: 'created_at', direction: 'desc' }), ['acc_6', 'acc_5']);
    const count = await store.countAccounts(db, { projectId: 'prj_a', statuses: ['active'] });
    assert.equal(count, 4);
    assert.equal(typeof count, 'number');
  });
});
