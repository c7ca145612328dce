import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { ConnectionAttempt } from '../../src/contract/index.js';
import { SANDBOX_OAUTH_CLIENT_ID, SANDBOX_OAUTH_CLIENT_SECRET } from '../../src/sandbox/oauth-client.js';
import { assertClientError } from '../server/harness.js';
import { accountStatusOf, credentialsOf, crmConnectionFailures, linkCrm, newAttempt, type OAuthTestBed, outboxEvents, query, runPopup, startOAuthTestBed } from './support.js';

// GET /accounts/{id}/credentials against token answers and refusals real providers give (RFC 6749 §5.1, §5.2, §6):
// which make the account invalid, which leave it alone, and what the host is told. The real sandbox provider
// (oauth2-mock-server), its answers edited per test; the injected clock; SQLite, and PostgreSQL under
// scripts/with-postgres.mjs.

const TIMEOUT_MS = 2_000;
const TWO_HOURS = 2 * 3600;

let bed: OAuthTestBed;
/** While true, the token endpoint takes the request and never answers. */
let tokenEndpointHangs = false;
/** While true, the token endpoint cannot be connected to (as when nothing listens there). */
let tokenEndpointRefuses = false;

before(async () => {
  bed = await startOAuthTestBed({
    config: { verifyTimeoutMs: TIMEOUT_MS },
    overrides: {
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (tokenEndpointRefuses && url.endsWith('/token')) return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
        if (!tokenEndpointHangs || !url.endsWith('/token')) return fetch(input, init);
        return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      },
    },
  });
});
after(() => bed.stop());

afterEach(() => {
  tokenEndpointHangs = false;
  tokenEndpointRefuses = false;
  bed.provider.failRefreshesWith(undefined);
  bed.provider.editTokenAnswers('authorization_code', undefined);
  bed.provider.editTokenAnswers('refresh_token', undefined);
});

describe('refusals that are a verdict on the grant: the account becomes invalid', () => {
  it('403 (RFC 6749 §5.2 allows 401 and 403 for it): 422 naming the code, the provider response scrubbed, account.updated', async () => {
    const accountId = await linkCrm(bed, 'answers-403');
    bed.provider.failRefreshesWith({ status: 403, error: 'access_revoked' });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const refused = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assertClientError(refused, 422, /^Sandbox CRM refused to refresh the access token: The token service said no this time \(access_revoked\); the end user must connect the account again$/);
    assert.equal(refused.body.provider_response, 'HTTP 403: access_revoked: The token service said no this time');
    assert.equal(await accountStatusOf(bed, accountId), 'invalid');
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created', 'account.updated']);
  });

  it('an error member in a 200 answer counts as a refusal too', async () => {
    const accountId = await linkCrm(bed, 'answers-200-error');
    bed.provider.failRefreshesWith({ status: 200, error: 'invalid_grant' });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    assertClientError(await bed.t.call('GET', `/accounts/${accountId}/credentials`), 422, /refused to refresh the access token.*\(invalid_grant\)/);
    assert.equal(await accountStatusOf(bed, accountId), 'invalid');
  });

  it('an access token that expired without a refresh token: invalid with token_expired, 422 saying the end user must connect again', async () => {
    bed.provider.editTokenAnswers('authorization_code', (body) => delete body.refresh_token);
    const accountId = await linkCrm(bed, 'answers-no-refresh-token');
    const requestsBefore = bed.provider.tokenRequests.refresh_token ?? 0;
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const refused = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assertClientError(refused, 422, /^The Sandbox CRM access token expired and Sandbox CRM gave no refresh token; the end user must connect the account again$/);
    assert.equal(bed.provider.tokenRequests.refresh_token ?? 0, requestsBefore, 'nothing to refresh with: no request');
    const account = await bed.t.call('GET', `/accounts/${accountId}`);
    assert.equal(account.body.status, 'invalid');
    assert.equal((account.body.status_reasons as { code: string }[])[0]!.code, 'token_expired');
  });
});

describe('refusals and failures that say nothing about the grant: the account stays as it is', () => {
  it('429: 502, the provider\'s trouble, account active, no event', async () => {
    const accountId = await linkCrm(bed, 'answers-429');
    bed.provider.failRefreshesWith({ status: 429, error: 'slow_down' });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assert.equal(read.status, 502, read.text);
    assert.equal(read.body.message, "Sandbox CRM's token server failed to refresh the access token (slow_down: The token service said no this time)");
    assert.equal(await accountStatusOf(bed, accountId), 'active');
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created']);
  });

  it('unauthorized_client blames the server\'s OAuth client, like invalid_client', async () => {
    const accountId = await linkCrm(bed, 'answers-unauthorized-client');
    bed.provider.failRefreshesWith({ status: 400, error: 'unauthorized_client' });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    assertClientError(
      await bed.t.call('GET', `/accounts/${accountId}/credentials`),
      422,
      /^Sandbox CRM rejected this server's OAuth client \(unauthorized_client: The token service said no this time\); fix it with 'connect-hub oauth set sandbox_crm'$/,
    );
    assert.equal(await accountStatusOf(bed, accountId), 'active');
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created']);
  });

  it('a token server that does not answer: 504 within the bound, account active; the refresh works once it answers', async () => {
    const accountId = await linkCrm(bed, 'answers-timeout');
    bed.t.clock.advanceSeconds(TWO_HOURS);
    tokenEndpointHangs = true;
    const started = performance.now();
    const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assert.ok(performance.now() - started < TIMEOUT_MS + 3000);
    assert.equal(read.status, 504, read.text);
    assert.equal(read.body.message, `Sandbox CRM did not answer the token request within ${TIMEOUT_MS} ms.`);
    assert.equal(await accountStatusOf(bed, accountId), 'active');
    tokenEndpointHangs = false;
    assert.equal((await credentialsOf(bed, accountId)).refreshed, true);
  });

  it('no OAuth client set any more: 422 saying so, no request, account active', async () => {
    const accountId = await linkCrm(bed, 'answers-no-client');
    const removed = await bed.t.call('DELETE', '/oauth_clients/sandbox_crm');
    assert.equal(removed.status, 204, removed.text);
    try {
      const requestsBefore = bed.provider.tokenRequests.refresh_token ?? 0;
      bed.t.clock.advanceSeconds(TWO_HOURS);
      assertClientError(
        await bed.t.call('GET', `/accounts/${accountId}/credentials`),
        422,
        /^The access token expired and no OAuth client is set for sandbox_crm, so it cannot be refreshed$/,
      );
      assert.equal(bed.provider.tokenRequests.refresh_token ?? 0, requestsBefore);
      assert.equal(await accountStatusOf(bed, accountId), 'active');
    } finally {
      const put = await bed.t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: SANDBOX_OAUTH_CLIENT_ID, client_secret: SANDBOX_OAUTH_CLIENT_SECRET } });
      assert.equal(put.status, 200, put.text);
    }
  });

  it('no tokens stored for the account: 422 saying the end user must connect again', async () => {
    const accountId = await linkCrm(bed, 'answers-no-tokens');
    await query(bed.t, 'delete from oauth_tokens where account_id = ?', accountId);
    assertClientError(
      await bed.t.call('GET', `/accounts/${accountId}/credentials`),
      422,
      new RegExp(`^Account ${accountId} has no OAuth tokens stored; the end user must connect Sandbox CRM again$`),
    );
  });
});

describe('token answers', () => {
  it('a refresh answer without a scope keeps the granted scopes; with a comma-separated one, each scope counts', async () => {
    const accountId = await linkCrm(bed, 'answers-scope');
    const granted = (await credentialsOf(bed, accountId)).scopes ?? [];
    assert.ok(granted.length > 1);
    bed.provider.editTokenAnswers('refresh_token', (body) => delete body.scope);
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const refreshed = await credentialsOf(bed, accountId);
    assert.equal(refreshed.refreshed, true);
    assert.deepEqual(refreshed.scopes, granted);
    bed.provider.editTokenAnswers('refresh_token', (body) => {
      body.scope = 'contacts.read,deals.read  offline_access';
    });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    assert.deepEqual((await credentialsOf(bed, accountId)).scopes, ['contacts.read', 'deals.read', 'offline_access']);
    bed.provider.editTokenAnswers('refresh_token', (body) => {
      body.scope = '';
    });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    // An empty scope is no scope: the one granted before stays.
    assert.deepEqual((await credentialsOf(bed, accountId)).scopes, ['contacts.read', 'deals.read', 'offline_access']);
  });

  it('an access token without an expiry is handed out as it is, never refreshed', async () => {
    bed.provider.editTokenAnswers('authorization_code', (body) => delete body.expires_in);
    const accountId = await linkCrm(bed, 'answers-no-expiry');
    const requestsBefore = bed.provider.tokenRequests.refresh_token ?? 0;
    const first = await credentialsOf(bed, accountId);
    assert.equal(first.expires_at, null);
    bed.t.clock.advanceSeconds(30 * 86_400);
    const later = await credentialsOf(bed, accountId);
    assert.equal(later.refreshed, false);
    assert.equal(later.credentials.access_token, first.credentials.access_token);
    assert.equal(bed.provider.tokenRequests.refresh_token ?? 0, requestsBefore);
  });

  it('a refresh logs that it refreshed; a plain read does not say so', async () => {
    const accountId = await linkCrm(bed, 'answers-log');
    const messagesOf = async (read: () => Promise<unknown>) => {
      const lines = bed.t.logLines.length;
      await read();
      return bed.t.logLines.slice(lines).map((line) => String((JSON.parse(line) as { msg: unknown }).msg));
    };
    assert.ok((await messagesOf(() => credentialsOf(bed, accountId))).includes(`credentials read: account ${accountId} (sandbox_crm)`));
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const refreshed = await messagesOf(() => credentialsOf(bed, accountId));
    assert.ok(refreshed.includes(`credentials read: account ${accountId} (sandbox_crm), access token refreshed`), refreshed.join('\n'));
  });
});

describe('the code exchange against a token server that does not answer, or cannot be reached', () => {

  const failures = (reason: string) => crmConnectionFailures(bed.t, reason);

  it('the attempt fails naming the wait, back to the landing page, and the failure is counted as provider_timeout', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'exchange-timeout' });
    const counted = await failures('provider_timeout');
    tokenEndpointHangs = true;
    const run = await runPopup(bed.t, { token, attemptId, fields: { outcome: 'approve' } });
    tokenEndpointHangs = false;
    assert.equal(run.landing.searchParams.get('status'), 'error');
    const attempt = ConnectionAttempt.parse((await bed.t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    assert.equal(attempt.status, 'error');
    assert.match(attempt.error?.description ?? '', new RegExp(`within ${TIMEOUT_MS} ms`));
    assert.equal(await failures('provider_timeout'), counted + 1);
  });

  it('one that cannot be reached: the attempt fails saying so, counted as provider_unreachable', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'exchange-unreachable' });
    const counted = await failures('provider_unreachable');
    tokenEndpointRefuses = true;
    const run = await runPopup(bed.t, { token, attemptId, fields: { outcome: 'approve' } });
    tokenEndpointRefuses = false;
    assert.equal(run.landing.searchParams.get('status'), 'error');
    const attempt = ConnectionAttempt.parse((await bed.t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    assert.deepEqual(attempt.error?.code, 'provider_unreachable');
    assert.match(attempt.error?.description ?? '', /^Could not reach Sandbox CRM \(/);
    assert.equal(await failures('provider_unreachable'), counted + 1);
  });
});
