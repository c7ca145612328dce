import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { ConnectionAttempt } from '../../src/contract/index.js';
import { SANDBOX_OAUTH_CLIENT_ID, SANDBOX_OAUTH_CLIENT_SECRET } from '../../src/sandbox/oauth-client.js';
import { crmConnectionFailures, get, newAttempt, type OAuthTestBed, query, setAllowedOrigins, startOAuthTestBed, startUrl } from './support.js';

// The provider callback with every kind of answer a provider (or someone posing as one) may send (RFC 6749
// §4.1.2, §4.1.2.1; RFC 9207), and start URLs the flow must refuse. The popup's first hop is real (our start URL,
// the real sandbox provider's authorize endpoint); the answer at our callback is then either the provider's own
// or one made from its state, as a browser would deliver it.

let bed: OAuthTestBed;

before(async () => {
  bed = await startOAuthTestBed();
});
after(() => bed.stop());
afterEach(() => bed.provider.editTokenAnswers('authorization_code', undefined));

async function attemptOf(token: string, attemptId: string): Promise<ConnectionAttempt> {
  const read = await bed.t.call('GET', `/hub/connection_attempts/${attemptId}`, { token });
  assert.equal(read.status, 200, read.text);
  return ConnectionAttempt.parse(read.body);
}

/** Started at our start URL: the attempt, and our callback URL with the state the provider must send back. */
async function started(owner: string): Promise<{ token: string; attemptId: string; callback: URL; state: string }> {
  const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: owner });
  const start = await get(startUrl(bed.t, { token, attemptId }));
  assert.equal(start.status, 302, await start.clone().text());
  const authorize = new URL(start.headers.get('location')!);
  const callback = new URL(authorize.searchParams.get('redirect_uri')!);
  return { token, attemptId, callback, state: authorize.searchParams.get('state')! };
}

/** Our callback with the answer's parameters (the iss the sandbox provider names unless given). */
function answer(callback: URL, params: Record<string, string | undefined>): Promise<Response> {
  const url = new URL(callback);
  for (const [name, value] of Object.entries({ iss: bed.provider.url, ...params })) if (value !== undefined) url.searchParams.set(name, value);
  return get(url.href);
}

async function assertPage(response: Response, status: number, text: RegExp): Promise<void> {
  const body = await response.text();
  assert.equal(response.status, status, body);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(response.headers.get('location'), null);
  assert.match(body, text);
}

describe('a provider error at the callback (RFC 6749 §4.1.2.1)', () => {
  const described: [string, string, string][] = [
    ['access_denied', 'Access was denied at Sandbox CRM.', 'access_denied'],
    ['invalid_scope', 'Sandbox CRM does not accept the requested permissions.', 'provider_rejected'],
    ['unauthorized_client', "Sandbox CRM does not accept this server's OAuth app; check its client settings.", 'provider_rejected'],
    ['invalid_client', "Sandbox CRM does not accept this server's OAuth app; check its client settings.", 'provider_rejected'],
    ['server_error', 'Sandbox CRM could not complete the sign-in right now; try again later.', 'provider_rejected'],
    ['temporarily_unavailable', 'Sandbox CRM could not complete the sign-in right now; try again later.', 'provider_rejected'],
    ['interaction_required', 'Sandbox CRM answered "interaction_required".', 'provider_rejected'],
  ];
  for (const [code, description, reason] of described) {
    it(`${code} without a description: the attempt fails with the code, in words; counted as ${reason}; back to the landing page`, async () => {
      const run = await started(`answers-${code}`);
      const counted = await crmConnectionFailures(bed.t, reason);
      const landed = await answer(run.callback, { state: run.state, error: code });
      assert.equal(landed.status, 302, await landed.clone().text());
      const landing = new URL(landed.headers.get('location')!);
      assert.equal(landing.searchParams.get('status'), 'error');
      assert.equal(landing.searchParams.get('connection_attempt_id'), run.attemptId);
      const attempt = await attemptOf(run.token, run.attemptId);
      assert.equal(attempt.status, 'error');
      assert.deepEqual(attempt.error, { code, description });
      assert.equal(await crmConnectionFailures(bed.t, reason), counted + 1);
    });
  }

  it("the provider's own description is kept as it is", async () => {
    const run = await started('answers-described');
    await answer(run.callback, { state: run.state, error: 'invalid_scope', error_description: 'Scope deals.write is not enabled for this app' });
    assert.deepEqual((await attemptOf(run.token, run.attemptId)).error, { code: 'invalid_scope', description: 'Scope deals.write is not enabled for this app' });
  });

  it('an answer with neither code nor error: invalid_callback, counted as such, no token request', async () => {
    const run = await started('answers-no-code');
    const counted = await crmConnectionFailures(bed.t, 'invalid_callback');
    const exchanges = bed.provider.tokenRequests.authorization_code ?? 0;
    const landed = await answer(run.callback, { state: run.state });
    assert.equal(new URL(landed.headers.get('location')!).searchParams.get('status'), 'error');
    assert.deepEqual((await attemptOf(run.token, run.attemptId)).error, { code: 'invalid_callback', description: 'Sandbox CRM answered without an authorization code.' });
    assert.equal(await crmConnectionFailures(bed.t, 'invalid_callback'), counted + 1);
    assert.equal(bed.provider.tokenRequests.authorization_code ?? 0, exchanges);
  });

  it('an answer naming another issuer (RFC 9207) is not believed, whatever it says: invalid_issuer, no token request', async () => {
    const run = await started('answers-issuer');
    const counted = await crmConnectionFailures(bed.t, 'invalid_issuer');
    const exchanges = bed.provider.tokenRequests.authorization_code ?? 0;
    const landed = await answer(run.callback, { state: run.state, code: 'a-code', iss: 'https://evil.example' });
    assert.equal(new URL(landed.headers.get('location')!).searchParams.get('status'), 'error');
    const attempt = await attemptOf(run.token, run.attemptId);
    assert.equal(attempt.error?.code, 'invalid_issuer');
    assert.match(attempt.error?.description ?? '', /^The sign-in answer came from https:\/\/evil\.example, not from /);
    assert.equal(await crmConnectionFailures(bed.t, 'invalid_issuer'), counted + 1);
    assert.equal(bed.provider.tokenRequests.authorization_code ?? 0, exchanges);
  });
});

describe('the callback refuses answers it cannot tie to a live attempt', () => {
  it("a genuine state at another connector's callback: 400 page, and the attempt still waits for its own", async () => {
    const run = await started('answers-other-provider');
    const other = new URL(run.callback.href.replace('/sandbox_crm/', '/hubspot/'));
    await assertPage(await answer(other, { state: run.state, code: 'x' }), 400, /unknown or was already used/);
    assert.equal((await attemptOf(run.token, run.attemptId)).status, 'pending');
  });

  it('a second answer with the same state after a provider error: 400 page (already finished)', async () => {
    const run = await started('answers-twice');
    await answer(run.callback, { state: run.state, error: 'access_denied' });
    await assertPage(await answer(run.callback, { state: run.state, error: 'access_denied' }), 400, /unknown or was already used/);
  });

  it('the session ended during the sign-in: 410 page saying the link expired, the attempt expires, no account', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'answers-session-ended' });
    const start = await get(startUrl(bed.t, { token, attemptId }));
    const authorize = await get(start.headers.get('location')!);
    const callback = authorize.headers.get('location')!;
    await query(bed.t, 'update connect_sessions set expires_at = ? where id = (select session_id from connection_attempts where id = ?)', '2000-01-01T00:00:00.000Z', attemptId);
    await assertPage(await get(callback), 410, /The link this sign-in started from has expired/);
    const [row] = await query<{ status: string; account_id: string | null }>(bed.t, 'select status, account_id from connection_attempts where id = ?', attemptId);
    assert.deepEqual({ ...row }, { status: 'expired', account_id: null });
  });
});

describe('a code exchange that cannot happen', () => {
  it("the OAuth client removed during the sign-in: oauth_client_missing, no token request", async () => {
    const run = await started('answers-client-removed');
    const authorize = await get((await get(startUrl(bed.t, { token: run.token, attemptId: run.attemptId }))).headers.get('location')!);
    const removed = await bed.t.call('DELETE', '/oauth_clients/sandbox_crm');
    assert.equal(removed.status, 204, removed.text);
    try {
      const exchanges = bed.provider.tokenRequests.authorization_code ?? 0;
      const counted = await crmConnectionFailures(bed.t, 'provider_rejected');
      const landed = await get(authorize.headers.get('location')!);
      assert.equal(new URL(landed.headers.get('location')!).searchParams.get('status'), 'error');
      assert.deepEqual((await attemptOf(run.token, run.attemptId)).error, {
        code: 'oauth_client_missing',
        description: "Sandbox CRM's OAuth client was removed from this server during the sign-in.",
      });
      assert.equal(bed.provider.tokenRequests.authorization_code ?? 0, exchanges);
      assert.equal(await crmConnectionFailures(bed.t, 'provider_rejected'), counted + 1, 'a refusal, counted as one');
    } finally {
      const put = await bed.t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: SANDBOX_OAUTH_CLIENT_ID, client_secret: SANDBOX_OAUTH_CLIENT_SECRET } });
      assert.equal(put.status, 200, put.text);
    }
  });

  it('the PKCE verifier lost from the attempt: invalid_callback, no token request', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'answers-no-verifier' });
    const authorize = await get((await get(startUrl(bed.t, { token, attemptId }))).headers.get('location')!);
    await query(bed.t, 'update connection_attempts set code_verifier_ciphertext = null where id = ?', attemptId);
    const exchanges = bed.provider.tokenRequests.authorization_code ?? 0;
    const counted = await crmConnectionFailures(bed.t, 'provider_rejected');
    await get(authorize.headers.get('location')!);
    assert.deepEqual((await attemptOf(token, attemptId)).error, { code: 'invalid_callback', description: 'The sign-in lost its PKCE verifier.' });
    assert.equal(bed.provider.tokenRequests.authorization_code ?? 0, exchanges);
    assert.equal(await crmConnectionFailures(bed.t, 'provider_rejected'), counted + 1, 'a refusal, counted as one');
  });

  it('a token answer without an access token: the attempt fails with invalid_token_response, counted as provider_invalid_response, logged', async () => {
    bed.provider.editTokenAnswers('authorization_code', (body) => delete body.access_token);
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'answers-no-access-token' });
    const counted = await crmConnectionFailures(bed.t, 'provider_invalid_response');
    const lines = bed.t.logLines.length;
    const authorize = await get((await get(startUrl(bed.t, { token, attemptId }))).headers.get('location')!);
    const landed = await get(authorize.headers.get('location')!);
    assert.equal(new URL(landed.headers.get('location')!).searchParams.get('status'), 'error');
    assert.deepEqual((await attemptOf(token, attemptId)).error, { code: 'invalid_token_response', description: 'Sandbox CRM answered without an access token.' });
    assert.equal(await crmConnectionFailures(bed.t, 'provider_invalid_response'), counted + 1);
    assert.ok(bed.t.logLines.slice(lines).some((line) => line.includes(`oauth sandbox_crm: code exchange for attempt ${attemptId} failed: invalid_token_response`)));
  });

  it('a refused exchange is counted as provider_rejected; a linked account is logged as created, then as updated', async () => {
    const put = await bed.t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: SANDBOX_OAUTH_CLIENT_ID, client_secret: 'not-the-secret' } });
    assert.equal(put.status, 200, put.text);
    try {
      const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'answers-refused' });
      const counted = await crmConnectionFailures(bed.t, 'provider_rejected');
      const authorize = await get((await get(startUrl(bed.t, { token, attemptId }))).headers.get('location')!);
      await get(authorize.headers.get('location')!);
      assert.equal((await attemptOf(token, attemptId)).error?.code, 'invalid_client');
      assert.equal(await crmConnectionFailures(bed.t, 'provider_rejected'), counted + 1);
    } finally {
      await bed.t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: SANDBOX_OAUTH_CLIENT_ID, client_secret: SANDBOX_OAUTH_CLIENT_SECRET } });
    }
    const logged: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'answers-logged' });
      const lines = bed.t.logLines.length;
      const authorize = await get((await get(startUrl(bed.t, { token, attemptId }))).headers.get('location')!);
      await get(authorize.headers.get('location')!);
      const accountId = (await attemptOf(token, attemptId)).account!.id;
      const message = `oauth sandbox_crm: attempt ${attemptId} ${round === 0 ? 'created' : 'updated'} account ${accountId}`;
      assert.ok(bed.t.logLines.slice(lines).some((line) => line.includes(message)), message);
      logged.push(accountId);
    }
    assert.equal(logged[0], logged[1]);
  });
});

describe('start URLs the flow refuses', () => {
  it('a redirect_uri with a user name, a password, a fragment or another scheme, even at an allowed origin', async () => {
    await setAllowedOrigins(bed.t, ['https://host.example']);
    try {
      // A blob: URL's origin is that of the URL inside it, the allowed one here: only its scheme refuses it.
      assert.equal(new URL('blob:https://host.example/done').origin, 'https://host.example');
      for (const redirectUri of ['https://user@host.example/done', 'https://:pw@host.example/done', 'https://host.example/done#x', 'ftp://host.example/done', 'blob:https://host.example/done', 'not a url']) {
        const { token, attemptId } = await newAttempt(bed.t);
        await assertPage(await get(startUrl(bed.t, { token, attemptId, redirectUri })), 400, /redirect_uri/);
        assert.equal((await attemptOf(token, attemptId)).error?.code, 'invalid_redirect_uri', redirectUri);
      }
      // Our own landing path at our own origin, and an allowed origin over http or https, are fine.
      const { token, attemptId } = await newAttempt(bed.t);
      assert.equal((await get(startUrl(bed.t, { token, attemptId, redirectUri: 'https://host.example/done?x=1' }))).status, 302);
    } finally {
      await setAllowedOrigins(bed.t, []);
    }
    await setAllowedOrigins(bed.t, ['http://plain.example']);
    try {
      const { token, attemptId } = await newAttempt(bed.t);
      assert.equal((await get(startUrl(bed.t, { token, attemptId, redirectUri: 'http://plain.example/done' }))).status, 302);
    } finally {
      await setAllowedOrigins(bed.t, []);
    }
  });

  it('no connection_attempt_id: 400 page', async () => {
    const { token } = await newAttempt(bed.t);
    const url = new URL(startUrl(bed.t, { token, attemptId: 'x' }));
    url.searchParams.delete('connection_attempt_id');
    await assertPage(await get(url.href), 400, /did not start from the hub/);
  });

  it('an unknown connector: 404 page and the attempt fails with unknown_connector', async () => {
    const { token, attemptId } = await newAttempt(bed.t);
    await assertPage(await get(startUrl(bed.t, { token, attemptId, integration: 'no_such_connector', fields: {} })), 404, /no_such_connector/);
    assert.equal((await attemptOf(token, attemptId)).error?.code, 'unknown_connector');
  });

  it('a connector that does not sign in through OAuth: the attempt fails with not_oauth', async () => {
    const { token, attemptId } = await newAttempt(bed.t);
    await assertPage(await get(startUrl(bed.t, { token, attemptId, integration: 'sandbox_hris', fields: {} })), 400, /does not sign in through OAuth/);
    assert.equal((await attemptOf(token, attemptId)).error?.code, 'not_oauth');
  });

  it('a start after the attempt was authenticated: 409 page (already finished)', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'answers-restart' });
    const authorize = await get((await get(startUrl(bed.t, { token, attemptId }))).headers.get('location')!);
    await get(authorize.headers.get('location')!);
    assert.equal((await attemptOf(token, attemptId)).status, 'authenticated');
    await assertPage(await get(startUrl(bed.t, { token, attemptId })), 409, /already finished/);
  });

  it('the project without an OAuth app for the connector: the operator is told how to set one in the log', async () => {
    const { token, attemptId } = await newAttempt(bed.t);
    const lines = bed.t.logLines.length;
    await assertPage(await get(startUrl(bed.t, { token, attemptId, integration: 'hubspot', fields: {} })), 422, /set up/);
    assert.ok(bed.t.logLines.slice(lines).some((line) => /oauth hubspot: project \S+ has no OAuth app for HubSpot; set one in the dashboard's Connectors page or with `connect-hub oauth set hubspot --client-id … --client-secret …`/.test(line)));
  });
});
