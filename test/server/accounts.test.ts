import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccountMeta, LinkedAccount, LinkedAccountList } from '../../src/contract/accounts.js';
import { addProject } from './at-rest.js';
import { GOOD_KEY, assertClientError, createSession, startTestServer, storeQuery, type TestServer } from './harness.js';

async function connect(t: TestServer, owner: string, provider: 'sandbox_hris' | 'sandbox_ats' = 'sandbox_hris', multiple = false, apiKey = t.apiKey): Promise<string> {
  const session = await t.call('POST', '/connect_sessions', {
    apiKey,
    json: { origin_owner_id: owner, origin_owner_name: `Owner ${owner}`, origin_username: `${owner}@example.com`, multiple, metadata: { plan: 'pro' }, label: `${owner} label` },
  });
  assert.equal(session.status, 201, session.text);
  const token = String(session.body.token);
  const credentials =
    provider === 'sandbox_hris'
      ? { subdomain: owner, api_key: GOOD_KEY }
      : { region: 'us', company_id: '7', username: 'demo', password: GOOD_KEY };
  const result = await t.call('POST', '/hub/accounts', { token, json: { integration_id: provider, credentials } });
  assert.equal(result.status, 201, result.text);
  // The list is ordered by creation time (ties by id): keep creations apart.
  t.clock.advanceSeconds(1);
  return String(result.body.id);
}

describe('Accounts API (/accounts)', () => {
  let t: TestServer;
  const ids: Record<string, string> = {};
  before(async () => {
    t = await startTestServer();
    ids.a = await connect(t, 'a');
    ids.b = await connect(t, 'b');
    ids.c = await connect(t, 'c', 'sandbox_ats');
    ids.a2 = await connect(t, 'a', 'sandbox_ats');
  });
  after(() => t.stop());

  it('lists accounts as a bare array of LinkedAccount, without secrets', async () => {
    const result = await t.call('GET', '/accounts');
    assert.equal(result.status, 200);
    const list = LinkedAccountList.parse(JSON.parse(result.text));
    assert.deepEqual(list.map((a) => a.id), [ids.a, ids.b, ids.c, ids.a2]);
    const a = list[0]!;
    assert.equal(a.provider, 'sandbox_hris');
    assert.equal(a.provider_name, 'Sandbox HRIS');
    assert.equal(a.status, 'active');
    assert.equal(a.origin_owner_name, 'Owner a');
    assert.equal(a.origin_username, 'a@example.com');
    assert.equal(a.label, 'a label');
    assert.deepEqual(a.metadata, { plan: 'pro' });
    assert.deepEqual(a.setup_information, { subdomain: 'a' });
    assert.equal(result.text.includes(GOOD_KEY), false);
    assert.equal(result.headers.get('x-next-page'), null);
  });

  it('filters by owner, owners[], providers[], provider, account_ids[] and status[]', async () => {
    const ids_of = async (query: string) => LinkedAccountList.parse(JSON.parse((await t.call('GET', `/accounts?${query}`)).text)).map((a) => a.id);
    assert.deepEqual(await ids_of('origin_owner_id=a'), [ids.a, ids.a2]);
    assert.deepEqual(await ids_of('origin_owner_ids[]=b&origin_owner_ids[]=c'), [ids.b, ids.c]);
    assert.deepEqual(await ids_of('providers[]=sandbox_ats'), [ids.c, ids.a2]);
    assert.deepEqual(await ids_of('provider=sandbox_hris'), [ids.a, ids.b]);
    assert.deepEqual(await ids_of(`account_ids[]=${ids.b}`), [ids.b]);
    assert.deepEqual(await ids_of('status[]=inactive'), []);
    assert.deepEqual(await ids_of('status[]=active&origin_owner_id=c'), [ids.c]);
  });

  it('search= matches every word, case-insensitively, in owner, username, label, provider key or name, id', async () => {
    const ids_of = async (search: string, extra = '') =>
      LinkedAccountList.parse(JSON.parse((await t.call('GET', `/accounts?search=${encodeURIComponent(search)}${extra}`)).text)).map((a) => a.id);
    assert.deepEqual(await ids_of('B@EXAMPLE.COM'), [ids.b]);
    assert.deepEqual(await ids_of('a@example.com'), [ids.a, ids.a2]);
    assert.deepEqual(await ids_of('a@example.com sandbox ATS'), [ids.a2], 'every word must match: username and provider name');
    assert.deepEqual(await ids_of('LABEL'), [ids.a, ids.b, ids.c, ids.a2], 'labels are searched');
    assert.deepEqual(await ids_of('sandbox_hris'), [ids.a, ids.b]);
    assert.deepEqual(await ids_of(ids.c!.slice(-8)), [ids.c]);
    assert.deepEqual(await ids_of('100%_'), [], 'LIKE wildcards are plain text');
    assert.deepEqual(await ids_of('owner', '&page_size=2&page=2'), [ids.c, ids.a2], 'search pages on the server');
    assert.deepEqual(await ids_of('   '), [ids.a, ids.b, ids.c, ids.a2]);
    assertClientError(await t.call('GET', `/accounts?search=${'x'.repeat(201)}`), 400, /^search:/);
  });

  it('pages 1-based with x-next-page and Link headers while there is more', async () => {
    const first = await t.call('GET', '/accounts?page_size=3');
    assert.equal((JSON.parse(first.text) as unknown[]).length, 3);
    assert.equal(first.headers.get('x-next-page'), '2');
    assert.equal(first.headers.get('link'), '</accounts?page_size=3&page=2>; rel="next"');
    const second = await t.call('GET', '/accounts?page_size=3&page=2');
    assert.deepEqual(LinkedAccountList.parse(JSON.parse(second.text)).map((a) => a.id), [ids.a2]);
    assert.equal(second.headers.get('x-next-page'), null);
    assert.deepEqual(JSON.parse((await t.call('GET', '/accounts?page=9')).text), []);
    // A page that is exactly full, with nothing after it, announces no next page.
    const whole = await t.call('GET', '/accounts?page_size=4');
    assert.equal((JSON.parse(whole.text) as unknown[]).length, 4);
    assert.equal(whole.headers.get('x-next-page'), null);
    assert.equal(whole.headers.get('link'), null);
    const lastFull = await t.call('GET', '/accounts?page_size=2&page=2');
    assert.deepEqual(LinkedAccountList.parse(JSON.parse(lastFull.text)).map((a) => a.id), [ids.c, ids.a2]);
    assert.equal(lastFull.headers.get('x-next-page'), null);
  });

  it('rejects bad paging parameters with 400 naming them', async () => {
    assertClientError(await t.call('GET', '/accounts?page=0'), 400, /^page:/);
    assertClientError(await t.call('GET', '/accounts?page_size=101'), 400, /^page_size:/);
    assertClientError(await t.call('GET', '/accounts?page_size=abc'), 400, /^page_size:/);
  });

  it('gets one account and its meta; 404 for an unknown id', async () => {
    const read = await t.call('GET', `/accounts/${ids.c}`);
    // All of it, as sent: no status_reasons while the account is healthy.
    const { created_at: createdAt, updated_at: updatedAt, ...rest } = read.body;
    assert.deepEqual(rest, {
      id: ids.c,
      provider: 'sandbox_ats',
      provider_name: 'Sandbox ATS',
      categories: ['ats'],
      integration_id: 'sandbox_ats',
      status: 'active',
      first_failed_at: null,
      origin_owner_id: 'c',
      origin_owner_name: 'Owner c',
      origin_username: 'c@example.com',
      label: 'c label',
      type: 'production',
      setup_information: { region: 'us', company_id: '7', username: 'demo' },
      metadata: { plan: 'pro' },
    });
    assert.equal(createdAt, updatedAt, 'never changed since it was linked');
    assert.ok(Date.parse(String(createdAt)) > 0);
    const account = LinkedAccount.parse(read.body);
    assert.equal(account.provider, 'sandbox_ats');
    assert.deepEqual(account.setup_information, { region: 'us', company_id: '7', username: 'demo' });
    assert.deepEqual(AccountMeta.parse((await t.call('GET', `/accounts/${ids.c}/meta`)).body), { provider: 'sandbox_ats', category: 'ats', models: {} });
    assertClientError(await t.call('GET', '/accounts/acc_nope'), 404, /acc_nope/);
    assertClientError(await t.call('GET', '/accounts/acc_nope/meta'), 404, /acc_nope/);
  });

  // The tests that change accounts do it in a project of their own: the reads above see the same four accounts
  // whichever tests run, and in whatever order.
  it('patches label, metadata, status and credentials (verified, merged), recording account.updated', async () => {
    const other = await addProject(t);
    const id = await connect(t, 'b', 'sandbox_hris', false, other.apiKey);
    const call = (method: string, path: string, options: Parameters<TestServer['call']>[2] = {}) => t.call(method, path, { apiKey: other.apiKey, ...options });
    const result = await call('PATCH', `/accounts/${id}`, {
      json: { label: 'Renamed', metadata: { plan: 'enterprise' }, status: 'inactive', setup_information: { subdomain: 'bee' } },
    });
    assert.equal(result.status, 200, result.text);
    const account = LinkedAccount.parse(result.body);
    assert.equal(account.label, 'Renamed');
    assert.equal(account.status, 'inactive');
    assert.deepEqual(account.metadata, { plan: 'enterprise' });
    assert.deepEqual(account.setup_information, { subdomain: 'bee' });
    assert.deepEqual(LinkedAccount.parse((await call('GET', `/accounts/${id}`)).body), account);
    const events = await storeQuery<{ event: string }>(t, 'select event from account_events where account_id = ? order by id', id);
    assert.deepEqual(events.map((e) => e.event), ['account.created', 'account.updated']);

    assertClientError(await call('PATCH', `/accounts/${id}`, { json: { secrets: { api_key: 'wrong' } } }), 422, /rejected/);
    assertClientError(await call('PATCH', `/accounts/${id}`, { json: { credentials: { nope: 'x' } } }), 400, /nope/);
    assertClientError(await call('PATCH', `/accounts/${id}`, { json: { status: 'sleeping' } }), 400, /^status:/);
    const moved = await call('PATCH', `/accounts/${id}`, { json: { provider: 'sandbox_ats' } });
    assertClientError(moved, 400, /^provider: an account cannot move to another provider \(it is sandbox_hris\)/);
    assert.equal(moved.body.field, 'provider');
    const movedById = await call('PATCH', `/accounts/${id}`, { json: { integration_id: 'sandbox_ats' } });
    assertClientError(movedById, 400, /^integration_id: an account cannot move/);
    assert.equal(movedById.body.field, 'integration_id');
    const same = await call('PATCH', `/accounts/${id}`, { json: { provider: 'sandbox_hris', integration_id: 'sandbox_hris', label: 'Renamed' } });
    assert.equal(same.status, 200, 'its own provider is no move');
    assertClientError(await call('PATCH', `/accounts/${id}`, { rawBody: '{' }), 400, /JSON/);
    assertClientError(await call('PATCH', '/accounts/acc_nope', { json: { label: 'x' } }), 404);
    // Another project's key neither sees nor changes it.
    assertClientError(await t.call('PATCH', `/accounts/${id}`, { json: { label: 'hijacked' } }), 404);
    assert.equal(LinkedAccount.parse((await call('GET', `/accounts/${id}`)).body).label, 'Renamed');
  });

  it('patches owner, username, type, environment and auth config key, and keeps every field it is not given', async () => {
    const other = await addProject(t);
    const id = await connect(t, 'owner-fields', 'sandbox_hris', false, other.apiKey);
    const call = (method: string, path: string, options: Parameters<TestServer['call']>[2] = {}) => t.call(method, path, { apiKey: other.apiKey, ...options });
    const before = LinkedAccount.parse((await call('GET', `/accounts/${id}`)).body);

    // One field alone: the answer (and what is stored) keeps the others as they were.
    t.clock.advanceSeconds(1);
    const renamed = await call('PATCH', `/accounts/${id}`, { json: { origin_owner_name: 'Owner renamed' } });
    assert.equal(renamed.status, 200, renamed.text);
    const expected = { ...before, origin_owner_name: 'Owner renamed', updated_at: t.clock.now().toISOString() };
    assert.deepEqual(LinkedAccount.parse(renamed.body), expected);
    assert.deepEqual(LinkedAccount.parse((await call('GET', `/accounts/${id}`)).body), expected);

    const patched = await call('PATCH', `/accounts/${id}`, {
      json: { origin_owner_id: 'owner-moved', origin_username: 'moved@example.com', type: 'test', environment: 'staging', authentication_config_key: 'second' },
    });
    assert.equal(patched.status, 200, patched.text);
    const account = LinkedAccount.parse(patched.body);
    assert.deepEqual(
      { owner: account.origin_owner_id, username: account.origin_username, type: account.type, label: account.label, status: account.status },
      { owner: 'owner-moved', username: 'moved@example.com', type: 'test', label: before.label, status: 'active' },
    );
    const [stored] = await storeQuery<{ origin_owner_id: string; environment: string; auth_config_key: string }>(
      t,
      'select origin_owner_id, environment, auth_config_key from accounts where id = ?',
      id,
    );
    assert.deepEqual(stored, { origin_owner_id: 'owner-moved', environment: 'staging', auth_config_key: 'second' });
    // What the hub shows the owner (now "owner-moved") of the account.
    const session = await call('POST', '/connect_sessions', { json: { origin_owner_id: 'owner-moved', origin_owner_name: 'Moved' } });
    assert.equal(session.status, 201, session.text);
    const token = String(session.body.token);
    const hubView = await t.call('GET', `/hub/accounts/${id}`, { token });
    assert.equal(hubView.status, 200, hubView.text);
    assert.deepEqual({ environment: hubView.body.environment, authConfigKey: hubView.body.authConfigKey }, { environment: 'staging', authConfigKey: 'second' });
    // Cleared with null: the username and label.
    const cleared = LinkedAccount.parse((await call('PATCH', `/accounts/${id}`, { json: { origin_username: null, label: null } })).body);
    assert.equal(cleared.origin_username, null);
    assert.equal(cleared.label, null);
  });

  it('a change without credentials does not ask the provider again (it would refuse the key by now)', async () => {
    const other = await addProject(t);
    const id = await connect(t, 'owner-refused', 'sandbox_hris', false, other.apiKey);
    const call = (method: string, path: string, options: Parameters<TestServer['call']>[2] = {}) => t.call(method, path, { apiKey: other.apiKey, ...options });
    const rule = { key: GOOD_KEY, scope: 'owner-refused' };
    assert.equal((await t.call('POST', '/sandbox/admin/rejections', { apiKey: null, json: rule })).status, 201);
    try {
      const [before] = await storeQuery<{ credentials_ciphertext: string }>(t, 'select credentials_ciphertext from accounts where id = ?', id);
      const relabelled = await call('PATCH', `/accounts/${id}`, { json: { label: 'Relabelled', setup_information: {}, credentials: {}, secrets: {} } });
      assert.equal(relabelled.status, 200, relabelled.text);
      const [after] = await storeQuery<{ credentials_ciphertext: string }>(t, 'select credentials_ciphertext from accounts where id = ?', id);
      assert.equal(after!.credentials_ciphertext, before!.credentials_ciphertext, 'the stored credentials are not even sealed again');
      // Credentials that change are checked: the provider refuses the key now.
      assertClientError(await call('PATCH', `/accounts/${id}`, { json: { setup_information: { subdomain: 'owner-refused' } } }), 422, /rejected/);
    } finally {
      await t.call('DELETE', '/sandbox/admin/rejections', { apiKey: null, json: rule });
    }
  });

  it('an account whose connector left the catalog (a newer server): read, meta "unknown", relabelled; its credentials cannot change', async () => {
    const other = await addProject(t);
    const id = await connect(t, 'owner-retired', 'sandbox_hris', false, other.apiKey);
    const call = (method: string, path: string, options: Parameters<TestServer['call']>[2] = {}) => t.call(method, path, { apiKey: other.apiKey, ...options });
    // What a data dir keeps of a connector this server's catalog no longer has.
    await storeQuery(t, "update accounts set provider = 'retired_hris', integration_id = 'retired_hris' where id = ?", id);

    const account = LinkedAccount.parse((await call('GET', `/accounts/${id}`)).body);
    assert.equal(account.provider, 'retired_hris');
    assert.equal('provider_name' in account, false);
    assert.deepEqual(AccountMeta.parse((await call('GET', `/accounts/${id}/meta`)).body), { provider: 'retired_hris', category: 'unknown', models: {} });
    assert.equal(LinkedAccount.parse((await call('PATCH', `/accounts/${id}`, { json: { label: 'Still here' } })).body).label, 'Still here');
    const refused = await call('PATCH', `/accounts/${id}`, { json: { secrets: { api_key: GOOD_KEY } } });
    assertClientError(refused, 422, /^Connector retired_hris is no longer in the catalog; its credentials cannot change$/);
    assert.equal(refused.body.code, 'unprocessable');
  });

  it('deletes: 200 with the deleted account, then 404; the outbox keeps account.deleted', async () => {
    const other = await addProject(t);
    const id = await connect(t, 'a', 'sandbox_ats', false, other.apiKey);
    assertClientError(await t.call('DELETE', `/accounts/${id}`), 404, /acc_/);
    const deleted = await t.call('DELETE', `/accounts/${id}`, { apiKey: other.apiKey });
    assert.equal(deleted.status, 200);
    assert.equal(LinkedAccount.parse(deleted.body).id, id);
    assertClientError(await t.call('GET', `/accounts/${id}`, { apiKey: other.apiKey }), 404);
    assertClientError(await t.call('DELETE', `/accounts/${id}`, { apiKey: other.apiKey }), 404);
    const events = await storeQuery<{ event: string }>(t, 'select event from account_events where account_id = ? order by id', id);
    assert.deepEqual(events.map((e) => e.event), ['account.created', 'account.deleted']);
  });

  it('requires the API key: 401 when missing or unknown', async () => {
    assertClientError(await t.call('GET', '/accounts', { apiKey: null }), 401, /Missing API key/);
    assertClientError(await t.call('GET', `/accounts/${ids.a}`, { apiKey: 'chk_wrong' }), 401, /Unknown API key/);
    assertClientError(await t.call('DELETE', `/accounts/${ids.a}`, { apiKey: 'chk_wrong' }), 401);
    assert.equal((await t.call('GET', `/accounts/${ids.a}`)).status, 200, 'nothing was deleted by the refused call');
  });
});

describe('Accounts search beyond ASCII', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('matches accented and non-Latin names in any case, on SQLite as on PostgreSQL', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'org-ÉTÉ', origin_owner_name: 'Zoë Ærøskøbing Δέλτα' });
    const created = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'zoe', api_key: GOOD_KEY } } });
    assert.equal(created.status, 201, created.text);
    const found = async (search: string) =>
      LinkedAccountList.parse(JSON.parse((await t.call('GET', `/accounts?search=${encodeURIComponent(search)}`)).text)).map((a) => a.id);
    for (const search of ['ZOË', 'ærøskøbing', 'ΔΈΛΤΑ', 'org-été']) assert.deepEqual(await found(search), [created.body.id], search);
  });
});

describe("Accounts search by the connector's name", () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({
      overrides: {
        // Canvas answers every token at a public address; the sandbox stays this server's own.
        fetch: async (url, init) => {
          const href = url instanceof Request ? url.url : String(url);
          if (href.startsWith(t.server.url)) return fetch(url, init);
          return Response.json({ id: 1, name: 'Canvas user' });
        },
        resolve: async () => [{ address: '93.184.216.34', family: 4 }],
      },
    });
    assert.equal((await t.call('PUT', '/project/connectors/canvas', { json: { enabled: true } })).status, 200);
  });
  after(() => t.stop());

  it('a word of the name alone ("lms" of "Canvas LMS") finds the account, which its key "canvas" does not say', async () => {
    const link = async (owner: string, json: unknown) => {
      const { token } = await createSession(t, { origin_owner_id: owner, origin_owner_name: `Owner ${owner}` });
      const created = await t.call('POST', '/hub/accounts', { token, json });
      assert.equal(created.status, 201, created.text);
      return String(created.body.id);
    };
    const canvas = await link('school', { integration_id: 'canvas', credentials: { canvas_domain: 'school.instructure.com', access_token: 'canvas-token-1234' } });
    const office = await link('office', { integration_id: 'sandbox_hris', credentials: { subdomain: 'office', api_key: GOOD_KEY } });
    const found = async (search: string) =>
      LinkedAccountList.parse(JSON.parse((await t.call('GET', `/accounts?search=${encodeURIComponent(search)}`)).text)).map((a) => a.id);
    // The id is searched too: a random id may hold "lms" (about once in a thousand runs).
    assert.deepEqual(await found('lms'), office.toLowerCase().includes('lms') ? [canvas, office] : [canvas]);
    assert.deepEqual(await found('LMS school'), [canvas], 'with another word of the account');
    assert.deepEqual(await found('lms office'), [], 'every word must match');
  });
});
