// Two servers on one PostgreSQL database hand out one account's credentials at the same moment, round after round,
// against our strict sandbox provider (src/sandbox/oauth.ts), which rotates refresh tokens and revokes the whole grant
// when a spent one comes back (RFC 9700 §4.14.2). The refresh must happen once per round, across both servers.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { AccountCredentials, ConnectionAttempt } from '../../src/contract/index.js';
import { createSandboxOAuth, SANDBOX_TOKEN_SECONDS, type SandboxOAuth } from '../../src/sandbox/oauth.js';
import { TEST_DATABASE_URL, startTestServer, storeQuery, type TestServer } from '../server/harness.js';
import { newAttempt, runPopup } from './support.js';

const ROUNDS = 10;

describe('refresh across two servers on one PostgreSQL database', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only (npm test runs it in the postgres suite): SQLite is one server' }, () => {
  let provider: SandboxOAuth;
  let listener: ServerType;
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    provider = createSandboxOAuth();
    listener = serve({ fetch: provider.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => listener.once('listening', () => resolve()));
    const config = { sandboxOAuthUrl: `http://127.0.0.1:${(listener.address() as AddressInfo).port}` };
    a = await startTestServer({ config });
    b = await startTestServer({ dataDir: a.dataDir, apiKey: a.apiKey, config });
  });
  after(async () => {
    await b?.server.close();
    await a?.stop();
    await new Promise((resolve) => listener?.close(resolve));
  });

  it(`${ROUNDS} rounds of simultaneous reads: one refresh a round, every rotated token used exactly once, the grant survives`, async () => {
    const { token, attemptId } = await newAttempt(a, { origin_owner_id: 'two-servers' });
    await runPopup(a, { token, attemptId, fields: { outcome: 'approve' } });
    const attempt = ConnectionAttempt.parse((await a.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
    const accountId = attempt.account!.id;

    const read = async (server: TestServer) => {
      const result = await server.call('GET', `/accounts/${accountId}/credentials`);
      assert.equal(result.status, 200, result.text);
      return AccountCredentials.parse(result.body);
    };
    for (let round = 1; round <= ROUNDS; round++) {
      a.clock.advanceSeconds(SANDBOX_TOKEN_SECONDS);
      b.clock.advanceSeconds(SANDBOX_TOKEN_SECONDS);
      const [fromA, fromB] = await Promise.all([read(a), read(b)]);
      assert.equal(fromA.credentials.access_token, fromB.credentials.access_token, `round ${round}: both hand out the one fresh token`);
      assert.equal([fromA, fromB].filter((answer) => answer.refreshed).length, 1, `round ${round}: one server refreshed, the other used what it saved`);
    }

    assert.equal(provider.revokedGrants, 0, 'no refresh token was presented twice');
    assert.equal(provider.tokenRequests.refresh_token, ROUNDS);
    const uses = provider.refreshTokenUses();
    assert.equal(uses.length, ROUNDS + 1, 'one refresh token from the exchange, one from each rotation');
    assert.deepEqual(uses.filter((count) => count !== 1), [0], 'each used exactly once, but the live one');
    for (const server of [a, b]) assert.equal((await server.call('GET', `/accounts/${accountId}`)).body.status, 'active');
  });

  it('a grant the provider revoked: both servers answer 422, the dead refresh token is presented once, one account.updated', async () => {
    const { token, attemptId } = await newAttempt(a, { origin_owner_id: 'two-servers-revoked' });
    await runPopup(a, { token, attemptId, fields: { outcome: 'approve' } });
    const accountId = ConnectionAttempt.parse((await a.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body).account!.id;
    provider.revokeRefreshTokens();
    a.clock.advanceSeconds(SANDBOX_TOKEN_SECONDS);
    b.clock.advanceSeconds(SANDBOX_TOKEN_SECONDS);
    const refreshesBefore = provider.tokenRequests.refresh_token ?? 0;
    const answers = await Promise.all([a, b].map((server) => server.call('GET', `/accounts/${accountId}/credentials`)));
    assert.deepEqual(answers.map((answer) => answer.status), [422, 422], answers.map((answer) => answer.text).join('\n'));
    assert.equal(provider.tokenRequests.refresh_token, refreshesBefore + 1, 'the second server did not try the dead token again');
    const events = await storeQuery<{ event: string }>(a, 'select event from account_events where account_id = ? order by id', accountId);
    assert.deepEqual(events.map((row) => row.event), ['account.created', 'account.updated']);
    assert.equal((await b.call('GET', `/accounts/${accountId}`)).body.status, 'invalid');
  });
});
