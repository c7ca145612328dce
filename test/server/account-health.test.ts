import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { fastWebhooks, WebhookReceiver, waitUntil } from '../webhooks/support.js';
import { createSession, GOOD_KEY, startTestServer, storeQuery, type TestServer } from './harness.js';

// Issue 17 §3 (accounts that heal) and §4 (a success the host can verify), on one server per file, time moved by
// the injected clock. Runs on SQLite and, under scripts/with-postgres.mjs, on PostgreSQL.

const DAY_SECONDS = 86_400;

let t: TestServer;
let receiver: WebhookReceiver;

before(async () => {
  receiver = await WebhookReceiver.start();
  t = await startTestServer({ config: { webhooks: fastWebhooks(), webhookAllowPrivate: true } });
  const endpoint = await t.call('POST', '/webhooks', { json: { url: receiver.url, events: ['account.updated'] } });
  assert.equal(endpoint.status, 201, endpoint.text);
});

after(async () => {
  await t.stop();
  await receiver.stop();
});

let subdomains = 0;
/** A sandbox HRIS account of its own subdomain, linked through the hub as the auth link does it. */
async function linkAccount(): Promise<{ id: string; subdomain: string; resultToken: string; sessionId: number }> {
  const subdomain = `health${++subdomains}${Date.now().toString(36)}`;
  const session = await createSession(t, { origin_owner_id: `owner-${subdomain}`, multiple: true });
  const created = await t.call('POST', '/hub/accounts', { token: session.token, json: { integration_id: 'sandbox_hris', credentials: { subdomain, api_key: GOOD_KEY } } });
  assert.equal(created.status, 201, created.text);
  return { id: String(created.body.id), subdomain, resultToken: String(created.body.result_token), sessionId: session.id };
}

async function jwks(): Promise<JSONWebKeySet> {
  const answer = await t.call('GET', '/.well-known/jwks.json', { apiKey: null });
  assert.equal(answer.status, 200, answer.text);
  return answer.body as unknown as JSONWebKeySet;
}

function verify(token: string, keys: JSONWebKeySet, at = t.clock.now()) {
  return jwtVerify(token, createLocalJWKSet(keys), { issuer: t.server.publicUrl, audience: t.server.project.id, algorithms: ['EdDSA'], currentDate: at });
}

const updatesOf = (accountId: string) => receiver.events('account.updated').filter((r) => r.json.account_id === accountId);

describe('accounts that heal', () => {
  test('a key the provider starts refusing: invalid with the reason after a check run, account.updated received; a re-auth link makes it active again', async () => {
    const account = await linkAccount();
    const reject = await t.call('POST', '/sandbox/admin/rejections', { apiKey: null, json: { key: GOOD_KEY, scope: account.subdomain } });
    assert.equal(reject.status, 201, reject.text);

    // Before a day has passed nothing is due: the key is not checked yet.
    await t.server.checkAccountHealth();
    assert.equal((await t.call('GET', `/accounts/${account.id}`)).body.status, 'active');

    t.clock.advanceSeconds(1.2 * DAY_SECONDS);
    const run = await t.server.checkAccountHealth();
    assert.ok(run.invalidated >= 1, JSON.stringify(run));
    const invalid = await t.call('GET', `/accounts/${account.id}`);
    assert.equal(invalid.body.status, 'invalid');
    assert.equal(invalid.body.first_failed_at, t.clock.now().toISOString());
    const [reason] = invalid.body.status_reasons as { code: string; description: string }[];
    assert.equal(reason?.code, 'credentials_rejected');
    assert.match(reason?.description ?? '', /Sandbox HRIS refused the stored credentials \(HTTP 401\)/);

    await waitUntil('account.updated (invalid) at the receiver', () => updatesOf(account.id).length === 1);
    const [failed] = updatesOf(account.id);
    assert.equal(failed?.json.status, 'invalid');
    assert.deepEqual((failed?.json.status_reasons as { code: string }[])[0]?.code, 'credentials_rejected');
    assert.equal(failed?.json.first_failed_at, invalid.body.first_failed_at);

    // Refused again at the next check: nothing new to say, so the run counts no invalidation and sends nothing.
    t.clock.advanceSeconds(1.2 * DAY_SECONDS);
    const again = await t.server.checkAccountHealth();
    assert.equal(again.invalidated, 0, JSON.stringify(again));
    const still = await t.call('GET', `/accounts/${account.id}`);
    assert.equal(still.body.status, 'invalid');
    assert.equal(still.body.first_failed_at, invalid.body.first_failed_at);
    assert.equal(t.logLines.filter((line) => line.includes(`health: account ${account.id} (sandbox_hris) is invalid`)).length, 1);

    // The end user makes a new key at the provider (the rule lifted) and enters it through the re-auth link.
    await t.call('DELETE', '/sandbox/admin/rejections', { apiKey: null, json: { key: GOOD_KEY, scope: account.subdomain } });
    const link = await t.call('POST', `/accounts/${account.id}/reauth_link`);
    assert.equal(link.status, 201, link.text);
    assert.equal(Date.parse(String(link.body.expires_at)) - t.clock.now().getTime(), 30 * DAY_SECONDS * 1000);
    assert.match(String(link.body.auth_link_url), /\/embedded\/integrations\?token=chs_/);
    const token = String(link.body.token);
    assert.equal((await t.call('GET', '/hub/settings', { token })).body.existing_account_id, account.id);
    const fixed = await t.call('PATCH', `/hub/accounts/${account.id}`, { token, json: { integration_id: 'sandbox_hris', credentials: { api_key: GOOD_KEY } } });
    assert.equal(fixed.status, 200, fixed.text);
    assert.equal(typeof fixed.body.result_token, 'string');

    const active = await t.call('GET', `/accounts/${account.id}`);
    assert.equal(active.body.status, 'active');
    assert.equal(active.body.first_failed_at, null);
    await waitUntil('the second account.updated (active)', () => updatesOf(account.id).length === 2);
    assert.equal(updatesOf(account.id)[1]?.json.status, 'active');
    assert.equal(updatesOf(account.id)[1]?.json.first_failed_at, null);
  });

  test('a check that passes again heals an invalid account on its own; an answer that is not a refusal changes nothing', async () => {
    const account = await linkAccount();
    await t.call('POST', '/sandbox/admin/rejections', { apiKey: null, json: { key: GOOD_KEY, scope: account.subdomain } });
    t.clock.advanceSeconds(1.2 * DAY_SECONDS);
    await t.server.checkAccountHealth();
    assert.equal((await t.call('GET', `/accounts/${account.id}`)).body.status, 'invalid');

    await t.call('DELETE', '/sandbox/admin/rejections', { apiKey: null, json: { key: GOOD_KEY, scope: account.subdomain } });
    t.clock.advanceSeconds(1.2 * DAY_SECONDS);
    const run = await t.server.checkAccountHealth();
    assert.ok(run.recovered >= 1, JSON.stringify(run));
    assert.equal((await t.call('GET', `/accounts/${account.id}`)).body.status, 'active');
    await waitUntil('account.updated (invalid, then active)', () => updatesOf(account.id).length === 2);
    assert.deepEqual(updatesOf(account.id).map((r) => r.json.status), ['invalid', 'active']);

    // A provider that is down (503) is no verdict on the key: the account stays active, the check is retried sooner.
    await t.call('POST', '/sandbox/admin/rejections', { apiKey: null, json: { key: GOOD_KEY, scope: account.subdomain, status: 503 } });
    t.clock.advanceSeconds(1.2 * DAY_SECONDS);
    await t.server.checkAccountHealth();
    assert.equal((await t.call('GET', `/accounts/${account.id}`)).body.status, 'active');
    const [row] = await storeQuery<{ outcome: string; next_check_at: string }>(t, 'select outcome, next_check_at from account_health where account_id = ?', account.id);
    assert.equal(row?.outcome, 'unreachable');
    assert.ok(Date.parse(row.next_check_at) - t.clock.now().getTime() <= 1.1 * 3_600_000, 'retried within about an hour');
    assert.equal(updatesOf(account.id).length, 2, 'no account.updated for a provider that is down');
    await t.call('DELETE', '/sandbox/admin/rejections', { apiKey: null, json: { key: GOOD_KEY, scope: account.subdomain } });
  });

  test('re-auth link: unknown account 404, a bad expires_in 400, a custom lifetime', async () => {
    const missing = await t.call('POST', '/accounts/acc_nope/reauth_link');
    assert.equal(missing.status, 404, missing.text);
    const account = await linkAccount();
    const bad = await t.call('POST', `/accounts/${account.id}/reauth_link`, { json: { expires_in: -5 } });
    assert.equal(bad.status, 400, bad.text);
    assert.match(String(bad.body.message), /expires_in/);
    const short = await t.call('POST', `/accounts/${account.id}/reauth_link`, { json: { expires_in: 3600 } });
    assert.equal(short.status, 201, short.text);
    assert.equal(Date.parse(String(short.body.expires_at)) - t.clock.now().getTime(), 3_600_000);
  });
});

describe('result_token', () => {
  test('verified with jose against /.well-known/jwks.json: the account, provider, owner and session; tampered or expired fails', async () => {
    const account = await linkAccount();
    const keys = await jwks();
    const { payload, protectedHeader } = await verify(account.resultToken, keys);
    assert.equal(protectedHeader.alg, 'EdDSA');
    assert.equal(payload.sub, account.id);
    assert.equal(payload.account_id, account.id);
    assert.equal(payload.provider, 'sandbox_hris');
    assert.equal(payload.origin_owner_id, `owner-${account.subdomain}`);
    assert.equal(payload.session_id, account.sessionId);
    assert.equal(payload.exp! - payload.iat!, 300);

    const [head, body, signature] = account.resultToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload, account_id: 'acc_someone_else' })).toString('base64url');
    await assert.rejects(verify(`${head}.${forged}.${signature}`, keys), /signature verification failed/);
    await assert.rejects(verify(`${head}.${body}.${signature!.slice(0, -4)}AAAA`, keys), /signature verification failed/);
    await assert.rejects(verify(account.resultToken, keys, new Date(t.clock.now().getTime() + 301_000)), /"exp" claim timestamp check failed/);

    // The private key is stored only encrypted.
    const rows = await storeQuery<{ private_key_ciphertext: string; public_jwk: string }>(t, 'select private_key_ciphertext, public_jwk from result_signing_keys');
    assert.ok(rows.length >= 1);
    for (const row of rows) {
      assert.doesNotMatch(row.private_key_ciphertext, /PRIVATE KEY|^MC4C/);
      assert.equal('d' in (JSON.parse(row.public_jwk) as Record<string, unknown>), false);
    }
  });

  test('rotation: new tokens carry the new key; the old key stays published until its tokens have expired', async () => {
    const before = await linkAccount();
    const oldKid = decodeProtectedHeader(before.resultToken).kid;
    const rotated = await t.call('POST', '/result_signing_keys/rotate');
    assert.equal(rotated.status, 201, rotated.text);
    assert.notEqual(rotated.body.kid, oldKid);
    const afterRotation = await linkAccount();
    assert.equal(decodeProtectedHeader(afterRotation.resultToken).kid, rotated.body.kid);
    const keys = await jwks();
    await verify(before.resultToken, keys);
    await verify(afterRotation.resultToken, keys);

    t.clock.advanceSeconds(361);
    const later = (await jwks()).keys.map((key) => key.kid);
    assert.ok(later.includes(String(rotated.body.kid)));
    assert.ok(!later.includes(oldKid), 'the retired key is gone once its last token has expired');
    const unauthenticated = await t.call('POST', '/result_signing_keys/rotate', { apiKey: null });
    assert.equal(unauthenticated.status, 401);
  });

  test('the OAuth completion the hub polls carries one too', async () => {
    const session = await createSession(t, { origin_owner_id: 'owner-oauth-result', multiple: true });
    const attempt = await t.call('POST', '/hub/connection_attempts', { token: session.token, json: {} });
    assert.equal(attempt.status, 201, attempt.text);
    const account = await linkAccount();
    // The callback's write, as the OAuth flow makes it: the attempt authenticated with its account.
    await storeQuery(t, "update connection_attempts set status = 'authenticated', account_id = ? where id = ?", account.id, attempt.body.id);
    const polled = await t.call('GET', `/hub/connection_attempts/${attempt.body.id}`, { token: session.token });
    assert.equal(polled.body.status, 'authenticated');
    const { payload } = await verify(String(polled.body.result_token), await jwks());
    assert.equal(payload.account_id, account.id);
    assert.equal(payload.session_id, session.id);
  });
});

describe('a verdict that arrives after the account changed', () => {
  let raced: TestServer;
  /** Set to run once, in the middle of the next verify call the provider gets for this subdomain. */
  let during: { subdomain: string; run: () => Promise<void> } | undefined;
  before(async () => {
    raced = await startTestServer({
      overrides: {
        // The sandbox HRIS, except that one call waits for `during` and then refuses the key, as a provider
        // whose answer takes long enough for the owner to re-link in between.
        fetch: async (input, init) => {
          const href = input instanceof Request ? input.url : String(input);
          const step = during;
          if (step && href.includes(`/sandbox/hris/${step.subdomain}/`)) {
            during = undefined;
            await step.run();
            return Response.json({ error: 'invalid_api_key' }, { status: 401 });
          }
          return fetch(input, init);
        },
      },
    });
  });
  after(() => raced.stop());

  test("a key refused while the owner re-links is dropped: the re-link's credentials stay active, no account.updated for the old ones", async () => {
    const subdomain = 'raced';
    const link = async () => {
      const { token } = await createSession(raced, { origin_owner_id: 'owner-raced' });
      const linked = await raced.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain, api_key: GOOD_KEY } } });
      assert.equal(linked.status, 201, linked.text);
      return String(linked.body.id);
    };
    const id = await link();
    raced.clock.advanceSeconds(1.2 * DAY_SECONDS);
    during = { subdomain, run: async () => assert.equal(await link(), id, 'the re-link updates the same account') };
    const run = await raced.server.checkAccountHealth();
    assert.equal(during, undefined, 'the check reached the provider');
    assert.equal(run.invalidated, 0, JSON.stringify(run));
    const account = await raced.call('GET', `/accounts/${id}`);
    assert.equal(account.body.status, 'active');
    assert.equal(account.body.first_failed_at, null);
    const events = await storeQuery<{ event: string; payload: string }>(raced, 'select event, payload from account_events where account_id = ? order by id', id);
    assert.deepEqual(events.map((e) => [e.event, (JSON.parse(e.payload) as { status: string }).status]), [['account.created', 'active'], ['account.updated', 'active']]);
  });
});
