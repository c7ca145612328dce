import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HubAccount } from '../../src/contract/index.js';
import { SANDBOX_OAUTH_CLIENT_SECRET } from '../../src/sandbox/oauth-client.js';
import { assertClientError, createSession, GOOD_KEY } from '../server/harness.js';
import { credentialsOf, linkCrm, type OAuthTestBed, outboxEvents, query, startOAuthTestBed } from './support.js';

async function storedRefreshCiphertext(bed: OAuthTestBed, accountId: string): Promise<string> {
  return (await query<{ tokens_ciphertext: string }>(bed.t, 'select tokens_ciphertext from oauth_tokens where account_id = ?', accountId))[0]!.tokens_ciphertext;
}

describe('GET /accounts/{id}/credentials', () => {
  let bed: OAuthTestBed;
  before(async () => {
    bed = await startOAuthTestBed();
  });
  after(() => bed.stop());

  it('gives a live access token, its expiry and scopes; not the refresh token', async () => {
    const accountId = await linkCrm(bed, 'cred-live');
    const credentials = await credentialsOf(bed, accountId);
    assert.equal(credentials.type, 'oauth2');
    assert.equal(credentials.provider, 'sandbox_crm');
    assert.equal(credentials.refreshed, false);
    assert.ok(credentials.credentials.access_token);
    assert.equal(credentials.credentials.token_type, 'Bearer');
    assert.deepEqual(Object.keys(credentials.credentials).sort(), ['access_token', 'token_type']);
    assert.ok(Date.parse(credentials.expires_at!) > bed.t.clock.now().getTime());
    assert.deepEqual(credentials.scopes, ['contacts.read', 'deals.read', 'offline_access']);
    assert.deepEqual(credentials.setup_information, { outcome: 'approve' });
  });

  it('refreshes an access token past its expiry first, stores the rotated refresh token, and keeps working', async () => {
    const accountId = await linkCrm(bed, 'cred-refresh');
    const before = await credentialsOf(bed, accountId);
    const refreshesBefore = bed.provider.tokenRequests.refresh_token ?? 0;
    const ciphertextBefore = await storedRefreshCiphertext(bed, accountId);

    bed.t.clock.advanceSeconds(2 * 3600);
    const refreshed = await credentialsOf(bed, accountId);
    assert.equal(refreshed.refreshed, true);
    assert.notEqual(refreshed.credentials.access_token, before.credentials.access_token);
    assert.ok(Date.parse(refreshed.expires_at!) > bed.t.clock.now().getTime());
    assert.equal(bed.provider.tokenRequests.refresh_token, refreshesBefore + 1);
    assert.notEqual(await storedRefreshCiphertext(bed, accountId), ciphertextBefore);

    const again = await credentialsOf(bed, accountId);
    assert.equal(again.refreshed, false);
    assert.equal(again.credentials.access_token, refreshed.credentials.access_token);

    // The provider rotates refresh tokens and forgets the old one: a second refresh only works if we kept the new one.
    bed.t.clock.advanceSeconds(2 * 3600);
    const second = await credentialsOf(bed, accountId);
    assert.equal(second.refreshed, true);
    assert.equal((await bed.t.call('GET', `/accounts/${accountId}`)).body.status, 'active');
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created'], 'a healthy account stays as it is: no account.updated');
  });

  it('a refresh that works leaves a status the host set (inactive) as it is', async () => {
    const accountId = await linkCrm(bed, 'cred-host-status');
    assert.equal((await bed.t.call('PATCH', `/accounts/${accountId}`, { json: { status: 'inactive' } })).status, 200);
    bed.t.clock.advanceSeconds(2 * 3600);
    assert.equal((await credentialsOf(bed, accountId)).refreshed, true);
    assert.equal((await bed.t.call('GET', `/accounts/${accountId}`)).body.status, 'inactive');
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created', 'account.updated'], "only the host's own change");
  });

  it('a token living 1 s (sandbox "approve_short") is refreshed once half its life is gone, not on every read (margin min(60 s, lifetime / 2))', async () => {
    const accountId = await linkCrm(bed, 'cred-short', 'approve_short');
    const refreshesBefore = bed.provider.tokenRequests.refresh_token ?? 0;
    assert.equal((await credentialsOf(bed, accountId)).refreshed, false, 'a whole 60 s margin would refresh it at once');
    bed.t.clock.advanceSeconds(0.6);
    const credentials = await credentialsOf(bed, accountId);
    assert.equal(credentials.refreshed, true);
    assert.equal(bed.provider.tokenRequests.refresh_token, refreshesBefore + 1);
    // The new token lives an hour: 60 s before its end it is refreshed, not 30 minutes before.
    bed.t.clock.advanceSeconds(3600 - 61);
    assert.equal((await credentialsOf(bed, accountId)).refreshed, false);
    bed.t.clock.advanceSeconds(2);
    assert.equal((await credentialsOf(bed, accountId)).refreshed, true);
  });

  it('two reads at once spend the refresh token once', async () => {
    const accountId = await linkCrm(bed, 'cred-concurrent');
    bed.t.clock.advanceSeconds(2 * 3600);
    const refreshesBefore = bed.provider.tokenRequests.refresh_token ?? 0;
    const [a, b] = await Promise.all([credentialsOf(bed, accountId), credentialsOf(bed, accountId)]);
    assert.equal(a.credentials.access_token, b.credentials.access_token);
    assert.equal(bed.provider.tokenRequests.refresh_token, refreshesBefore + 1);
  });

  it('a refused refresh makes the account invalid with a reason and first_failed_at, answers 422 naming why, and emits account.updated', async () => {
    const accountId = await linkCrm(bed, 'cred-refused');
    bed.provider.revokeRefreshTokens();
    bed.t.clock.advanceSeconds(2 * 3600);
    const refused = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assertClientError(refused, 422, /refused to refresh.*invalid_grant.*connect the account again/);
    assert.match(String(refused.body.provider_response), /invalid_grant/);
    const account = await bed.t.call('GET', `/accounts/${accountId}`);
    assert.equal(account.body.status, 'invalid');
    assert.equal(account.body.first_failed_at, bed.t.clock.now().toISOString());
    const reasons = account.body.status_reasons as { code: string; description: string; timestamp: string }[];
    assert.equal(reasons[0]!.code, 'invalid_grant');
    assert.match(reasons[0]!.description, /refused to refresh/);
    assert.equal(reasons[0]!.timestamp, account.body.first_failed_at);
    assert.equal(account.body.updated_at, account.body.first_failed_at);
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created', 'account.updated']);

    // Refused again later: still invalid since the first refusal, and no second account.updated.
    bed.t.clock.advanceSeconds(3600);
    assertClientError(await bed.t.call('GET', `/accounts/${accountId}/credentials`), 422, /refused to refresh/);
    const still = await bed.t.call('GET', `/accounts/${accountId}`);
    assert.equal(still.body.status, 'invalid');
    assert.equal(still.body.first_failed_at, account.body.first_failed_at);
    assert.deepEqual(still.body.status_reasons, account.body.status_reasons);
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created', 'account.updated']);
  });

  it('a refresh that works again puts an expired account back to active, with account.updated', async () => {
    const accountId = await linkCrm(bed, 'cred-back');
    const patched = await bed.t.call('PATCH', `/accounts/${accountId}`, { json: { status: 'expired' } });
    assert.equal(patched.status, 200, patched.text);
    bed.t.clock.advanceSeconds(2 * 3600);
    await credentialsOf(bed, accountId);
    const account = await bed.t.call('GET', `/accounts/${accountId}`);
    assert.equal(account.body.status, 'active');
    assert.equal(account.body.status_reasons ?? null, null);
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created', 'account.updated', 'account.updated']);
  });

  it('a refresh refused for the OAuth client (invalid_client) names the client and leaves the account alone', async () => {
    const accountId = await linkCrm(bed, 'cred-client');
    const before = await bed.t.call('GET', '/oauth_clients/sandbox_crm');
    const put = await bed.t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: String(before.body.client_id), client_secret: 'not-the-secret' } });
    assert.equal(put.status, 200, put.text);
    try {
      bed.t.clock.advanceSeconds(2 * 3600);
      const refused = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
      assertClientError(refused, 422, /rejected this server's OAuth client \(invalid_client.*connect-hub oauth set sandbox_crm/);
      const account = await bed.t.call('GET', `/accounts/${accountId}`);
      assert.equal(account.body.status, 'active');
      assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created']);
    } finally {
      await bed.t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: String(before.body.client_id), client_secret: SANDBOX_OAUTH_CLIENT_SECRET } });
    }
  });

  it('an OAuth account with the operator\'s client keeps no credentials ciphertext (no secret besides its tokens); the hub still reads its setup values', async () => {
    const accountId = await linkCrm(bed, 'cred-no-secrets');
    const [row] = await query<{ credentials_ciphertext: string | null }>(bed.t, 'select credentials_ciphertext from accounts where id = ?', accountId);
    assert.equal(row!.credentials_ciphertext, null);
    const { token } = await createSession(bed.t, { origin_owner_id: 'cred-no-secrets' });
    const read = await bed.t.call('GET', `/hub/accounts/${accountId}`, { token });
    assert.equal(read.status, 200, read.text);
    const account = HubAccount.parse(read.body);
    assert.deepEqual(account.setupInformation, { outcome: 'approve' });
    assert.deepEqual(account.secrets ?? {}, {});
  });

  it('stored tokens that do not decrypt (a damaged restore, or the ciphertext of another account) are a 500 that says why, never a token', async () => {
    const damaged = await linkCrm(bed, 'cred-damaged');
    const donor = await linkCrm(bed, 'cred-donor');
    const ciphertext = await storedRefreshCiphertext(bed, damaged);
    const [version, iv, tag, body] = ciphertext.split('.');
    await query(bed.t, 'update oauth_tokens set tokens_ciphertext = ? where account_id = ?', [version, iv, tag, `${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}`].join('.'), damaged);
    // A valid ciphertext, but sealed for the donor: the account id is its associated data, so it does not open here.
    const moved = await linkCrm(bed, 'cred-moved');
    await query(bed.t, 'update oauth_tokens set tokens_ciphertext = ? where account_id = ?', await storedRefreshCiphertext(bed, donor), moved);
    for (const accountId of [damaged, moved]) {
      const result = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
      assert.equal(result.status, 500, result.text);
      assert.match(String(result.body.message), new RegExp(`OAuth tokens of account ${accountId} cannot be decrypted.*secret key`));
      assert.equal('credentials' in result.body, false);
    }
    assert.equal((await bed.t.call('GET', `/accounts/${donor}/credentials`)).status, 200, 'the donor still reads its own');
  });

  it('gives a credential connector its stored secrets and setup values', async () => {
    const { token } = await createSession(bed.t, { origin_owner_id: 'cred-hris' });
    const created = await bed.t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
    assert.equal(created.status, 201, created.text);
    const credentials = await credentialsOf(bed, String(created.body.id));
    assert.equal(credentials.type, 'api_key');
    assert.deepEqual(credentials.credentials, { api_key: GOOD_KEY });
    assert.deepEqual(credentials.setup_information, { subdomain: 'acme' });
  });

  it('is API-key only (a session token gets 401), 404 for an unknown account, and logs each read without the secret', async () => {
    const accountId = await linkCrm(bed, 'cred-auth');
    const { token } = await createSession(bed.t, { origin_owner_id: 'cred-auth' });
    assertClientError(await bed.t.call('GET', `/accounts/${accountId}/credentials`, { token, apiKey: null }), 401);
    assertClientError(await bed.t.call('GET', '/accounts/acc_unknown/credentials'), 404);
    const linesBefore = bed.t.logLines.length;
    const credentials = await credentialsOf(bed, accountId);
    const newLines = bed.t.logLines.slice(linesBefore).join('\n');
    assert.match(newLines, new RegExp(`credentials read: account ${accountId} \\(sandbox_crm\\)`));
    assert.ok(!bed.t.logLines.join('\n').includes(credentials.credentials.access_token!));
  });
});
