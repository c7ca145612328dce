import { Hono } from 'hono';
import { ConnectionAttemptCreate } from '../../contract/hub.js';
import { limitSubmits, requireSessionToken } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validation.js';
import type { ConnectionAttemptService } from '../oauth/attempts.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';

/** E7–E9 under `/hub/connection_attempts`; the hub routes add CORS around them. */
export function connectionAttemptRoutes(attempts: ConnectionAttemptService, sessions: ConnectSessionService, bodyLimitBytes: number) {
  const session = requireSessionToken(sessions);
  return new Hono<AppEnv>()
    .post('/', session, limitSubmits(), async (c) => {
      // The body repeats the header's token (StackOne's client sends it); the header is what authenticates.
      if (c.req.header('content-length') !== '0' && c.req.raw.body) parseInput(ConnectionAttemptCreate, await readJsonBody(c, bodyLimitBytes));
      return c.json(await attempts.create(c.get('hub')), 201);
    })
    .get('/:attemptId', session, async (c) => c.json(await attempts.view(c.get('hub'), c.req.param('attemptId'))))
    .delete('/:attemptId', session, async (c) => {
      await attempts.cancel(c.get('hub'), c.req.param('attemptId'));
      return c.body(null, 204);
    });
}
