import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HubAccount, LinkedAccountList } from '../../src/contract/index.js';
import { assertEncryptedAtRest } from './at-rest.js';
import { GOOD_KEY, assertClientError, basicAuth, createSession, startTestServer, storeQuery, storedText, type TestServer } from './harness.js';

/** The ATS password: the one secret this file submits, then hunts for everywhere. */
const SECRET = GOOD_KEY;
const COMPANY_ID = '918273';

describe('secrets at rest and in transit; restart on the same data dir', () => {
  let t: TestServer;
  let token: string;
  let accountId: string;
  let rejection: { status: number; body: Record<string, unknown> };
  before(async () => {
    t = await startTestServer({
      overrides: {
        // The sandbox ATS, except that for the user "mallory" it answers as a provider that quotes the request
        // back, password included: what the server must scrub from the answer it passes on.
        fetch: async (url, init) => {
          const authorization = new Headers(init?.headers).get('authorization') ?? '';
          const sent = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString();
          if (sent.startsWith('mallory:')) {
            return Response.json({ error: 'invalid_credentials', message: `no user mallory with password ${sent.slice('mallory:'.length)}` }, { status: 401 });
          }
          return fetch(url, init);
        },
      },
    });
    ({ token } = await createSession(t, { origin_owner_id: 'secret-owner', expires_in: 3600 }));
    const created = await t.call('POST', '/hub/accounts', {
      token,
      json: { integration_id: 'sandbox_ats', credentials: { region: 'eu', company_id: COMPANY_ID, username: 'demo', password: SECRET } },
    });
    assert.equal(created.status, 201, created.text);
    accountId = String(created.body.id);
    // Touch every endpoint that shows the account.
    await t.call('GET', `/hub/accounts/${accountId}`, { token });
    await t.call('PATCH', `/hub/accounts/${accountId}`, { token, json: { integration_id: 'sandbox_ats', credentials: { region: 'us' } } });
    await t.call('GET', '/accounts');
    await t.call('GET', `/accounts/${accountId}`);
    await t.call('PATCH', `/accounts/${accountId}`, { json: { label: 'x' } });
    // A rejection quotes the provider; the secret submitted must not come back in it.
    rejection = await t.call('POST', '/hub/accounts', {
      token,
      json: { integration_id: 'sandbox_ats', credentials: { region: 'eu', company_id: COMPANY_ID, username: 'mallory', password: SECRET } },
    });
  });
  after(() => t.stop());

  it('a rejection quotes the provider, with the secret it echoed scrubbed out', () => {
    assert.equal(rejection.status, 422);
    assert.equal(rejection.body.provider_response, 'HTTP 401: invalid_credentials: no user mallory with password [redacted]');
  });

  it('never returns the secret in a response body', () => {
    assert.ok(t.bodies.length >= 7);
    assert.ok(t.bodies.some((body) => body.includes(COMPANY_ID)), 'the non-secret value is shown, so the search itself works');
    for (const body of t.bodies) assert.equal(body.includes(SECRET), false, `leaked in: ${body.slice(0, 200)}`);
  });

  it('never logs the secret, the session token or the API key', () => {
    const log = t.logLines.join('\n');
    assert.ok(log.includes('POST /hub/accounts 201'));
    for (const value of [SECRET, token, t.apiKey]) assert.equal(log.includes(value), false);
  });

  it('stores the secret only encrypted: it decrypts with the server\'s key (and no other), and is in no stored byte in clear', async () => {
    const [row] = await storeQuery<{ credentials_ciphertext: string; setup_information: string }>(t, 'select credentials_ciphertext, setup_information from accounts where id = ?', accountId);
    assert.deepEqual(JSON.parse(assertEncryptedAtRest(t, row!.credentials_ciphertext, accountId)), { password: SECRET });
    assert.equal(JSON.parse(row!.setup_information).password, undefined, 'the setup column holds no secret');
    const bytes = await storedText(t);
    assert.ok(bytes.includes(COMPANY_ID), 'the non-secret value is stored in clear, so the grep itself works');
    assert.equal(bytes.includes(SECRET), false);
    assert.equal(bytes.includes(token), false, 'session tokens are stored as hashes');
    assert.equal(bytes.includes(t.apiKey), false, 'API keys are stored as hashes');
  });

  it('generates the credential key once, readable by the owner only', () => {
    const mode = statSync(path.join(t.dataDir, 'secret.key')).mode & 0o777;
    assert.equal(mode, 0o600);
  });

  it('after a restart the key, the session, the accounts and their encrypted credentials all still work', async () => {
    await t.restart();
    assert.equal(t.server.apiKey, undefined, 'an existing project does not hand out its key again');
    const list = await t.call('GET', '/accounts');
    assert.equal(list.status, 200);
    assert.deepEqual(LinkedAccountList.parse(JSON.parse(list.text)).map((a) => a.id), [accountId]);

    const account = HubAccount.parse((await t.call('GET', `/hub/accounts/${accountId}`, { token })).body);
    assert.deepEqual(account.setupInformation, { region: 'us', company_id: COMPANY_ID, username: 'demo' });
    // Passes only if the stored password decrypts: the provider checks it again.
    const patched = await t.call('PATCH', `/hub/accounts/${accountId}`, { token, json: { integration_id: 'sandbox_ats', credentials: { region: 'eu' } } });
    assert.equal(patched.status, 200, patched.text);
  });

  it('a pinned CONNECT_HUB_API_KEY becomes a key of the existing project and survives restarts', async () => {
    const pinned = 'chk_pinned_for_scripts_and_tests';
    // One server per SQLite data dir: the other one starts while this one is stopped.
    await t.server.close();
    const other = await startTestServer({ dataDir: t.dataDir, config: { apiKey: pinned } });
    try {
      assert.equal(other.server.apiKey, pinned);
      assert.equal(other.server.project.id, t.server.project.id);
      const response = await fetch(`${other.server.url}/accounts`, { headers: { authorization: basicAuth(pinned) } });
      assert.equal(response.status, 200);
    } finally {
      await other.server.close();
      await t.restart();
    }
    assertClientError(await t.call('GET', '/accounts', { apiKey: 'chk_pinned_for_scripts_and_tests_not' }), 401);
  });

  it('a server with another credential key refuses to start, and says why', async () => {
    await t.server.close();
    await assert.rejects(
      startTestServer({ dataDir: t.dataDir, apiKey: t.apiKey, config: { secretKey: 'ab'.repeat(32) } }),
      /written with another secret key: set CONNECT_HUB_SECRET_KEY/,
    );
    await t.restart();
    assert.equal((await t.call('GET', `/hub/accounts/${accountId}`, { token })).status, 200, 'the refusal changed nothing');
  });

  it('a stored ciphertext that does not decrypt (a damaged restore) is a 500 that says why, never the secret', async () => {
    const [row] = await storeQuery<{ credentials_ciphertext: string }>(t, 'select credentials_ciphertext from accounts where id = ?', accountId);
    const [version, iv, tag, body] = row!.credentials_ciphertext.split('.');
    await storeQuery(t, 'update accounts set credentials_ciphertext = ? where id = ?', [version, iv, tag, `${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}`].join('.'), accountId);
    const result = await t.call('GET', `/hub/accounts/${accountId}`, { token });
    assert.equal(result.status, 500);
    assert.match(String(result.body.message), /cannot be decrypted.*secret key/);
    assert.equal(result.text.includes(SECRET), false);
    await assert.rejects(startTestServer({ dataDir: t.dataDir, apiKey: t.apiKey, config: { secretKey: 'too-short' } }), /32 bytes/);
  });
});
