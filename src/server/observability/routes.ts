import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { AppConfig } from '../config.js';
import { ApiError } from '../errors.js';
import { notFoundHandler } from '../http/api-error.js';
import type { Metrics } from './metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `GET /metrics` (Prometheus text). Off the public internet by default: with `CONNECT_HUB_METRICS_TOKEN` set it
 * wants `Authorization: Bearer <token>`; without one it answers only where the server is a development machine
 * (`metricsOpen`: loopback bind and loopback public URL) and is a 404 anywhere else. Not in the OpenAPI document:
 * it is for the operator's scraper, not for host backends.
 */
export function metricsRoutes(metrics: Metrics, config: Pick<AppConfig, 'metricsToken' | 'metricsOpen'>, clock: () => Date) {
  const app = new Hono();
  const expected = config.metricsToken === undefined ? undefined : digest(config.metricsToken);
  app.get('/metrics', async (c) => {
    if (expected) {
      const presented = /^Bearer ([^\s]+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
        c.header('www-authenticate', 'Bearer realm="metrics"');
        throw new ApiError('unauthorized', presented === undefined ? 'Missing metrics token: send Authorization: Bearer <CONNECT_HUB_METRICS_TOKEN>' : 'Wrong metrics token');
      }
    } else if (!config.metricsOpen) {
      return notFoundHandler(clock)(c);
    }
    const text = await metrics.render();
    return c.body(text, 200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
  });
  return app;
}
