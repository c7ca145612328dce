import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LinkedAccountList } from '../../src/contract/accounts.js';
import { GOOD_KEY, assertClientError, createSession, startTestServer, type TestServer } from './harness.js';

async function link(t: TestServer, owner: string, ownerName: string, provider: 'sandbox_hris' | 'sandbox_ats'): Promise<string> {
  const { token } = await createSession(t, { origin_owner_id: owner, origin_owner_name: ownerName, multiple: true });
  const credentials = provider === 'sandbox_hris' ? { subdomain: owner, api_key: GOOD_KEY } : { region: 'us', company_id: '7', username: 'demo', password: GOOD_KEY };
  const result = await t.call('POST', '/hub/accounts', { token, json: { integration_id: provider, credentials } });
  assert.equal(result.status, 201, result.text);
  t.clock.advanceSeconds(1);
  return String(result.body.id);
}

describe('GET /accounts sort=, order= and x-total-count', () => {
  let t: TestServer;
  const ids: Record<string, string> = {};
  before(async () => {
    t = await startTestServer();
    ids.first = await link(t, 'o-1', 'Mango Ltd', 'sandbox_hris');
    ids.second = await link(t, 'o-2', 'apple Inc', 'sandbox_ats');
    ids.third = await link(t, 'o-3', 'Zebra AG', 'sandbox_hris');
    // An update later than every creation: the first account becomes the most recently updated.
    t.clock.advanceSeconds(5);
    const patched = await t.call('PATCH', `/accounts/${ids.first}`, { json: { label: 'touched' } });
    assert.equal(patched.status, 200, patched.text);
  });
  after(() => t.stop());

  const list = async (query: string) => {
    const result = await t.call('GET', `/accounts?${query}`);
    assert.equal(result.status, 200, result.text);
    return { ids: LinkedAccountList.parse(JSON.parse(result.text)).map((a) => a.id), result };
  };

  it('keeps the API default (oldest first) and sorts newest first on request', async () => {
    assert.deepEqual((await list('')).ids, [ids.first, ids.second, ids.third]);
    assert.deepEqual((await list('sort=created_at&order=desc')).ids, [ids.third, ids.second, ids.first]);
    assert.deepEqual((await list('order=desc')).ids, [ids.third, ids.second, ids.first], 'order alone sorts by creation');
  });

  it('sorts by updated_at, owner name, provider and status, pages in that order', async () => {
    assert.deepEqual((await list('sort=updated_at&order=desc')).ids, [ids.first, ids.third, ids.second]);
    const byOwner = (await list('sort=origin_owner_name&order=asc')).ids;
    // SQLite and PostgreSQL collate case differently; both put Mango before Zebra.
    assert.ok(byOwner.indexOf(ids.first!) < byOwner.indexOf(ids.third!), byOwner.join());
    assert.deepEqual((await list('sort=provider&order=asc')).ids, [ids.second, ids.first, ids.third], 'ties by creation time');
    assert.deepEqual((await list('sort=provider&order=desc')).ids, [ids.third, ids.first, ids.second]);
    assert.equal((await list('sort=status')).ids.length, 3);
    const page2 = await list('sort=created_at&order=desc&page_size=2&page=2');
    assert.deepEqual(page2.ids, [ids.first]);
  });

  it('answers x-total-count over every page and the filters', async () => {
    const first = await list('page_size=2');
    assert.equal(first.result.headers.get('x-total-count'), '3');
    assert.equal(first.result.headers.get('x-next-page'), '2');
    assert.equal((await list('page_size=2&page=5')).result.headers.get('x-total-count'), '3');
    assert.equal((await list('providers[]=sandbox_ats')).result.headers.get('x-total-count'), '1');
    assert.equal((await list('search=nobody-has-this')).result.headers.get('x-total-count'), '0');
  });

  it('refuses a bad sort or order with 400 naming it', async () => {
    const badSort = await t.call('GET', '/accounts?sort=password');
    assertClientError(badSort, 400, /^sort: "password" is not one of/);
    assert.equal(badSort.body.field, 'sort');
    const badOrder = await t.call('GET', '/accounts?order=sideways');
    assertClientError(badOrder, 400, /^order:/);
    assert.equal(badOrder.body.field, 'order');
  });
});
