import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConnectSession, ConnectSessionTokenAuthLink } from '../../src/contract/connect-sessions.js';
import { addProject } from './at-rest.js';
import { GOOD_KEY, assertClientError, basicAuth, createSession, startTestServer, type TestServer } from './harness.js';

describe('connect sessions API', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { maxSessionSeconds: 7 * 86_400, bodyLimitBytes: 4096 } });
  });
  after(() => t.stop());

  describe('happy path', () => {
    it('creates a session: 201, contract shape, auth link on the public URL, 1800 s by default', async () => {
      const result = await t.call('POST', '/connect_sessions', {
        json: { origin_owner_id: 'cust-42', origin_owner_name: 'Initech', origin_username: 'peter@initech.example', categories: ['hris', 'hrisLegacy'], metadata: { plan: 'gold' }, label: 'Main HR' },
      });
      assert.equal(result.status, 201, result.text);
      const session = ConnectSessionTokenAuthLink.parse(result.body);
      assert.match(session.token, /^chs_[A-Za-z0-9_-]{43}$/);
      assert.equal(session.auth_link_url, `${t.server.publicUrl}/embedded/integrations?token=${session.token}`);
      assert.equal(session.project_id, t.server.project.id);
      assert.deepEqual(session.categories, ['hris', 'hris-legacy']);
      assert.deepEqual(session.metadata, { plan: 'gold' });
      assert.equal(session.origin_username, 'peter@initech.example');
      assert.equal(session.label, 'Main HR');
      assert.equal(session.account_id, null);
      assert.equal(Date.parse(session.expires_at) - Date.parse(session.created_at), 1800 * 1000);
      assert.ok(session.external_trigger_token);
      assert.equal(result.headers.get('access-control-allow-origin'), null, 'the public API sends no CORS headers');
    });

    it('accepts Basic base64(key:), Basic base64(key) and Bearer key', async () => {
      for (const authorization of [basicAuth(t.apiKey), basicAuth(t.apiKey, false), `Bearer ${t.apiKey}`]) {
        const result = await t.call('POST', '/connect_sessions', {
          headers: { authorization },
          json: { origin_owner_id: 'o', origin_owner_name: 'O' },
        });
        assert.equal(result.status, 201, `${authorization.split(' ')[0]}: ${result.text}`);
      }
    });

    it('honours expires_in up to the server maximum', async () => {
      const { body } = await createSession(t, { expires_in: 7 * 86_400 });
      assert.equal(Date.parse(String(body.expires_at)) - Date.parse(String(body.created_at)), 7 * 86_400 * 1000);
    });

    it('keeps what the session was created with: type (production unless given), multiple, the connector profile', async () => {
      const plain = ConnectSession.parse((await createSession(t)).body);
      assert.equal(plain.type, 'production');
      assert.equal(plain.multiple, false);
      assert.equal(plain.connector_profile_id, null);
      const given = ConnectSession.parse((await createSession(t, { type: 'test', multiple: true, integration_id: 'profile-from-integration' })).body);
      assert.equal(given.type, 'test');
      assert.equal(given.multiple, true);
      assert.equal(given.connector_profile_id, 'profile-from-integration', 'StackOne\'s integration_id names the profile when connector_profile_id is absent');
      const profile = ConnectSession.parse((await createSession(t, { connector_profile_id: 'profile-1' })).body);
      assert.equal(profile.connector_profile_id, 'profile-1');
      const both = ConnectSession.parse((await createSession(t, { connector_profile_id: 'profile-1', integration_id: 'profile-2', multiple: false })).body);
      assert.equal(both.connector_profile_id, 'profile-1', 'connector_profile_id wins');
      assert.equal(both.multiple, false);
      // A session opened to edit an account names it.
      const linking = await createSession(t, { origin_owner_id: 'edit-owner' });
      const account = await t.call('POST', '/hub/accounts', { token: linking.token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'editco', api_key: GOOD_KEY } } });
      assert.equal(account.status, 201, account.text);
      const editing = ConnectSession.parse((await createSession(t, { origin_owner_id: 'edit-owner', account_id: String(account.body.id) })).body);
      assert.equal(editing.account_id, account.body.id);
      // What the session is read back as, not only what the create answered.
      const read = await t.call('GET', `/connect_sessions/${given.id}`);
      assert.deepEqual({ type: read.body.type, multiple: read.body.multiple, connector_profile_id: read.body.connector_profile_id }, { type: 'test', multiple: true, connector_profile_id: 'profile-from-integration' });
    });

    it('a token works until the instant its session expires, not at it (the one expiry rule, on the injected clock)', async () => {
      const { token, id, body } = await createSession(t, { expires_in: 60 });
      t.clock.advanceSeconds(59.999);
      assert.equal((await t.call('POST', '/connect_sessions/authenticate', { json: { token } })).status, 201, 'a millisecond before');
      assert.equal((await t.call('GET', '/hub/settings', { token })).status, 200);
      assert.ok(await t.server.services.sessions.live(t.server.project.id, id), 'an OAuth callback still finds it');
      t.clock.advanceSeconds(0.001);
      assert.equal(t.clock.now().toISOString(), body.expires_at);
      assertClientError(await t.call('POST', '/connect_sessions/authenticate', { json: { token } }), 401, new RegExp(`expired at ${String(body.expires_at)}`));
      assertClientError(await t.call('GET', '/hub/settings', { token }), 401, /expired/);
      assert.equal(await t.server.services.sessions.live(t.server.project.id, id), undefined, 'nor does an OAuth callback');
    });

    it('an OAuth callback finds a live session by id within its project only', async () => {
      const { id } = await createSession(t, { origin_owner_id: 'live-owner' });
      const found = await t.server.services.sessions.live(t.server.project.id, id);
      assert.equal(found?.session.id, id);
      assert.equal(found?.session.origin_owner_id, 'live-owner');
      assert.equal(found?.project.id, t.server.project.id);
      assert.equal(await t.server.services.sessions.live(t.server.project.id, 999_999), undefined, 'an unknown id');
      const other = await addProject(t, 'Live elsewhere');
      assert.equal(await t.server.services.sessions.live(other.projectId, id), undefined, 'another project\'s id');
    });

    it('reads sessions by ids of several digits', async () => {
      let id = 0;
      while (id < 12) id = (await createSession(t)).id;
      const fetched = await t.call('GET', `/connect_sessions/${id}`);
      assert.equal(fetched.status, 200, fetched.text);
      assert.equal(fetched.body.id, id);
    });

    it('authenticates a token and reads a session by id, without the token', async () => {
      const { token, id } = await createSession(t, { provider: 'sandbox_hris' });
      const described = await t.call('POST', '/connect_sessions/authenticate', { json: { token } });
      assert.equal(described.status, 201, described.text);
      const session = ConnectSession.parse(described.body);
      assert.equal(session.id, id);
      assert.equal(session.provider, 'sandbox_hris');
      assert.equal('token' in described.body, false);

      const fetched = await t.call('GET', `/connect_sessions/${id}`);
      assert.equal(fetched.status, 200);
      assert.equal(ConnectSession.parse(fetched.body).id, id);
    });
  });

  describe('bad input', () => {
    it('rejects malformed JSON with 400 invalid_json', async () => {
      assertClientError(await t.call('POST', '/connect_sessions', { rawBody: '{"origin_owner_id": "x",' }), 400, /not valid JSON/);
    });

    it('rejects a non-JSON content type with 415', async () => {
      assertClientError(
        await t.call('POST', '/connect_sessions', { rawBody: 'origin_owner_id=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
        415,
        /application\/json/,
      );
    });

    it('names a missing required field', async () => {
      const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'x' } });
      assertClientError(result, 400, /origin_owner_name/);
      assert.equal(result.body.field, 'origin_owner_name');
    });

    it('names a field of the wrong type', async () => {
      for (const [extra, field] of [
        [{ multiple: 'yes' }, 'multiple'],
        [{ expires_in: '60' }, 'expires_in'],
        [{ categories: ['nope'] }, 'categories[0]'],
      ] as const) {
        const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'x', origin_owner_name: 'X', ...extra } });
        assertClientError(result, 400, new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}:`));
        assert.equal(result.body.field, field);
      }
      const notObject = await t.call('POST', '/connect_sessions', { json: ['not', 'an', 'object'] });
      assertClientError(notObject, 400, /object/);
      assert.equal(notObject.body.field, undefined, 'the body as a whole is wrong, not one field');
    });

    it('rejects expires_in over the server maximum, naming it', async () => {
      const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'x', origin_owner_name: 'X', expires_in: 7 * 86_400 + 1 } });
      assertClientError(result, 400, /expires_in/);
      assert.equal(result.body.field, 'expires_in');
    });

    it('rejects an unknown provider and an unknown account_id, naming the field', async () => {
      const provider = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'x', origin_owner_name: 'X', provider: 'nope' } });
      assertClientError(provider, 400, /^provider: "nope" is not a connector enabled for this project$/);
      assert.equal(provider.body.field, 'provider');
      const account = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'x', origin_owner_name: 'X', account_id: 'acc_nope' } });
      assertClientError(account, 400, /^account_id: no account "acc_nope" in this project$/);
      assert.equal(account.body.field, 'account_id');
    });

    it('rejects a body over the limit with 413, by Content-Length and by bytes read', async () => {
      const big = JSON.stringify({ origin_owner_id: 'x', origin_owner_name: 'X', metadata: { blob: 'x'.repeat(8000) } });
      assertClientError(await t.call('POST', '/connect_sessions', { rawBody: big }), 413, /limit/);

      // A streamed body has no Content-Length: the limit must hold on the bytes themselves.
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(big));
          controller.close();
        },
      });
      const response = await fetch(`${t.server.url}/connect_sessions`, {
        method: 'POST',
        headers: { authorization: basicAuth(t.apiKey), 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit & { duplex: 'half' });
      const body = (await response.json()) as { statusCode: number };
      assert.equal(response.status, 413);
      assert.equal(body.statusCode, 413);
    });

    it('answers 404 for an unknown or foreign session id', async () => {
      assertClientError(await t.call('GET', '/connect_sessions/999999'), 404, /999999/);
      assertClientError(await t.call('GET', '/connect_sessions/abc'), 404, /abc/);
      // Foreign: a session of another project on this server, whose id is real.
      const other = await addProject(t);
      const foreign = await t.call('POST', '/connect_sessions', { apiKey: other.apiKey, json: { origin_owner_id: 'x', origin_owner_name: 'X' } });
      assert.equal(foreign.status, 201, foreign.text);
      assert.equal(foreign.body.project_id, other.projectId);
      assert.equal((await t.call('GET', `/connect_sessions/${String(foreign.body.id)}`, { apiKey: other.apiKey })).status, 200, 'its own project reads it');
      assertClientError(await t.call('GET', `/connect_sessions/${String(foreign.body.id)}`), 404, new RegExp(`"${String(foreign.body.id)}" in this project`));
      assertClientError(await t.call('POST', '/connect_sessions/authenticate', { json: { token: String(foreign.body.token) } }), 401, /Unknown connect session token/);
    });

    it('answers 401 for an unknown token on /authenticate', async () => {
      assertClientError(await t.call('POST', '/connect_sessions/authenticate', { json: { token: 'chs_nope' } }), 401, /Unknown/);
      assertClientError(await t.call('POST', '/connect_sessions/authenticate', { json: {} }), 400, /token/);
    });
  });

  describe('API key', () => {
    it('answers 401 for a missing, unknown or malformed key, saying which', async () => {
      assertClientError(await t.call('POST', '/connect_sessions', { apiKey: null, json: {} }), 401, /Missing API key/);
      assertClientError(await t.call('POST', '/connect_sessions', { apiKey: 'chk_not_a_key', json: {} }), 401, /Unknown API key/);
      assertClientError(await t.call('GET', '/connect_sessions/1', { apiKey: null, headers: { authorization: 'Digest abc' } }), 401, /Unsupported/);
      assertClientError(await t.call('GET', '/connect_sessions/1', { apiKey: null, headers: { authorization: `Bearer ${t.apiKey}x` } }), 401, /Unknown API key/);
    });

    it('never logs the key, a token, or a query string', async () => {
      const { token } = await createSession(t);
      await t.call('GET', `/connect_sessions/1?token=${token}`);
      const log = t.logLines.join('\n');
      assert.ok(log.includes('POST /connect_sessions 201'), 'requests are logged');
      assert.equal(log.includes(t.apiKey), false);
      assert.equal(log.includes(token), false);
      assert.equal(log.includes('?'), false);
    });
  });
});
