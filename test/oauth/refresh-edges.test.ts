import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';

import { assertClientError, createSession, GOOD_KEY } from '../server/harness.js';
import { accountStatusOf, credentialsOf, linkCrm, type OAuthTestBed, outboxEvents, query, startOAuthTestBed } from './support.js';

// GET /accounts/{id}/credentials at the edges: the instant the refresh margin begins, scopes as providers write
// them, answers that are neither tokens nor a verdict, an account read again after a refusal, and accounts that are
// not OAuth. The real sandbox provider (oauth2-mock-server), its answers edited per test; SQLite, and PostgreSQL
// under scripts/with-postgres.mjs.

const TWO_HOURS = 2 * 3600;

let bed: OAuthTestBed;
/** While true, the token endpoint cannot be connected to. */
let tokenEndpointDown = false;

before(async () => {
  bed = await startOAuthTestBed({
    overrides: {
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (tokenEndpointDown && url.endsWith('/token')) return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
        return fetch(input, init);
      },
    },
  });
});
after(() => bed.stop());

afterEach(() => {
  tokenEndpointDown = false;
  bed.provider.failRefreshesWith(undefined);
  bed.provider.editTokenAnswers('authorization_code', undefined);
  bed.provider.editTokenAnswers('refresh_token', undefined);
});

describe('when a refresh happens', () => {
  it('exactly when the margin begins (an hour-long token, 60 s before its end), not a millisecond earlier', async () => {
    const accountId = await linkCrm(bed, 'edges-margin');
    bed.t.clock.advanceSeconds(3600 - 60 - 0.001);
    assert.equal((await credentialsOf(bed, accountId)).refreshed, false);
    bed.t.clock.advanceSeconds(0.001);
    assert.equal((await credentialsOf(bed, accountId)).refreshed, true);
  });

  it('an invalid account (an earlier refusal) is refreshed again when read, and becomes active once the provider honours the grant', async () => {
    const accountId = await linkCrm(bed, 'edges-read-again');
    bed.provider.failRefreshesWith({ status: 400, error: 'invalid_grant' });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    assertClientError(await bed.t.call('GET', `/accounts/${accountId}/credentials`), 422, /refused to refresh/);
    assert.equal(await accountStatusOf(bed, accountId), 'invalid');
    bed.provider.failRefreshesWith(undefined);
    const read = await credentialsOf(bed, accountId);
    assert.equal(read.refreshed, true);
    assert.equal(await accountStatusOf(bed, accountId), 'active');
  });
});

describe('refresh answers that are no verdict on the grant: 502, the account stays active', () => {
  it('a 2xx without an access token', async () => {
    const accountId = await linkCrm(bed, 'edges-no-access-token');
    bed.provider.editTokenAnswers('refresh_token', (body) => delete body.access_token);
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assert.equal(read.status, 502, read.text);
    assert.equal(read.body.message, "Sandbox CRM's token server failed to refresh the access token (invalid_token_response: Sandbox CRM answered without an access token.)");
    assert.equal(await accountStatusOf(bed, accountId), 'active');
    assert.deepEqual(await outboxEvents(bed.t, accountId), ['account.created']);
  });

  it('a 300 carrying an error (only 2xx, 400, 401 and 403 are verdicts)', async () => {
    const accountId = await linkCrm(bed, 'edges-300');
    bed.provider.failRefreshesWith({ status: 300, error: 'invalid_grant' });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const lines = bed.t.logLines.length;
    const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assert.equal(read.status, 502, read.text);
    assert.equal(await accountStatusOf(bed, accountId), 'active');
    const messages = bed.t.logLines.slice(lines).map((line) => String((JSON.parse(line) as { msg: unknown }).msg));
    assert.ok(messages.includes(`credentials: refresh of account ${accountId} (sandbox_crm) failed: invalid_grant`), messages.join('\n'));
  });

  it('a token endpoint that cannot be connected to', async () => {
    const accountId = await linkCrm(bed, 'edges-down');
    tokenEndpointDown = true;
    bed.t.clock.advanceSeconds(TWO_HOURS);
    const read = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
    assert.equal(read.status, 502, read.text);
    assert.equal(read.body.message, `Could not reach Sandbox CRM (${new URL(bed.provider.url).host}) to get the tokens.`);
    assert.equal(await accountStatusOf(bed, accountId), 'active');
  });

  it('while a 401 is a verdict: invalid', async () => {
    const accountId = await linkCrm(bed, 'edges-401');
    bed.provider.failRefreshesWith({ status: 401, error: 'invalid_grant' });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    assertClientError(await bed.t.call('GET', `/accounts/${accountId}/credentials`), 422, /refused to refresh the access token.*\(invalid_grant\)/);
    assert.equal(await accountStatusOf(bed, accountId), 'invalid');
  });
});

describe('scopes as providers write them', () => {
  it('none granted: an empty list; separators at either end or doubled do not make empty scopes', async () => {
    bed.provider.editTokenAnswers('authorization_code', (body) => delete body.scope);
    const accountId = await linkCrm(bed, 'edges-scopes');
    assert.deepEqual((await credentialsOf(bed, accountId)).scopes, []);
    bed.provider.editTokenAnswers('refresh_token', (body) => {
      body.scope = ' contacts.read, deals.read ';
    });
    bed.t.clock.advanceSeconds(TWO_HOURS);
    assert.deepEqual((await credentialsOf(bed, accountId)).scopes, ['contacts.read', 'deals.read']);
  });
});

describe('accounts that are not OAuth', () => {
  it('a credential connector\'s read is logged too, without the secret', async () => {
    const { token } = await createSession(bed.t, { origin_owner_id: 'edges-hris' });
    const created = await bed.t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
    assert.equal(created.status, 201, created.text);
    const lines = bed.t.logLines.length;
    await credentialsOf(bed, String(created.body.id));
    const messages = bed.t.logLines.slice(lines).map((line) => String((JSON.parse(line) as { msg: unknown }).msg));
    assert.ok(messages.includes(`credentials read: account ${String(created.body.id)} (sandbox_hris)`), messages.join('\n'));
    assert.ok(!bed.t.logLines.join('\n').includes(GOOD_KEY));
  });

  it('an account whose connector is no longer in the catalog: its stored secrets, as type custom', async () => {
    const { token } = await createSession(bed.t, { origin_owner_id: 'edges-retired' });
    const created = await bed.t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
    assert.equal(created.status, 201, created.text);
    const accountId = String(created.body.id);
    await query(bed.t, "update accounts set provider = 'retired_connector' where id = ?", accountId);
    const credentials = await credentialsOf(bed, accountId);
    assert.equal(credentials.type, 'custom');
    assert.equal(credentials.provider, 'retired_connector');
    assert.deepEqual(credentials.credentials, { api_key: GOOD_KEY });
    assert.deepEqual(credentials.setup_information, { subdomain: 'acme' });
  });
});
