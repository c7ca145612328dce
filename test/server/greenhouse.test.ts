import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertClientError, createSession, startTestServer, type TestServer } from './harness.js';
import { pretendGreenhouse } from './pretend-greenhouse.js';

const CLIENT = { clientId: 'gh-client-1', clientSecret: 'gh-secret-0123456789', userIds: ['4080001'] };

describe('Greenhouse Harvest v3: client credentials checked at its token endpoint', () => {
  let t: TestServer;
  const provider = pretendGreenhouse(CLIENT);

  before(async () => {
    t = await startTestServer({
      overrides: {
        fetch: async (input, init) => {
          const request = new Request(input, init);
          if (request.url.startsWith(t.server.url)) return fetch(request);
          return provider.fetch(request);
        },
        resolve: async () => [{ address: '93.184.216.34', family: 4 }],
      },
    });
    const enabled = await t.call('PUT', '/project/connectors/greenhouse', { json: { enabled: true } });
    assert.equal(enabled.status, 200, enabled.text);
  });
  after(() => t.stop());

  const link = async (owner: string, credentials: Record<string, string>) => {
    const { token } = await createSession(t, { origin_owner_id: owner });
    provider.seen.length = 0;
    return t.call('POST', '/hub/accounts', { token, json: { integration_id: 'greenhouse', credentials } });
  };

  it('links with a client id and secret: Basic id:secret, a form body, no sub, and only the id kept in the clear', async () => {
    const result = await link('gh-1', { client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret });
    assert.equal(result.status, 201, result.text);
    assert.equal(provider.seen.length, 1);
    const [request] = provider.seen;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.url, 'https://auth.greenhouse.io/token');
    assert.equal(request!.contentType, 'application/x-www-form-urlencoded');
    assert.equal(request!.authorization, `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`);
    assert.equal(request!.body, 'grant_type=client_credentials');
    const account = await t.call('GET', `/accounts/${String(result.body.id)}`);
    assert.equal(account.status, 200, account.text);
    assert.equal(account.body.provider, 'greenhouse');
    assert.deepEqual(account.body.setup_information, { client_id: CLIENT.clientId });
    assert.equal(account.text.includes(CLIENT.clientSecret), false, 'the secret is never read back');
  });

  it('acts as the given user: sub is sent, and an unknown user is the provider rejecting the link', async () => {
    const linked = await link('gh-2', { client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, user_id: '4080001' });
    assert.equal(linked.status, 201, linked.text);
    assert.equal(provider.seen[0]!.body, 'grant_type=client_credentials&sub=4080001');
    const unknown = await link('gh-3', { client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, user_id: '999' });
    assertClientError(unknown, 422, /Greenhouse rejected these credentials \(HTTP 400\)/);
  });

  it('refuses a wrong secret (401 invalid_client) with 422 and stores nothing, never echoing the secret', async () => {
    const before = JSON.parse((await t.call('GET', '/accounts')).text) as unknown[];
    const wrong = 'gh-wrong-secret-987654';
    const result = await link('gh-4', { client_id: CLIENT.clientId, client_secret: wrong });
    assertClientError(result, 422, /Greenhouse rejected these credentials \(HTTP 401\)/);
    assert.equal(provider.seen.length, 1);
    assert.equal(result.text.includes(wrong), false);
    assert.equal((JSON.parse((await t.call('GET', '/accounts')).text) as unknown[]).length, before.length);
  });

  it('refuses a user id that is not a number before calling Greenhouse', async () => {
    const result = await link('gh-5', { client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, user_id: 'jane' });
    assertClientError(result, 400, /Greenhouse user ID is a number/);
    assert.equal(result.body.field, 'credentials.user_id');
    assert.deepEqual(provider.seen, []);
  });
});
