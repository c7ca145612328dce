import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConnectionAttempt } from '../../src/contract/index.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { startSandboxOAuthProvider, type SandboxOAuthProvider } from './mock-provider.js';
import { get, linkCrm, newAttempt, startUrl } from './support.js';

// A server restarted with the sandbox off keeps what was linked through the sandbox CRM, but no longer has the
// sandbox sign-in server ({{$sandbox_oauth_url}}) its token calls need. The real server, stopped and started again on
// the same data dir (the same PostgreSQL schema under scripts/with-postgres.mjs), and a real loopback OAuth server.

describe('restarted with the sandbox off', () => {
  let provider: SandboxOAuthProvider;
  let first: TestServer;
  let t: TestServer;
  let accountId: string;
  let pending: { token: string; attemptId: string; callback: string };

  before(async () => {
    provider = await startSandboxOAuthProvider();
    first = await startTestServer({ config: { sandboxOAuthUrl: provider.url } });
    accountId = await linkCrm({ t: first, provider, stop: async () => {} }, 'sandbox-off-linked');
    // A sign-in under way: the provider has answered, the browser has yet to bring the answer back (to the new port).
    const { token, attemptId } = await newAttempt(first, { origin_owner_id: 'sandbox-off-pending', expires_in: 7200 });
    const start = await get(startUrl(first, { token, attemptId }));
    assert.equal(start.status, 302, await start.clone().text());
    const authorize = await get(start.headers.get('location')!);
    pending = { token, attemptId, callback: authorize.headers.get('location')! };
    await first.server.close();
    t = await startTestServer({ dataDir: first.dataDir, apiKey: first.apiKey, config: { sandboxOAuthUrl: provider.url, sandbox: false } });
  });
  after(async () => {
    await t.stop();
    await provider.stop();
  });

  it("a sign-in begun before the restart ends at its callback: the answer's issuer can no longer be checked, so no code exchange", async () => {
    const exchanges = provider.tokenRequests.authorization_code ?? 0;
    const landed = await get(pending.callback.replace(first.server.publicUrl, t.server.publicUrl));
    assert.equal(landed.status, 302, await landed.clone().text());
    assert.equal(new URL(landed.headers.get('location')!).searchParams.get('status'), 'error');
    const attempt = ConnectionAttempt.parse((await t.call('GET', `/hub/connection_attempts/${pending.attemptId}`, { token: pending.token })).body);
    assert.equal(attempt.error?.code, 'invalid_issuer');
    assert.equal(attempt.error?.description, `The sign-in answer came from ${provider.url}, not from Sandbox CRM: it was not used.`);
    assert.equal(provider.tokenRequests.authorization_code ?? 0, exchanges);
  });

  // So the flow's own "sign-in server not running" answers (flow.ts, start and code exchange) cannot be reached with
  // today's catalog: the start is refused before the authorize URL is rendered, the callback before the token URL.
  it('a new sign-in with the sandbox CRM is refused at the start: 404 page, the connector is not offered, no provider URL', async () => {
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'sandbox-off-new' });
    const start = await get(startUrl(t, { token, attemptId }));
    const page = await start.text();
    assert.equal(start.status, 404, page);
    assert.equal(start.headers.get('location'), null);
    assert.match(page, /sandbox_crm.{0,6} is not available to this link\./);
    const attempt = ConnectionAttempt.parse((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    assert.equal(attempt.status, 'error');
    assert.equal(attempt.error?.code, 'unknown_connector');
  });

  // After the callback above: two hours later the pending attempt and its link would have expired.
  it("an expired access token cannot be refreshed: 502 saying the sandbox's token server is not running here; the account stays active", async () => {
    const read = await t.call('GET', `/accounts/${accountId}/credentials`);
    assert.equal(read.status, 200, 'a token still live is handed out as stored');
    const refreshes = provider.tokenRequests.refresh_token ?? 0;
    t.clock.advanceSeconds(2 * 3600);
    const expired = await t.call('GET', `/accounts/${accountId}/credentials`);
    assert.equal(expired.status, 502, expired.text);
    assert.equal(expired.body.message, "Sandbox CRM's token server is not running next to this server");
    assert.equal(provider.tokenRequests.refresh_token ?? 0, refreshes, 'no refresh was sent anywhere');
    assert.equal((await t.call('GET', `/accounts/${accountId}`)).body.status, 'active', 'no verdict on the grant');
  });
});
