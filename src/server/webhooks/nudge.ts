import { createMiddleware } from 'hono/factory';
import type { WebhookDispatcher } from './dispatcher.js';

const READ_ONLY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The in-process nudge: after a request that may have written an outbox row (any successful write, and
 * the OAuth provider callback, which is a GET), the dispatcher looks at once instead of at its next poll.
 */
export function nudgeAfterWrites(dispatcher: WebhookDispatcher) {
  return createMiddleware(async (c, next) => {
    await next();
    if (c.res.status < 400 && (!READ_ONLY.has(c.req.method) || c.req.path.endsWith('/callback'))) dispatcher.nudge();
  });
}
