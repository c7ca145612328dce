import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ConnectionAttempt } from '../../src/contract/index.js';
import { pageStrings } from '../../src/i18n/oauth-pages/index.js';
import { ATTEMPT_TTL_SECONDS } from '../../src/server/oauth/attempts.js';
import { escapeHtml } from '../../src/server/oauth/landing/page.js';
import { assertEncryptedAtRest } from '../server/at-rest.js';
import { createSession, storedText } from '../server/harness.js';
import { crmConnectionFailures, get, landingUrl, newAttempt, outboxEvents, query, runPopup, setAllowedOrigins, startOAuthTestBed, startUrl, type OAuthTestBed } from './support.js';

async function attemptOf(bed: OAuthTestBed, token: string, attemptId: string): Promise<ConnectionAttempt> {
  const read = await bed.t.call('GET', `/hub/connection_attempts/${attemptId}`, { token });
  assert.equal(read.status, 200, read.text);
  return ConnectionAttempt.parse(read.body);
}

async function accountsOf(bed: OAuthTestBed, owner: string): Promise<{ id: string; status: string }[]> {
  return query(bed.t, "select id, status from accounts where origin_owner_id = ? and provider = 'sandbox_crm' order by created_at", owner);
}

/** An HTML error page: readable, never a 500, never a redirect. */
async function assertPage(response: Response, status: number, text: RegExp): Promise<void> {
  const body = await response.text();
  assert.equal(response.status, status, body);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(response.headers.get('location'), null);
  assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.match(body, text);
}

describe('OAuth popup flow (E10 + provider callback)', () => {
  let bed: OAuthTestBed;
  before(async () => {
    bed = await startOAuthTestBed();
  });
  after(() => bed.stop());

  describe('happy', () => {
    it('start URL: 302 to the provider with state, PKCE S256, our callback URL, scopes, bound fields; no referrer', async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t);
      const start = await get(startUrl(t, { token, attemptId, fields: { outcome: 'approve' } }));
      assert.equal(start.status, 302);
      assert.equal(start.headers.get('referrer-policy'), 'no-referrer');
      const location = new URL(start.headers.get('location')!);
      assert.equal(location.origin, bed.provider.url);
      assert.equal(location.pathname, '/authorize');
      const params = location.searchParams;
      assert.equal(params.get('outcome'), 'approve', 'the field shapes the authorize URL');
      assert.equal(params.get('response_type'), 'code');
      assert.equal(params.get('client_id'), 'connect-hub-sandbox');
      assert.equal(params.get('redirect_uri'), `${t.server.publicUrl}/connect/oauth2/sandbox_crm/callback`);
      assert.equal(params.get('scope'), 'contacts.read deals.read offline_access');
      assert.equal(params.get('prompt'), 'consent', "the connector's own authorize parameters");
      assert.match(params.get('state') ?? '', /^[A-Za-z0-9_-]{43}$/);
      assert.match(params.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
      assert.equal(params.get('code_challenge_method'), 'S256');
      assert.equal(params.get('token'), null, 'the session token never goes to the provider');
      const [row] = await query<{ state_hash: string; code_verifier_ciphertext: string; provider: string; secrets_ciphertext: string | null }>(
        t,
        'select state_hash, code_verifier_ciphertext, provider, secrets_ciphertext from connection_attempts where id = ?',
        attemptId,
      );
      assert.equal(row!.provider, 'sandbox_crm');
      assert.equal(row!.secrets_ciphertext, null, 'a start without secret values seals none');
      assert.notEqual(row!.state_hash, params.get('state'), 'state is stored hashed');
      // Encrypted with the server key and bound to its attempt; and it is the verifier of the challenge sent.
      const verifier = assertEncryptedAtRest(t, row!.code_verifier_ciphertext, `attempt:${attemptId}`);
      assert.equal(createHash('sha256').update(verifier).digest('base64url'), params.get('code_challenge'), 'the PKCE verifier is stored encrypted');
    });

    it("an operator's client with no scopes sends no scope parameter (not an empty one)", async () => {
      const { t } = bed;
      const before = await t.call('GET', '/oauth_clients/sandbox_crm');
      assert.equal(before.status, 200, before.text);
      const clientId = before.body.client_id as string;
      // Without client_secret the stored one is kept; scopes null goes back to the catalog's.
      const setScopes = (scopes: string[] | null) => t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: clientId, scopes } });
      assert.equal((await setScopes([])).status, 200);
      try {
        const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'crm-no-scopes' });
        const start = await get(startUrl(t, { token, attemptId, fields: { outcome: 'approve' } }));
        assert.equal(start.status, 302, await start.text());
        const params = new URL(start.headers.get('location')!).searchParams;
        assert.equal(params.get('client_id'), clientId);
        assert.equal(params.has('scope'), false, `scope=${params.get('scope')}`);
      } finally {
        assert.equal((await setScopes(null)).status, 200);
      }
    });

    it('links the account: attempt authenticated + account, tokens encrypted, account.created, 302 to the landing page', async () => {
      const { t } = bed;
      const owner = 'crm-happy';
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: owner });
      const run = await runPopup(t, { token, attemptId });
      assert.equal(run.landing.origin + run.landing.pathname, landingUrl(t));
      assert.equal(run.landing.searchParams.get('status'), 'authenticated');
      assert.equal(run.landing.searchParams.get('connection_attempt_id'), attemptId);

      const attempt = await attemptOf(bed, token, attemptId);
      assert.equal(attempt.status, 'authenticated');
      const accountId = attempt.account!.id;
      const account = await t.call('GET', `/accounts/${accountId}`);
      assert.equal(account.status, 200);
      assert.equal(account.body.provider, 'sandbox_crm');
      assert.equal(account.body.status, 'active');
      assert.equal(account.body.origin_owner_id, owner);
      assert.deepEqual(account.body.setup_information, { outcome: 'approve' });
      assert.deepEqual(await outboxEvents(t, accountId), ['account.created']);

      const [tokens] = await query<{ tokens_ciphertext: string; scope: string; expires_at: string }>(t, 'select * from oauth_tokens where account_id = ?', accountId);
      assert.ok(tokens!.expires_at, 'expiry stored');
      assert.ok(tokens!.scope, 'scopes stored');
      const credentials = await t.call('GET', `/accounts/${accountId}/credentials`);
      assert.equal(credentials.status, 200, credentials.text);
      const accessToken = String((credentials.body.credentials as Record<string, string>).access_token);
      assert.equal(accessToken.split('.').length, 3, 'the provider issues JWT access tokens');
      // Both tokens, the refresh token too, decrypt with the server key (and no other), bound to the account.
      const sealed = JSON.parse(assertEncryptedAtRest(t, tokens!.tokens_ciphertext, `oauth-tokens:${accountId}`)) as { access_token: string; refresh_token: string };
      assert.equal(sealed.access_token, accessToken);
      assert.match(sealed.refresh_token, /\S{16,}/, 'the refresh token is in the ciphertext');
      assert.ok(!(await storedText(t)).includes(sealed.refresh_token), 'no plaintext refresh token at rest');
      assert.ok(!(await storedText(t)).includes(accessToken), 'no plaintext access token at rest');
      assert.ok(!t.logLines.join('\n').includes(accessToken), 'no token in the logs');
    });

    it('the landing page says so, and hands its script the result and the opener origins', async () => {
      const { t } = bed;
      await setAllowedOrigins(t, ['https://host.example']);
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'crm-landing' });
      const run = await runPopup(t, { token, attemptId });
      const landing = await fetch(run.landing);
      const html = await landing.text();
      assert.equal(landing.status, 200);
      assert.match(landing.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.match(html, /Connected to Sandbox CRM/);
      assert.match(html, /You can close this window/);
      assert.match(html, /<script src="\/embedded\/accounts\/callback\.js" defer><\/script>/);
      assert.doesNotMatch(html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, ''), /<script>/, 'no inline script');
      const data = JSON.parse(/<script type="application\/json" id="connect-hub-result">([^<]*)<\/script>/.exec(html)![1]!) as {
        status: string;
        account: { id: string; provider: string };
        targets: string[];
      };
      const attempt = await attemptOf(bed, token, attemptId);
      assert.equal(data.status, 'authenticated');
      assert.deepEqual(data.account, { id: attempt.account!.id, provider: 'sandbox_crm' });
      assert.ok(data.targets.includes(new URL(t.server.publicUrl).origin));
      assert.ok(data.targets.includes('https://host.example'));
      const script = await fetch(`${t.server.url}/embedded/accounts/callback.js`);
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type') ?? '', /javascript/);
      assert.match(await script.text(), /postMessage\(message, origin\)/);
      await setAllowedOrigins(t, []);
    });

    it('the landing page trusts the stored attempt, not the query: a forged "authenticated" shows nothing', async () => {
      const { t } = bed;
      const { attemptId } = await newAttempt(t);
      const forged = await fetch(`${landingUrl(t)}?status=authenticated&connection_attempt_id=${attemptId}&account_id=acc_x`);
      const html = await forged.text();
      assert.doesNotMatch(html, /Connected to/);
      assert.match(html, /"account":null/);
    });

    it('a landing page without a known attempt: nothing to show, and its script may post only to this server', async () => {
      const { t } = bed;
      await setAllowedOrigins(t, ['https://host.example']);
      try {
        for (const search of ['?connection_attempt_id=cat_nope', '']) {
          const landing = await fetch(`${landingUrl(t)}${search}`);
          const html = await landing.text();
          assert.equal(landing.status, 200, html);
          const data = JSON.parse(/<script type="application\/json" id="connect-hub-result">([^<]*)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
          assert.deepEqual(data, {
            status: null,
            connection_attempt_id: null,
            account: null,
            error: null,
            // No attempt, so no project whose allowed origins would count: this server's own origins alone.
            targets: [...new Set([new URL(t.server.publicUrl).origin, new URL(t.server.url).origin])],
          });
        }
      } finally {
        await setAllowedOrigins(t, []);
      }
    });

    it('identity rule: the same owner connecting again updates the account; multiple:true makes another', async () => {
      const { t } = bed;
      const owner = 'crm-identity';
      const first = await newAttempt(t, { origin_owner_id: owner });
      await runPopup(t, { token: first.token, attemptId: first.attemptId });
      const again = await newAttempt(t, { origin_owner_id: owner });
      await runPopup(t, { token: again.token, attemptId: again.attemptId, fields: { outcome: 'approve_short' } });
      const accounts = (await accountsOf(bed, owner));
      assert.equal(accounts.length, 1);
      assert.deepEqual(await outboxEvents(t, accounts[0]!.id), ['account.created', 'account.updated']);
      assert.equal((await attemptOf(bed, again.token, again.attemptId)).account!.id, accounts[0]!.id);
      // The operator's log says which callback created the account and which updated it.
      const log = t.logLines.join('\n');
      assert.match(log, new RegExp(`attempt ${first.attemptId} created account ${accounts[0]!.id}`));
      assert.match(log, new RegExp(`attempt ${again.attemptId} updated account ${accounts[0]!.id}`));

      const several = await newAttempt(t, { origin_owner_id: owner, multiple: true });
      await runPopup(t, { token: several.token, attemptId: several.attemptId });
      assert.equal((await accountsOf(bed, owner)).length, 2);
    });

    it("a session made for an account (account_id) updates that account", async () => {
      const { t } = bed;
      const owner = 'crm-relink';
      const first = await newAttempt(t, { origin_owner_id: owner, multiple: true });
      await runPopup(t, { token: first.token, attemptId: first.attemptId });
      // Really older: the identity rule's fallback (the owner's newest account) would pick the other one.
      t.clock.advanceSeconds(1);
      const second = await newAttempt(t, { origin_owner_id: owner, multiple: true });
      await runPopup(t, { token: second.token, attemptId: second.attemptId });
      const [older] = (await accountsOf(bed, owner));
      const relink = await newAttempt(t, { origin_owner_id: owner, account_id: older!.id });
      await runPopup(t, { token: relink.token, attemptId: relink.attemptId });
      assert.equal((await attemptOf(bed, relink.token, relink.attemptId)).account!.id, older!.id);
      assert.equal((await accountsOf(bed, owner)).length, 2);
      assert.deepEqual(await outboxEvents(t, older!.id), ['account.created', 'account.updated']);
    });

    it("the start URL can be loaded again while pending (the hub's Reopen window): only the newest state works", async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'crm-reopen' });
      const firstStart = await get(startUrl(t, { token, attemptId }));
      const firstAuthorize = await get(firstStart.headers.get('location')!);
      const staleCallback = firstAuthorize.headers.get('location')!;
      const run = await runPopup(t, { token, attemptId });
      assert.equal(run.landing.searchParams.get('status'), 'authenticated');
      await assertPage(await get(staleCallback), 400, /unknown or was already used/);
    });
  });

  describe('provider errors', () => {
    it('denied consent → attempt error {access_denied, description}, no account, 302 to the landing page', async () => {
      const { t } = bed;
      const owner = 'crm-deny';
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: owner });
      const run = await runPopup(t, { token, attemptId, fields: { outcome: 'deny' } });
      assert.equal(run.landing.searchParams.get('status'), 'error');
      const attempt = await attemptOf(bed, token, attemptId);
      assert.equal(attempt.status, 'error');
      assert.equal(attempt.error?.code, 'access_denied');
      assert.match(attempt.error?.description ?? '', /denied/);
      assert.equal((await accountsOf(bed, owner)).length, 0);
      const landing = await (await fetch(run.landing)).text();
      assert.match(landing, /Sandbox CRM did not connect/);
      assert.match(landing, /access_denied/);
    });

    it('a failed code exchange (the provider refuses our client) → attempt error naming it', async () => {
      const { t } = bed;
      const put = await t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: 'connect-hub-sandbox', client_secret: 'not-the-secret' } });
      assert.equal(put.status, 200, put.text);
      try {
        const owner = 'crm-badclient';
        const { token, attemptId } = await newAttempt(t, { origin_owner_id: owner });
        const run = await runPopup(t, { token, attemptId });
        assert.equal(run.landing.searchParams.get('status'), 'error');
        const attempt = await attemptOf(bed, token, attemptId);
        assert.equal(attempt.error?.code, 'invalid_client');
        assert.equal((await accountsOf(bed, owner)).length, 0);
      } finally {
        await t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: 'connect-hub-sandbox', client_secret: 'sandbox_client_secret' } });
      }
    });
  });

  describe('security', () => {
    it('a tampered state is rejected with a page and changes nothing; the genuine answer still works', async () => {
      const { t } = bed;
      const owner = 'crm-tamper';
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: owner });
      const start = await get(startUrl(t, { token, attemptId }));
      const authorize = await get(start.headers.get('location')!);
      const genuine = new URL(authorize.headers.get('location')!);
      const tampered = new URL(genuine);
      tampered.searchParams.set('state', genuine.searchParams.get('state')!.slice(0, -2) + 'xx');
      await assertPage(await get(tampered.href), 400, /not valid/);
      const noState = new URL(genuine);
      noState.searchParams.delete('state');
      await assertPage(await get(noState.href), 400, /no state/);
      assert.equal((await attemptOf(bed, token, attemptId)).status, 'pending');
      assert.equal((await get(genuine.href)).status, 302);
      assert.equal((await attemptOf(bed, token, attemptId)).status, 'authenticated');
    });

    it('a replayed callback (same code and state) is rejected and creates nothing more', async () => {
      const { t } = bed;
      const owner = 'crm-replay';
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: owner });
      const run = await runPopup(t, { token, attemptId });
      assert.equal(run.landing.searchParams.get('status'), 'authenticated');
      const accountId = (await attemptOf(bed, token, attemptId)).account!.id;
      const exchanges = bed.provider.tokenRequests.authorization_code ?? 0;
      assert.ok(exchanges >= 1, 'the first callback exchanged its code');
      await assertPage(await get(run.callbackUrl), 400, /unknown or was already used/);
      assert.deepEqual(await outboxEvents(t, accountId), ['account.created']);
      assert.equal(bed.provider.tokenRequests.authorization_code, exchanges, 'the replay is refused before any token request');
    });

    it("the provider's own single-use code: a code presented twice at its token endpoint is refused", async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'crm-code-twice' });
      const run = await runPopup(t, { token, attemptId });
      const code = new URL(run.callbackUrl).searchParams.get('code')!;
      const again = await fetch(`${bed.provider.url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: 'connect-hub-sandbox', client_secret: 'sandbox_client_secret', code_verifier: 'x'.repeat(43), redirect_uri: 'x' }),
      });
      assert.equal(again.status, 400);
    });

    it('a foreign redirect_uri is refused with a page (no redirect) and the attempt becomes an error', async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t);
      for (const redirectUri of ['https://evil.example/embedded/accounts/callback', `${t.server.publicUrl}/somewhere-else`, 'javascript:alert(1)']) {
        const fresh = await newAttempt(t);
        await assertPage(await get(startUrl(t, { token: fresh.token, attemptId: fresh.attemptId, redirectUri })), 400, /redirect_uri/);
        const attempt = await attemptOf(bed, fresh.token, fresh.attemptId);
        assert.equal(attempt.status, 'error');
        assert.equal(attempt.error?.code, 'invalid_redirect_uri');
      }
      // An allowed origin of the project may receive the result.
      await setAllowedOrigins(t, ['https://host.example']);
      const allowed = await get(startUrl(t, { token, attemptId, redirectUri: 'https://host.example/oauth-done' }));
      assert.equal(allowed.status, 302);
      await setAllowedOrigins(t, []);
    });

    it('an expired attempt is refused at the start URL and at the callback; nothing is created', async () => {
      const { t } = bed;
      const expiredAtStart = await newAttempt(t, { origin_owner_id: 'crm-expired', expires_in: 7200 });
      t.clock.advanceSeconds(ATTEMPT_TTL_SECONDS + 1);
      await assertPage(await get(startUrl(t, { token: expiredAtStart.token, attemptId: expiredAtStart.attemptId })), 410, /expired/);
      assert.equal((await attemptOf(bed, expiredAtStart.token, expiredAtStart.attemptId)).status, 'expired');

      const owner = 'crm-expired-late';
      const late = await newAttempt(t, { origin_owner_id: owner, expires_in: 7200 });
      const start = await get(startUrl(t, { token: late.token, attemptId: late.attemptId }));
      const authorize = await get(start.headers.get('location')!);
      t.clock.advanceSeconds(ATTEMPT_TTL_SECONDS + 1);
      await assertPage(await get(authorize.headers.get('location')!), 410, /expired/);
      assert.equal((await attemptOf(bed, late.token, late.attemptId)).status, 'expired');
      assert.equal((await accountsOf(bed, owner)).length, 0);
    });

    it('cancel, then a late provider callback: ignored, nothing changes', async () => {
      const { t } = bed;
      const owner = 'crm-cancel';
      const { token, attemptId } = await newAttempt(t, { origin_owner_id: owner });
      const start = await get(startUrl(t, { token, attemptId }));
      const authorize = await get(start.headers.get('location')!);
      assert.equal((await t.call('DELETE', `/hub/connection_attempts/${attemptId}`, { token })).status, 204);
      await assertPage(await get(authorize.headers.get('location')!), 409, /cancelled/);
      assert.equal((await attemptOf(bed, token, attemptId)).status, 'cancelled');
      assert.equal((await accountsOf(bed, owner)).length, 0);
      // And the popup cannot restart a cancelled attempt.
      await assertPage(await get(startUrl(t, { token, attemptId })), 409, /cancelled/);
    });

    it('refuses a bad token, a missing or foreign attempt, a wrong connector and bad fields with pages', async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t);
      await assertPage(await get(startUrl(t, { token: 'chs_nope', attemptId })), 401, /expired|Unknown/);
      await assertPage(await get(startUrl(t, { token, attemptId: 'cat_nope' })), 404, /does not belong/);
      const other = await createSession(t, { origin_owner_id: 'other-owner' });
      await assertPage(await get(startUrl(t, { token: other.token, attemptId })), 404, /does not belong/);
      assert.equal((await attemptOf(bed, token, attemptId)).status, 'pending', 'a foreign session cannot touch it');

      const notOAuth = await newAttempt(t);
      await assertPage(await get(startUrl(t, { ...notOAuth, integration: 'sandbox_hris', fields: {} })), 400, /does not sign in through OAuth/);
      const unknownField = await newAttempt(t);
      await assertPage(await get(startUrl(t, { ...unknownField, fields: { outcome: 'approve', password: 'x' } })), 400, /unknown credential key/);
      assert.equal((await attemptOf(bed, unknownField.token, unknownField.attemptId)).error?.code, 'invalid_field');
      const badValue = await newAttempt(t);
      await assertPage(await get(startUrl(t, { ...badValue, fields: { outcome: 'maybe' } })), 400, /must be one of/);
      // A host field that makes an internal address is a 422 (not a format slip's 400), before any call.
      const internalHost = await newAttempt(t);
      const internalPage = await get(startUrl(t, { ...internalHost, integration: 'docebo', fields: { platform_domain: '10.0.0.5', client_id: 'c', client_secret: 's' } }));
      await assertPage(internalPage, 422, /public host name/);
      assert.equal((await attemptOf(bed, internalHost.token, internalHost.attemptId)).error?.code, 'invalid_field');
      const noClient = await newAttempt(t);
      const noClientPage = await get(startUrl(t, { ...noClient, integration: 'hubspot', fields: {} }));
      await assertPage(noClientPage.clone(), 422, /isn&#39;t set up yet|isn't set up yet/);
      assert.doesNotMatch(await noClientPage.text(), /connect-hub oauth|--client-id/, 'no CLI text for the end user');
      assert.equal((await attemptOf(bed, noClient.token, noClient.attemptId)).error?.code, 'oauth_client_missing');
    });
  });

  describe('in the end user’s language', () => {
    const html = async (response: Response) => ({ status: response.status, lang: response.headers.get('content-language'), body: await response.text() });
    const escaped = (words: string) => escapeHtml(words);

    it('the hub’s language (on its landing URL) first, then the session’s, then Accept-Language; lang and dir on <html>', async () => {
      const { t } = bed;
      const de = pageStrings('de');
      // No session to go by: the browser's Accept-Language, by its q-values.
      const unknown = await html(await fetch(startUrl(t, { token: 'chs_nope', attemptId: 'cat_nope' }), { headers: { 'accept-language': 'xx, en;q=0.5, de-AT;q=0.8' } }));
      assert.equal(unknown.status, 401);
      assert.equal(unknown.lang, 'de');
      assert.match(unknown.body, /<html lang="de" dir="ltr">/);
      assert.ok(unknown.body.includes(escaped(de.linkExpiredTitle)) && unknown.body.includes(escaped(de.linkExpiredBody)), unknown.body);
      // The hub's language on its landing URL beats the browser's, even for a link that no longer works.
      const heWords = pageStrings('he');
      const fromHub = await html(await fetch(startUrl(t, { token: 'chs_nope', attemptId: 'cat_nope', redirectUri: 'https://app.example/landing?lang=he' }), { headers: { 'accept-language': 'de' } }));
      assert.equal(fromHub.status, 401);
      assert.equal(fromHub.lang, 'he');
      assert.ok(fromHub.body.includes(escaped(heWords.linkExpiredTitle)), fromHub.body);

      // The session's locale beats the browser's; the page mirrors for Arabic and keeps its way back.
      const ar = pageStrings('ar');
      const arabic = await newAttempt(t, { locale: 'ar' });
      const refused = await html(await fetch(startUrl(t, { ...arabic, redirectUri: 'https://evil.example/x' }), { headers: { 'accept-language': 'de' } }));
      assert.equal(refused.status, 400);
      assert.match(refused.body, /<html lang="ar" dir="rtl">/);
      assert.ok(refused.body.includes(escaped(ar.cannotStart)) && refused.body.includes(escaped(ar.redirectRefused)), refused.body);
      assert.ok(refused.body.includes(`id="go-back" hidden>${escaped(ar.back)}</button>`), 'a way back, in Arabic');
      assert.doesNotMatch(refused.body, /Cannot start|redirect_uri is not/, 'no English words');

      // A field the form would never send: plain words in Arabic, the server's English check behind Details.
      const badField = await newAttempt(t, { locale: 'ar' });
      const invalid = await html(await fetch(startUrl(t, { ...badField, fields: { outcome: 'maybe' } })));
      assert.ok(invalid.body.includes(escaped(ar.checkDetailsBody)), invalid.body);
      assert.match(invalid.body, new RegExp(`<details><summary>${ar.details}</summary><p class="detail">[^<]*must be one of`));

      // The hub speaks Hebrew (attribute or ?lang=): its landing URL says so, and wins over the session's Arabic,
      // on the landing page and on the callback's error pages.
      const he = pageStrings('he');
      const hebrew = await newAttempt(t, { locale: 'ar', origin_owner_id: 'crm-hebrew' });
      const run = await runPopup(t, { ...hebrew, redirectUri: `${landingUrl(t)}?lang=he` });
      assert.equal(run.landing.searchParams.get('lang'), 'he', 'the landing URL keeps the hub’s language');
      const landing = await html(await fetch(run.landing, { headers: { 'accept-language': 'fr' } }));
      assert.match(landing.body, /<html lang="he" dir="rtl">/);
      assert.ok(landing.body.includes(escaped(he.connectedTitle('Sandbox CRM'))), landing.body);
      const cancelled = await newAttempt(t, { locale: 'ar' });
      const start = await get(startUrl(t, { ...cancelled, redirectUri: `${landingUrl(t)}?lang=he` }));
      const authorize = await get(start.headers.get('location')!);
      assert.equal((await t.call('DELETE', `/hub/connection_attempts/${cancelled.attemptId}`, { token: cancelled.token })).status, 204);
      const late = await html(await get(authorize.headers.get('location')!));
      assert.equal(late.status, 409);
      assert.match(late.body, /<html lang="he" dir="rtl">/);
      assert.ok(late.body.includes(escaped(he.attemptCancelledTitle)) && late.body.includes(escaped(he.cancelledInHub)), late.body);

      // Without the hub's word, the landing page speaks the session's language.
      const japanese = await newAttempt(t, { locale: 'ja', origin_owner_id: 'crm-japanese' });
      const jaRun = await runPopup(t, japanese);
      const jaLanding = await html(await fetch(jaRun.landing, { headers: { 'accept-language': 'fr' } }));
      assert.match(jaLanding.body, /<html lang="ja" dir="ltr">/);
      assert.ok(jaLanding.body.includes(escaped(pageStrings('ja').connectedTitle('Sandbox CRM'))), jaLanding.body);
    });
  });
});

describe('OAuth flow: a provider that does not answer', () => {
  let bed: OAuthTestBed;
  before(async () => {
    // The token endpoint never answers: the exchange must give up at the configured bound.
    bed = await startOAuthTestBed({
      config: { verifyTimeoutMs: 300 },
      overrides: {
        fetch: (input, init) => {
          const url = input instanceof Request ? input.url : String(input);
          if (!url.endsWith('/token')) return fetch(input, init);
          return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
        },
      },
    });
  });
  after(() => bed.stop());

  it('a token-endpoint timeout becomes the attempt error, within the bound', async () => {
    const { t } = bed;
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'crm-timeout' });
    const counted = await crmConnectionFailures(t, 'provider_timeout');
    const started = performance.now();
    const run = await runPopup(t, { token, attemptId });
    assert.ok(performance.now() - started < 5000);
    assert.equal(run.landing.searchParams.get('status'), 'error');
    const attempt = await attemptOf(bed, token, attemptId);
    assert.equal(attempt.error?.code, 'provider_timeout');
    assert.match(attempt.error?.description ?? '', /did not answer/);
    assert.equal(await crmConnectionFailures(t, 'provider_timeout'), counted + 1, 'counted as a timeout');
  });
});
