import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConnectionAttempt, ConnectionAttemptCreated } from '../../src/contract/index.js';
import { ATTEMPT_TTL_SECONDS } from '../../src/server/oauth/attempts.js';
import { assertClientError, createSession } from '../server/harness.js';
import { newAttempt, query, startOAuthTestBed, type OAuthTestBed } from './support.js';

describe('connection attempts (E7–E9)', () => {
  let bed: OAuthTestBed;
  before(async () => {
    bed = await startOAuthTestBed();
  });
  after(() => bed.stop());

  describe('happy', () => {
    it('E7 answers 201 {id} at once; E8 reads it pending', async () => {
      const { t } = bed;
      const { token } = await createSession(t);
      const started = performance.now();
      const created = await t.call('POST', '/hub/connection_attempts', { token, json: { token } });
      assert.equal(created.status, 201);
      assert.ok(performance.now() - started < 1000, 'E7 must be fast: the popup opens after it');
      const { id } = ConnectionAttemptCreated.parse(created.body);
      assert.match(id, /^cat_[A-Za-z0-9_-]{22}$/, 'URL-safe: the hub puts it into paths unencoded');
      const read = await t.call('GET', `/hub/connection_attempts/${id}`, { token });
      assert.equal(read.status, 200);
      assert.deepEqual(ConnectionAttempt.parse(read.body), { id, status: 'pending', account: null, error: null });
    });

    it('E7 also works without a body (the header is the credential)', async () => {
      const { t } = bed;
      const { token } = await createSession(t);
      const created = await t.call('POST', '/hub/connection_attempts', { token });
      assert.equal(created.status, 201, created.text);
    });

    it('E9 cancels with 204, idempotently; the attempt reads cancelled', async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t);
      for (let i = 0; i < 2; i++) {
        const cancelled = await t.call('DELETE', `/hub/connection_attempts/${attemptId}`, { token });
        assert.equal(cancelled.status, 204);
        assert.equal(cancelled.text, '');
      }
      const read = await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token });
      assert.equal(read.body.status, 'cancelled');
    });

    it('carries CORS on answers and preflights, like every /hub call', async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t);
      const origin = 'https://host.example';
      const read = await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token, headers: { origin } });
      assert.equal(read.headers.get('access-control-allow-origin'), origin);
      const preflight = await fetch(`${t.server.url}/hub/connection_attempts/${attemptId}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'x-hub-session-token' },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /DELETE/);
      const missing = await t.call('GET', '/hub/connection_attempts/cat_nope', { token, headers: { origin } });
      assert.equal(missing.headers.get('access-control-allow-origin'), origin, 'errors carry CORS too');
    });
  });

  describe('expiry', () => {
    it(`expires after ${ATTEMPT_TTL_SECONDS / 60} minutes (≥ 5, longer than the hub waits)`, async () => {
      const { t } = bed;
      assert.ok(ATTEMPT_TTL_SECONDS >= 300);
      const { token, attemptId } = await newAttempt(t, { expires_in: 3600 });
      t.clock.advanceSeconds(ATTEMPT_TTL_SECONDS - 5);
      assert.equal((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body.status, 'pending');
      t.clock.advanceSeconds(10);
      assert.equal((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body.status, 'expired');
      // Cancelling an expired attempt changes nothing.
      assert.equal((await t.call('DELETE', `/hub/connection_attempts/${attemptId}`, { token })).status, 204);
      assert.equal((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body.status, 'expired');
    });

    it('never outlives its session', async () => {
      const { t } = bed;
      const { token, attemptId } = await newAttempt(t, { expires_in: 120 });
      const [row] = await query<{ expires_at: string }>(t, 'select expires_at from connection_attempts where id = ?', attemptId);
      const [session] = await query<{ expires_at: string }>(t, 'select s.expires_at from connect_sessions s join connection_attempts a on a.session_id = s.id where a.id = ?', attemptId);
      assert.equal(row!.expires_at, session!.expires_at);
      t.clock.advanceSeconds(121);
      assertClientError(await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token }), 401, /expired/);
    });
  });

  describe('security', () => {
    it("another session's attempt is a 404, for reading and for cancelling", async () => {
      const { t } = bed;
      const { attemptId } = await newAttempt(t);
      const other = await createSession(t, { origin_owner_id: 'someone-else' });
      assertClientError(await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token: other.token }), 404);
      assertClientError(await t.call('DELETE', `/hub/connection_attempts/${attemptId}`, { token: other.token }), 404);
      const [row] = await query<{ status: string }>(t, 'select status from connection_attempts where id = ?', attemptId);
      assert.equal(row!.status, 'pending');
    });

    it('needs the session token header: 401 without it, for all three', async () => {
      const { t } = bed;
      const { attemptId } = await newAttempt(t);
      assertClientError(await t.call('POST', '/hub/connection_attempts', { apiKey: null, json: {} }), 401);
      assertClientError(await t.call('GET', `/hub/connection_attempts/${attemptId}`, { apiKey: null }), 401);
      assertClientError(await t.call('DELETE', `/hub/connection_attempts/${attemptId}`, { apiKey: null }), 401);
    });
  });
});
