import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { ConnectionAttempt } from '../../src/contract/index.js';
import { assertClientError } from '../server/harness.js';
import { fastWebhooks, WebhookReceiver, waitUntil } from '../webhooks/support.js';
import { linkCrm, type OAuthTestBed, outboxEvents, runPopup, startOAuthTestBed } from './support.js';

// Issue 17 §3 for OAuth: a refused refresh does what a rejected API key does (invalid, the reason,
// first_failed_at, account.updated; active again after recovery), in the health check and in
// GET /accounts/{id}/credentials; a provider in trouble changes nothing. A real OAuth server (oauth2-mock-server),
// the injected clock; SQLite here, PostgreSQL under scripts/with-postgres.mjs.

const TOKEN_SECONDS = 3600;
const DAY_SECONDS = 86_400;

let bed: OAuthTestBed;
let receiver: WebhookReceiver;

before(async () => {
  receiver = await WebhookReceiver.start();
  bed = await startOAuthTestBed({ config: { webhooks: fastWebhooks(), webhookAllowPrivate: true } });
  const endpoint = await bed.t.call('POST', '/webhooks', { json: { url: receiver.url, events: ['account.updated'] } });
  assert.equal(endpoint.status, 201, endpoint.text);
});

after(async () => {
  await bed.t.stop();
  // The last test stopped the provider already.
  await bed.provider.stop().catch(() => undefined);
  await receiver.stop();
});

// Each test starts with the provider answering normally, whatever the one before asserted last.
afterEach(() => bed.provider.failRefreshesWith(undefined));

/** A sandbox CRM account linked through the popup, with its health check scheduled (a first run). */
async function linkCheckedCrm(owner: string): Promise<string> {
  const accountId = await linkCrm(bed, owner);
  await bed.t.server.checkAccountHealth();
  return accountId;
}

const updatesOf = (accountId: string) => receiver.events('account.updated').filter((r) => r.json.account_id === accountId);

async function accountOf(accountId: string) {
  const answer = await bed.t.call('GET', `/accounts/${accountId}`);
  assert.equal(answer.status, 200, answer.text);
  return answer.body as { status: string; first_failed_at: string | null; status_reasons: { code: string; description: string }[] | null };
}

describe('a refused OAuth refresh', () => {
  it('in the health check: invalid with the reason and first_failed_at, account.updated received; the re-auth link makes it active, a second account.updated says so', async () => {
    const accountId = await linkCheckedCrm('heal-check-refused');
    bed.provider.revokeRefreshTokens();
    bed.t.clock.advanceSeconds(TOKEN_SECONDS);
    const run = await bed.t.server.checkAccountHealth();
    assert.ok(run.invalidated >= 1, JSON.stringify(run));

    const invalid = await accountOf(accountId);
    assert.equal(invalid.status, 'invalid');
    assert.equal(invalid.first_failed_at, bed.t.clock.now().toISOString());
    assert.equal(invalid.status_reasons?.[0]?.code, 'invalid_grant');
    assert.match(invalid.status_reasons?.[0]?.description ?? '', /Sandbox CRM refused to refresh the access token/);
    await waitUntil('account.updated (invalid)', () => updatesOf(accountId).length === 1);
    const [failed] = updatesOf(accountId);
    assert.equal(failed?.json.status, 'invalid');
    assert.equal((failed?.json.status_reasons as { code: string }[])[0]?.code, 'invalid_grant');
    assert.equal(failed?.json.first_failed_at, invalid.first_failed_at);

    // The host asks for credentials meanwhile: refused again, no second event.
    assertClientError(await bed.t.call('GET', `/accounts/${accountId}/credentials`), 422, /refused to refresh/);
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created', 'account.updated']);

    // The end user signs in again through the re-auth link.
    const link = await bed.t.call('POST', `/accounts/${accountId}/reauth_link`);
    assert.equal(link.status, 201, link.text);
    const token = String(link.body.token);
    const attempt = await bed.t.call('POST', '/hub/connection_attempts', { token, json: { token } });
    assert.equal(attempt.status, 201, attempt.text);
    await runPopup(bed.t, { token, attemptId: String(attempt.body.id), fields: { outcome: 'approve' } });
    const polled = ConnectionAttempt.parse((await bed.t.call('GET', `/hub/connection_attempts/${attempt.body.id}`, { token })).body);
    assert.equal(polled.account?.id, accountId, 'the same account, not a new one');

    const active = await accountOf(accountId);
    assert.equal(active.status, 'active');
    assert.equal(active.first_failed_at, null);
    await waitUntil('the second account.updated (active)', () => updatesOf(accountId).length === 2);
    assert.equal(updatesOf(accountId)[1]?.json.status, 'active');
    assert.equal(updatesOf(accountId)[1]?.json.first_failed_at, null);
  });

  it('on GET /accounts/{id}/credentials: invalid with first_failed_at and account.updated; a later refresh that works makes it active again', async () => {
    const accountId = await linkCheckedCrm('heal-credentials-refused');
    bed.provider.failRefreshesWith({ status: 400, error: 'invalid_grant' });
    bed.t.clock.advanceSeconds(TOKEN_SECONDS);
    assertClientError(await bed.t.call('GET', `/accounts/${accountId}/credentials`), 422, /refused to refresh.*invalid_grant/);
    const invalid = await accountOf(accountId);
    assert.equal(invalid.status, 'invalid');
    assert.equal(invalid.first_failed_at, bed.t.clock.now().toISOString());
    assert.equal(invalid.status_reasons?.[0]?.code, 'invalid_grant');
    await waitUntil('account.updated (invalid)', () => updatesOf(accountId).length === 1);
    assert.equal(updatesOf(accountId)[0]?.json.status, 'invalid');

    bed.provider.failRefreshesWith(undefined);
    bed.t.clock.advanceSeconds(5);
    const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.refreshed, true);
    const active = await accountOf(accountId);
    assert.equal(active.status, 'active');
    assert.equal(active.first_failed_at, null);
    assert.equal(active.status_reasons ?? null, null);
    await waitUntil('the second account.updated (active)', () => updatesOf(accountId).length === 2);
    assert.deepEqual(updatesOf(accountId).map((r) => r.json.status), ['invalid', 'active']);
  });

  it('a later health check whose refresh works heals it on its own', async () => {
    const accountId = await linkCheckedCrm('heal-check-recovers');
    bed.provider.failRefreshesWith({ status: 401, error: 'invalid_grant' });
    bed.t.clock.advanceSeconds(TOKEN_SECONDS);
    await bed.t.server.checkAccountHealth();
    assert.equal((await accountOf(accountId)).status, 'invalid');

    bed.provider.failRefreshesWith(undefined);
    bed.t.clock.advanceSeconds(1.2 * DAY_SECONDS);
    const run = await bed.t.server.checkAccountHealth();
    assert.ok(run.recovered >= 1, JSON.stringify(run));
    assert.equal((await accountOf(accountId)).status, 'active');
    await waitUntil('account.updated (invalid, then active)', () => updatesOf(accountId).length === 2);
    assert.deepEqual(updatesOf(accountId).map((r) => r.json.status), ['invalid', 'active']);
  });
});

describe('a provider in trouble is no verdict on the grant', () => {
  for (const status of [500, 503]) {
    it(`a refresh answered ${status}: the health check and the credentials endpoint leave the account active, no account.updated`, async () => {
      const accountId = await linkCheckedCrm(`heal-transient-${status}`);
      bed.provider.failRefreshesWith({ status });
      bed.t.clock.advanceSeconds(TOKEN_SECONDS);
      const run = await bed.t.server.checkAccountHealth();
      assert.ok(run.unreachable >= 1, JSON.stringify(run));
      assert.equal(run.invalidated, 0, JSON.stringify(run));
      const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
      assert.equal(read.status, 502, read.text);
      const account = await accountOf(accountId);
      assert.equal(account.status, 'active');
      assert.equal(account.first_failed_at, null);
      assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created']);

      // Back up: the same refresh token still works.
      bed.provider.failRefreshesWith(undefined);
      const again = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
      assert.equal(again.status, 200, again.text);
      assert.equal(again.body.refreshed, true);
    });
  }

  it('a token server that cannot be reached (the last test: it stops the provider): the account stays active', async () => {
    const accountId = await linkCheckedCrm('heal-unreachable');
    await bed.provider.stop();
    bed.t.clock.advanceSeconds(TOKEN_SECONDS);
    const run = await bed.t.server.checkAccountHealth();
    assert.ok(run.unreachable >= 1, JSON.stringify(run));
    const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assert.ok(read.status === 502 || read.status === 504, read.text);
    assert.equal((await accountOf(accountId)).status, 'active');
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created']);
  });
});
