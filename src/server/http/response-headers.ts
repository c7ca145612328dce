import type { Context } from 'hono';

/**
 * The response's headers, to change after the handler answered. Never `c.header()` there: once the response
 * is final it rebuilds it from `res.body`, which turns Hono's lightweight answer into a full web Response and
 * stream on every request. Setting `X-Content-Type-Options: nosniff` (every answer gets it) is also the test: a
 * response from `fetch` (or `Response.redirect`) has read-only headers, so it is copied once.
 */
export function mutableHeaders(c: Context): Headers {
  try {
    c.res.headers.set('x-content-type-options', 'nosniff');
    return c.res.headers;
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set('x-content-type-options', 'nosniff');
    return c.res.headers;
  }
}
