import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import type { RateLimits } from './limits.js';

export { RateLimits, RATE_LIMIT_TABLE, type RateLimitKind } from './limits.js';
export { clientAddress, addressKey, normalizeAddress } from './client-address.js';
export {
  DEFAULT_RATE_LIMITS,
  NO_RATE_LIMITS,
  parseRateLimitRule,
  parseTrustProxy,
  type RateLimitRule,
  type RateLimitSettings,
  type TrustProxy,
} from './settings.js';

/** Puts the server's limits on every request, where the auth middlewares and submit routes find them. */
export function provideRateLimits(limits: RateLimits) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('rateLimits', limits);
    await next();
  });
}
