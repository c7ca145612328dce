import { createMiddleware } from 'hono/factory';
import type { Logger } from '../deps.js';

/** One line per request. The path only: query strings carry tokens (`?token=` on auth links). */
export function requestLog(logger: Logger) {
  return createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    logger.info(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  });
}
