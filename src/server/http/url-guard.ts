import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors.js';

/**
 * Refuses, before any route runs, a URL that no route could use safely: a bad percent-escape (`/sdk/%zz`
 * made decodeURIComponent throw) or a NUL character (`%00`), which PostgreSQL cannot store or compare.
 */
export function urlGuard() {
  return createMiddleware(async (c, next) => {
    const url = new URL(c.req.url);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw new ApiError('bad_request', 'The URL path has an invalid percent-escape (a % must be followed by two hex digits)');
    }
    if (path.includes('\u0000')) throw new ApiError('bad_request', 'The URL path contains a NUL character (%00)');
    for (const [name, value] of new URLSearchParams(url.search)) {
      if (name.includes('\u0000') || value.includes('\u0000')) {
        const shown = name.replace(/\u0000/g, '%00').slice(0, 50);
        throw new ApiError('validation_failed', `${shown}: query parameters must not contain a NUL character (%00)`, { field: shown });
      }
    }
    await next();
  });
}
