import { ConnectionAttempt, ConnectionAttemptCreate, ConnectionAttemptCreated } from '../../contract/hub.js';
import { limitSubmits, requireSessionToken } from '../http/auth.js';
import { DeclaredRoutes, named, sentUnlessEmpty } from '../http/define-route.js';
import type { ConnectionAttemptService } from '../oauth/attempts.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';
import type { ResultTokens } from '../result-token/result-tokens.js';

const ATTEMPT_ID = { attempt_id: 'Attempt id' };

/** E7–E9 under `/hub/connection_attempts`; the hub routes add CORS around them. */
export function connectionAttemptRoutes(attempts: ConnectionAttemptService, sessions: ConnectSessionService, bodyLimitBytes: number, resultTokens?: ResultTokens) {
  return new DeclaredRoutes({ security: 'session', guard: requireSessionToken(sessions), each: true, bodyLimitBytes })
    .post(
      '/',
      {
        operationId: 'createConnectionAttempt',
        summary: 'E7: start an OAuth connection attempt (then open the popup at /connect/oauth2/{integration_id})',
        description: "The body repeats the header's token (StackOne's client sends it) and may be left out; the header is what authenticates.",
        tag: 'Hub',
        before: [limitSubmits()],
        body: { schema: named({ ConnectionAttemptCreate }), sent: sentUnlessEmpty },
        responses: { 201: { description: 'The attempt to poll', body: named({ ConnectionAttemptCreated }) } },
      },
      async (c) => c.json(await attempts.create(c.get('hub')), 201),
    )
    .get(
      '/:attempt_id',
      {
        operationId: 'getConnectionAttempt',
        summary: 'E8: poll an attempt: pending, authenticated + account, error + code/description, cancelled, expired',
        tag: 'Hub',
        params: ATTEMPT_ID,
        responses: { 200: { description: 'The attempt', body: named({ ConnectionAttempt }) } },
        errors: { 404: 'No such attempt for this session' },
      },
      async (c, { params }) => {
        const hub = c.get('hub');
        const attempt = await attempts.view(hub, params.attempt_id);
        // The OAuth completion as the hub learns it: the success carries its signed statement.
        const resultToken = attempt.account && resultTokens ? await resultTokens.forSessionAccount(hub, attempt.account.id) : undefined;
        return c.json(resultToken ? { ...attempt, result_token: resultToken } : attempt);
      },
    )
    .delete(
      '/:attempt_id',
      {
        operationId: 'cancelConnectionAttempt',
        summary: 'E9: cancel an attempt (idempotent; a later provider callback changes nothing)',
        tag: 'Hub',
        params: ATTEMPT_ID,
        responses: { 204: { description: 'Cancelled (or already over)' } },
        errors: { 404: 'No such attempt for this session' },
      },
      async (c, { params }) => {
        await attempts.cancel(c.get('hub'), params.attempt_id);
        return c.body(null, 204);
      },
    );
}
