// CONNECT_HUB_SANDBOX: the pretend providers under /sandbox and the sandbox connectors are on by default only on a
// development machine (loopback bind and loopback public URL, where the demo is on), off elsewhere unless asked for.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../src/server/index.js';
import { assertClientError, createSession, GOOD_KEY, startTestServer, type TestServer } from './harness.js';

const SANDBOX_KEYS = ['sandbox_ats', 'sandbox_crm', 'sandbox_hris'];

describe('CONNECT_HUB_SANDBOX: the default and the switch', () => {
  it('on for a loopback bind with a loopback (or no) public URL; off on any reachable bind or public URL', () => {
    assert.equal(readConfig({}).sandbox, true);
    assert.equal(readConfig({ HOST: '::1', PUBLIC_URL: 'http://127.0.0.1:8787' }).sandbox, true);
    assert.equal(readConfig({ HOST: '0.0.0.0' }).sandbox, false);
    assert.equal(readConfig({ HOST: '127.0.0.1', PUBLIC_URL: 'https://hub.example.com' }).sandbox, false);
  });

  it('CONNECT_HUB_SANDBOX=on / off wins; the demo switch does not move it; anything else is refused', () => {
    assert.equal(readConfig({ HOST: '0.0.0.0', CONNECT_HUB_SANDBOX: 'on' }).sandbox, true);
    assert.equal(readConfig({ CONNECT_HUB_SANDBOX: 'off' }).sandbox, false);
    assert.equal(readConfig({ HOST: '0.0.0.0', CONNECT_HUB_DEMO: 'on' }).sandbox, false);
    assert.equal(readConfig({ CONNECT_HUB_DEMO: 'off' }).sandbox, true);
    assert.throws(() => readConfig({ CONNECT_HUB_SANDBOX: 'yes' }), /CONNECT_HUB_SANDBOX/);
  });
});

async function hubConnectorKeys(t: TestServer): Promise<string[]> {
  const { token } = await createSession(t);
  const list = await t.call('GET', '/hub/connectors', { token });
  assert.equal(list.status, 200, list.text);
  return (list.body.integrations as { provider: string }[]).map((integration) => integration.provider);
}

describe('sandbox off: no /sandbox, and the sandbox connectors are not offered anywhere', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { sandbox: false } });
  });
  after(() => t.stop());

  it('/sandbox/* answers a JSON 404: the pretend providers and the OAuth server are gone', async () => {
    for (const path of ['/sandbox', '/sandbox/hris/acme/v1/me', '/sandbox/oauth/authorize?client_id=connect-hub-sandbox', '/sandbox/oauth/.well-known/oauth-authorization-server']) {
      assertClientError(await t.call('GET', path, { apiKey: null, headers: { authorization: `Bearer ${GOOD_KEY}` } }), 404);
    }
    assertClientError(await t.call('POST', '/sandbox/oauth/token', { apiKey: null, rawBody: 'grant_type=refresh_token&refresh_token=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 404);
  });

  it('the hub and the dashboard do not list them; they cannot be enabled, configured or linked', async () => {
    const hub = await hubConnectorKeys(t);
    assert.ok(hub.length > 0);
    assert.deepEqual(hub.filter((key) => key.startsWith('sandbox_')), []);
    const project = await t.call('GET', '/project/connectors');
    assert.deepEqual((project.body.connectors as { key: string; sandbox: boolean }[]).filter((c) => c.sandbox || c.key.startsWith('sandbox_')), []);
    assert.equal((await t.call('GET', '/project')).body.enabled_connector_count, (project.body.connectors as unknown[]).length);
    assertClientError(await t.call('PUT', '/project/connectors/sandbox_hris', { json: { enabled: true } }), 404);
    const clients = await t.call('GET', '/oauth_clients');
    assert.equal(clients.status, 200, clients.text);
    assert.deepEqual((clients.body as unknown as { provider: string }[]).map((c) => c.provider).filter((p) => p.startsWith('sandbox_')), []);
    assertClientError(await t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: 'x', client_secret: 'y' } }), 404);

    const { token } = await createSession(t);
    assertClientError(await t.call('GET', '/hub/connectors/sandbox_hris', { token }), 404);
    const submit = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
    assertClientError(submit, 404);
  });
});

describe('sandbox on (a development server, as the tests run): all three are offered', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('the hub lists the sandbox connectors and /sandbox answers', async () => {
    const hub = await hubConnectorKeys(t);
    assert.deepEqual(hub.filter((key) => key.startsWith('sandbox_')).sort(), SANDBOX_KEYS);
    const me = await fetch(`${t.server.url}/sandbox/hris/acme/v1/me`, { headers: { authorization: `Bearer ${GOOD_KEY}` } });
    assert.equal(me.status, 200);
    const metadata = await fetch(`${t.server.url}/sandbox/oauth/.well-known/oauth-authorization-server`);
    assert.equal(metadata.status, 200);
  });
});
