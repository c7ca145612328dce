import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newAttempt, query } from '../oauth/support.js';
import { createSession, startTestServer, type TestServer } from './harness.js';

const DAY = 86_400;

describe('housekeeping: expired connect sessions are deleted after the retention period', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { sessionRetentionDays: 30 } });
  });
  after(() => t.stop());

  it('deletes sessions expired for longer than the retention, with their OAuth attempts; keeps the rest', async () => {
    const old = await newAttempt(t, { expires_in: 60 });
    const oldId = Number((await query<{ session_id: number }>(t, 'select session_id from connection_attempts where id = ?', old.attemptId))[0]!.session_id);
    const recentlyExpired = await createSession(t, { expires_in: DAY });
    const live = await createSession(t, { expires_in: 90 * DAY });
    t.clock.advanceSeconds(30 * DAY + 120);

    assert.equal(await t.server.sweepExpiredSessions(), 1);
    assert.equal((await t.call('GET', `/connect_sessions/${oldId}`)).status, 404);
    assert.equal((await t.call('GET', `/connect_sessions/${recentlyExpired.id}`)).status, 200, 'expired 29 days ago: kept');
    assert.equal((await t.call('GET', `/connect_sessions/${live.id}`)).status, 200);
    assert.deepEqual(await query(t, 'select id from connection_attempts where id = ?', old.attemptId), [], 'its attempt (and PKCE verifier) went too');
    assert.ok(t.logLines.some((line) => /housekeeping: deleted 1 connect session/.test(line)));
    assert.equal(await t.server.sweepExpiredSessions(), 0, 'a second sweep finds nothing');
  });

  it('linked accounts outlive the session that linked them', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'keeps', expires_in: 60 });
    const linked = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'keeps', api_key: 'sandbox_good' } } });
    assert.equal(linked.status, 201, linked.text);
    t.clock.advanceSeconds(31 * DAY);
    assert.ok((await t.server.sweepExpiredSessions()) >= 1);
    assert.equal((await t.call('GET', `/accounts/${String(linked.body.id)}`)).status, 200);
  });
});
