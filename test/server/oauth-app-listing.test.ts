import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CATALOG, isOAuthConnector } from '../../src/catalog/index.js';
import { IntegrationList } from '../../src/contract/index.js';
import { assertClientError, createSession, startTestServer, type TestServer } from './harness.js';

// Issue 13 §1: an OAuth connector whose project has no OAuth app is a dead end, so the hub never offers it. A connector
// whose client is the end user's own (Docebo, oauth.client 'end_user') needs no app and is always offered.
const needingApp = CATALOG.filter((definition) => isOAuthConnector(definition) && definition.sandbox !== true && definition.oauth?.client !== 'end_user').map((d) => d.key);

async function listed(t: TestServer, token: string): Promise<string[]> {
  const result = await t.call('GET', '/hub/connectors', { token });
  assert.equal(result.status, 200, result.text);
  return IntegrationList.parse(result.body).integrations.map((integration) => integration.integration_id);
}

describe('OAuth connectors are listed only with an OAuth app', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('a fresh install lists every connector but the OAuth ones without an app; the sandbox OAuth connector stays', async () => {
    assert.ok(needingApp.includes('hubspot'), 'the catalog has OAuth connectors that need an app');
    const { token } = await createSession(t);
    const keys = await listed(t, token);
    assert.deepEqual(keys.filter((key) => needingApp.includes(key)), []);
    assert.ok(keys.includes('sandbox_crm'), 'the sandbox OAuth connector has its app from boot');
    assert.ok(keys.includes('sandbox_hris'));
    assert.ok(keys.includes('docebo'), "the end user brings Docebo's client");
    assert.equal(keys.length, CATALOG.length - needingApp.length);
  });

  it('setting an app lists the connector at once (and opens its config); removing it hides it again', async () => {
    const { token } = await createSession(t);
    const set = await t.call('PUT', '/oauth_clients/hubspot', { json: { client_id: 'cid', client_secret: 'shh' } });
    assert.equal(set.status, 200, set.text);
    assert.ok((await listed(t, token)).includes('hubspot'));
    assert.equal((await t.call('GET', '/hub/connectors/hubspot', { token })).status, 200);
    assert.equal((await t.call('DELETE', '/oauth_clients/hubspot')).status, 204);
    assert.ok(!(await listed(t, token)).includes('hubspot'));
    assertClientError(await t.call('GET', '/hub/connectors/hubspot', { token }), 404, /hubspot/);
  });

  it('the edit-mode lookup (?provider=) hides it too', async () => {
    const { token } = await createSession(t);
    const result = await t.call('GET', '/hub/connectors?provider=salesforce', { token });
    assert.deepEqual(IntegrationList.parse(result.body).integrations, []);
  });

  it('a session for such a connector is refused at creation: 400 naming the provider and the fix', async () => {
    const refused = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'o', origin_owner_name: 'O', provider: 'salesforce' } });
    assertClientError(refused, 400, /provider: "salesforce" signs in through OAuth .* no OAuth app .*PUT \/oauth_clients\/salesforce/);
    assert.equal(refused.body.field, 'provider');
    assert.equal(refused.body.code, 'validation_failed');
    await createSession(t, { provider: 'sandbox_crm' });
    assert.equal((await t.call('PUT', '/oauth_clients/salesforce', { json: { client_id: 'cid', client_secret: 'shh' } })).status, 200);
    const { token } = await createSession(t, { provider: 'salesforce' });
    assert.deepEqual(await listed(t, token), ['salesforce']);
    assert.equal((await t.call('DELETE', '/oauth_clients/salesforce')).status, 204);
  });
});
