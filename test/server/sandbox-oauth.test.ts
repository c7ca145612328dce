// The sandbox CRM's OAuth provider, our own code under /sandbox/oauth (src/sandbox/oauth.ts): the protocol on its
// own, then the default path through a real server, which `serve` now uses instead of a second server.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSandboxOAuth, type SandboxOAuth } from '../../src/sandbox/oauth.js';
import { SANDBOX_OAUTH_CLIENT_ID, SANDBOX_OAUTH_CLIENT_SECRET, SANDBOX_SHORT_TOKEN_SECONDS } from '../../src/sandbox/oauth-client.js';
import { ConnectionAttempt } from '../../src/contract/index.js';
import { newAttempt, query, runPopup, startUrl } from '../oauth/support.js';
import { startTestServer, type TestServer } from './harness.js';

const REDIRECT = 'https://hub.example/connect/oauth2/sandbox_crm/callback';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
const GOOD_CLIENT = basic(SANDBOX_OAUTH_CLIENT_ID, SANDBOX_OAUTH_CLIENT_SECRET);

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeQuery(params: Record<string, string | undefined>): string {
  const defaults = { response_type: 'code', client_id: SANDBOX_OAUTH_CLIENT_ID, redirect_uri: REDIRECT, state: 'st-1', scope: 'contacts.read offline_access', prompt: 'consent' };
  const merged = Object.entries({ ...defaults, ...params }).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return new URLSearchParams(merged).toString();
}

async function authorize(provider: SandboxOAuth, params: Record<string, string | undefined> = {}): Promise<URL> {
  const response = await provider.app.request(`/authorize?${authorizeQuery(params)}`);
  assert.equal(response.status, 302, await response.clone().text());
  return new URL(response.headers.get('location')!);
}

/** `authorization: null` sends no Authorization header. */
async function token(provider: SandboxOAuth, form: Record<string, string>, authorization: string | null = GOOD_CLIENT) {
  const response = await provider.app.request('/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Record<string, unknown> };
}

describe('sandbox OAuth provider (/sandbox/oauth)', () => {
  it('approve: a code bound to PKCE S256 and the redirect URI; tokens with a refresh token and the scope; codes are single use', async () => {
    const provider = createSandboxOAuth();
    const { verifier, challenge } = pkce();
    const back = await authorize(provider, { outcome: 'approve', code_challenge: challenge, code_challenge_method: 'S256' });
    assert.equal(back.origin + back.pathname, REDIRECT);
    assert.equal(back.searchParams.get('state'), 'st-1');
    assert.equal(back.searchParams.get('iss'), 'http://localhost', 'RFC 9207: the answer names its issuer (here: where the app is mounted)');
    const code = back.searchParams.get('code')!;
    assert.ok(code);
    const grant = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier };
    const issued = await token(provider, grant);
    assert.equal(issued.status, 200, JSON.stringify(issued.body));
    assert.equal(issued.cacheControl, 'no-store');
    assert.equal(issued.body.token_type, 'Bearer');
    assert.equal(issued.body.expires_in, 3600);
    assert.equal(issued.body.scope, 'contacts.read offline_access');
    assert.equal(String(issued.body.access_token).split('.').length, 3, 'JWT-shaped, like a real provider');
    assert.match(String(issued.body.refresh_token), /^srt_/);
    const again = await token(provider, grant);
    assert.equal(again.status, 400);
    assert.equal(again.body.error, 'invalid_grant');
    assert.deepEqual(provider.tokenRequests, { authorization_code: 2 });
  });

  it('PKCE: a missing or wrong verifier is invalid_grant (and burns the code); a malformed challenge is refused at authorize', async () => {
    const provider = createSandboxOAuth();
    const { challenge } = pkce();
    for (const verifier of [undefined, pkce().verifier]) {
      const code = (await authorize(provider, { code_challenge: challenge, code_challenge_method: 'S256' })).searchParams.get('code')!;
      const refused = await token(provider, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, ...(verifier ? { code_verifier: verifier } : {}) });
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error, 'invalid_grant');
      assert.match(String(refused.body.error_description), /code_verifier/);
    }
    const bad = await authorize(provider, { code_challenge: 'short', code_challenge_method: 'S256' });
    assert.equal(bad.searchParams.get('error'), 'invalid_request');
    assert.equal(bad.searchParams.get('code'), null);
  });

  it('deny, an unknown client and a wrong response_type answer at the redirect URI with the error and the state', async () => {
    const provider = createSandboxOAuth();
    const denied = await authorize(provider, { outcome: 'deny' });
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    assert.match(denied.searchParams.get('error_description') ?? '', /denied Connect Hub access to Sandbox CRM/);
    assert.equal(denied.searchParams.get('state'), 'st-1');
    assert.equal(denied.searchParams.get('code'), null);
    assert.equal((await authorize(provider, { client_id: 'someone-else' })).searchParams.get('error'), 'unauthorized_client');
    assert.equal((await authorize(provider, { response_type: 'token' })).searchParams.get('error'), 'unsupported_response_type');
    const noRedirect = await provider.app.request(`/authorize?${authorizeQuery({ redirect_uri: 'javascript:alert(1)' })}`);
    assert.equal(noRedirect.status, 400, 'never redirects to a URI it cannot trust');
  });

  it('the token endpoint checks the client (Basic or body), the redirect URI and the code lifetime', async () => {
    let now = Date.now();
    const provider = createSandboxOAuth({ clock: () => new Date(now) });
    const code = async () => (await authorize(provider)).searchParams.get('code')!;
    assert.equal((await token(provider, { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT }, basic(SANDBOX_OAUTH_CLIENT_ID, 'wrong'))).status, 401);
    assert.equal((await token(provider, { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT }, null)).status, 401);
    assert.equal((await token(provider, { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT })).status, 200, 'Basic, as registered');
    const elsewhere = await token(provider, { grant_type: 'authorization_code', code: await code(), redirect_uri: 'https://evil.example/cb' });
    assert.equal(elsewhere.body.error, 'invalid_grant');
    const late = await code();
    now += 61_000;
    assert.equal((await token(provider, { grant_type: 'authorization_code', code: late, redirect_uri: REDIRECT })).body.error, 'invalid_grant');
    assert.equal((await token(provider, { grant_type: 'password', username: 'x', password: 'y' })).body.error, 'unsupported_grant_type');
  });

  it('approve_short: a short access token; refresh rotates the refresh token, keeps the scope; revoked refresh tokens stop working', async () => {
    const provider = createSandboxOAuth();
    const code = (await authorize(provider, { outcome: 'approve_short' })).searchParams.get('code')!;
    const first = await token(provider, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
    assert.equal(first.body.expires_in, SANDBOX_SHORT_TOKEN_SECONDS);
    const refreshed = await token(provider, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) });
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
    assert.equal(refreshed.body.expires_in, 3600);
    assert.equal(refreshed.body.scope, 'contacts.read offline_access');
    assert.notEqual(refreshed.body.access_token, first.body.access_token);
    assert.notEqual(refreshed.body.refresh_token, first.body.refresh_token);
    assert.equal((await token(provider, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) })).body.error, 'invalid_grant', 'rotated: the old one is spent');
    provider.revokeRefreshTokens();
    assert.equal((await token(provider, { grant_type: 'refresh_token', refresh_token: String(refreshed.body.refresh_token) })).body.error, 'invalid_grant');
    assert.deepEqual(provider.tokenRequests, { authorization_code: 1, refresh_token: 3 });

    // RFC 7009 revocation of one token, authenticated.
    const next = await token(provider, { grant_type: 'authorization_code', code: (await authorize(provider)).searchParams.get('code')!, redirect_uri: REDIRECT });
    const revoke = (authorization?: string) =>
      provider.app.request('/revoke', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) }, body: `token=${String(next.body.refresh_token)}` });
    assert.equal((await revoke()).status, 401);
    assert.equal((await revoke(GOOD_CLIENT)).status, 200);
    assert.equal((await token(provider, { grant_type: 'refresh_token', refresh_token: String(next.body.refresh_token) })).body.error, 'invalid_grant');
  });

  it('refuses a client that authenticates other than as registered: body credentials, both ways at once, or Basic when registered for post', async () => {
    const provider = createSandboxOAuth();
    const grant = async () => ({ grant_type: 'authorization_code', code: (await authorize(provider)).searchParams.get('code')!, redirect_uri: REDIRECT });
    const inBody = { client_id: SANDBOX_OAUTH_CLIENT_ID, client_secret: SANDBOX_OAUTH_CLIENT_SECRET };
    const viaBody = await token(provider, { ...(await grant()), ...inBody }, null);
    assert.equal(viaBody.status, 401, 'right id and secret, wrong method');
    assert.equal(viaBody.body.error, 'invalid_client');
    assert.match(String(viaBody.body.error_description), /registered for client_secret_basic/);
    const both = await token(provider, { ...(await grant()), ...inBody });
    assert.equal(both.status, 400);
    assert.equal(both.body.error, 'invalid_request');
    const metadata = (await (await provider.app.request('/.well-known/oauth-authorization-server')).json()) as Record<string, unknown>;
    assert.deepEqual(metadata.token_endpoint_auth_methods_supported, ['client_secret_basic']);
    assert.equal(metadata.authorization_response_iss_parameter_supported, true);

    const postClient = createSandboxOAuth({ tokenEndpointAuthMethod: 'client_secret_post' });
    const postGrant = { grant_type: 'authorization_code', code: (await authorize(postClient)).searchParams.get('code')!, redirect_uri: REDIRECT };
    assert.equal((await token(postClient, postGrant)).status, 401, 'Basic, but registered for post');
    const again = { ...postGrant, code: (await authorize(postClient)).searchParams.get('code')! };
    assert.equal((await token(postClient, { ...again, ...inBody }, null)).status, 200);
  });

  it('offline_access gives a refresh token only with prompt=consent (OpenID Connect Core §11); without it the scope is dropped', async () => {
    const provider = createSandboxOAuth();
    const code = (await authorize(provider, { prompt: undefined })).searchParams.get('code')!;
    const issued = await token(provider, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
    assert.equal(issued.status, 200, JSON.stringify(issued.body));
    assert.ok(issued.body.access_token);
    assert.equal(issued.body.refresh_token, undefined);
    assert.equal(issued.body.scope, 'contacts.read');
    const consented = await token(provider, { grant_type: 'authorization_code', code: (await authorize(provider, { prompt: 'login consent' })).searchParams.get('code')!, redirect_uri: REDIRECT });
    assert.match(String(consented.body.refresh_token), /^srt_/);
    const noOffline = await token(provider, { grant_type: 'authorization_code', code: (await authorize(provider, { scope: 'contacts.read' })).searchParams.get('code')!, redirect_uri: REDIRECT });
    assert.equal(noOffline.body.refresh_token, undefined, 'no offline_access asked, none given');
  });

  it('reuse detection: a rotated-away refresh token presented again revokes the whole grant (RFC 9700 §4.14.2)', async () => {
    const provider = createSandboxOAuth();
    const first = await token(provider, { grant_type: 'authorization_code', code: (await authorize(provider)).searchParams.get('code')!, redirect_uri: REDIRECT });
    const other = await token(provider, { grant_type: 'authorization_code', code: (await authorize(provider)).searchParams.get('code')!, redirect_uri: REDIRECT });
    const rotated = await token(provider, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) });
    assert.equal(rotated.status, 200);
    const replay = await token(provider, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) });
    assert.equal(replay.body.error, 'invalid_grant');
    assert.equal(provider.revokedGrants, 1);
    const victim = await token(provider, { grant_type: 'refresh_token', refresh_token: String(rotated.body.refresh_token) });
    assert.equal(victim.body.error, 'invalid_grant', 'the live token of the revoked grant stops working too');
    assert.equal((await token(provider, { grant_type: 'refresh_token', refresh_token: String(other.body.refresh_token) })).status, 200, 'another grant is untouched');
    assert.deepEqual(provider.refreshTokenUses().sort(), [0, 1, 1, 2], 'first twice (the replay), rotated and other once, the new one of other not yet');
  });
});

describe('sandbox_crm signs in at this server’s own /sandbox/oauth by default', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('the popup goes to ${publicUrl}/sandbox/oauth/authorize; the code is exchanged; the account is stored with tokens', async () => {
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'own-provider' });
    const popup = await runPopup(t, { token, attemptId, fields: { outcome: 'approve' } });
    const authorizeUrl = new URL(popup.start.headers.get('location')!);
    assert.equal(`${authorizeUrl.origin}${authorizeUrl.pathname}`, `${t.server.publicUrl}/sandbox/oauth/authorize`);
    assert.equal(popup.landing.searchParams.get('error'), null, popup.landing.href);
    const attempt = ConnectionAttempt.parse((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
    const accounts = await query<{ id: string }>(t, "select id from accounts where origin_owner_id = 'own-provider' and provider = 'sandbox_crm'");
    assert.equal(accounts.length, 1);
    const credentials = await t.call('GET', `/accounts/${accounts[0]!.id}/credentials`);
    assert.equal(credentials.status, 200, credentials.text);
    assert.equal(String((credentials.body.credentials as { access_token: string }).access_token).split('.').length, 3);
  });

  it('iss (RFC 9207): an answer without it, or naming another server, is not used; the attempt fails with invalid_issuer', async () => {
    for (const iss of [null, 'https://elsewhere.example/oauth']) {
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: `own-provider-iss-${iss ? 'other' : 'none'}` });
      const start = await fetch(startUrl(t, { token, attemptId }), { redirect: 'manual' });
      const authorize = await fetch(start.headers.get('location')!, { redirect: 'manual' });
      const callback = new URL(authorize.headers.get('location')!);
      assert.equal(callback.searchParams.get('iss'), `${t.server.publicUrl}/sandbox/oauth`);
      if (iss) callback.searchParams.set('iss', iss);
      else callback.searchParams.delete('iss');
      assert.equal((await fetch(callback, { redirect: 'manual' })).status, 302);
      const attempt = ConnectionAttempt.parse((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
      assert.equal(attempt.status, 'error');
      assert.equal(attempt.error?.code, 'invalid_issuer');
      assert.deepEqual(await query(t, 'select id from accounts where origin_owner_id = ?', `own-provider-iss-${iss ? 'other' : 'none'}`), []);
    }
  });

  it('deny: the attempt fails with the provider’s access_denied', async () => {
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'own-provider-deny' });
    await runPopup(t, { token, attemptId, fields: { outcome: 'deny' } });
    const attempt = ConnectionAttempt.parse((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    assert.equal(attempt.status, 'error');
    assert.match(JSON.stringify(attempt), /access_denied/);
  });
});
