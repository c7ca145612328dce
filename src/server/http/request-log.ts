import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { Logger } from '../deps.js';
import { withRequestId } from '../observability/logger.js';
import { mutableHeaders } from './response-headers.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is kept only when it is a short token of safe characters: it lands in every log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(incoming: string | undefined): string {
  return incoming !== undefined && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Told of every finished request: the matched route pattern, never the URL. */
export type RequestObserver = (request: { method: string; route: string; status: number; seconds: number }) => void;

/**
 * The request's route pattern (`/accounts/:id`), so neither ids nor tokens in a path (or a query string: `?token=`
 * on auth links) reach a log line or a metric label. The last matched route, not the one that answered: a 401
 * thrown by the auth middleware of `/accounts/*` still counts for `/accounts`. A request only the app-wide
 * middlewares matched is `unmatched`, so scanners cannot grow the label set.
 */
export function matchedRoute(c: Context): string {
  const route = routePath(c, -1);
  return route === '*' || route === '/*' ? 'unmatched' : route;
}

/**
 * One line per request (`POST /connect_sessions 201 3.1ms` with `request_id`, `method`, `route`, `status`,
 * `duration_ms` fields) and the `X-Request-Id` header on every answer. Lines logged while the request runs carry
 * its `request_id` too.
 */
export function requestLog(logger: Logger, observe?: RequestObserver) {
  return createMiddleware(async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(c.req.header(REQUEST_ID_HEADER));
    await withRequestId(requestId, async () => {
      await next();
      const seconds = (performance.now() - started) / 1000;
      mutableHeaders(c).set(REQUEST_ID_HEADER, requestId);
      const route = matchedRoute(c);
      const status = c.res.status;
      observe?.({ method: c.req.method, route, status, seconds });
      logger.info(`${c.req.method} ${route} ${status} ${(seconds * 1000).toFixed(1)}ms`, {
        request_id: requestId,
        method: c.req.method,
        route,
        status,
        duration_ms: Math.round(seconds * 10_000) / 10,
      });
    });
  });
}
