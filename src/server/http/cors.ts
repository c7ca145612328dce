import { createMiddleware } from 'hono/factory';
import { HUB_VERSION_HEADER, SESSION_TOKEN_HEADER } from '../../contract/wire.js';

const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';
const ALLOW_HEADERS = `content-type, ${SESSION_TOKEN_HEADER}, ${HUB_VERSION_HEADER}`;

/**
 * CORS for `/hub/*` (CONTRACT.md §2.1): any origin, since the token in a header is the credential and no
 * cookies are sent. Applied after the handler so errors and 401s carry it too, or browsers hide them.
 */
export function hubCors() {
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('origin') || '*';
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': ALLOW_METHODS,
        'access-control-allow-headers': ALLOW_HEADERS,
        'access-control-max-age': '600',
        vary: 'Origin',
      });
    }
    await next();
    c.res.headers.set('access-control-allow-origin', origin);
    // A 429's wait is readable by the hub (browsers hide non-safelisted headers otherwise).
    c.res.headers.set('access-control-expose-headers', 'retry-after');
    c.res.headers.append('vary', 'Origin');
  });
}
