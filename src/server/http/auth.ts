import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { SESSION_TOKEN_HEADER } from '../../contract/wire.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';
import type { ProjectService } from '../services/projects.js';
import { ApiError } from '../errors.js';
import type { AppEnv } from './env.js';

export { SESSION_TOKEN_HEADER };

/**
 * The API key from `Authorization`: HTTP Basic with the key as username and an empty password, as
 * `base64(key:)` or StackOne's README form `base64(key)`; or `Bearer <key>`.
 */
export function apiKeyFromHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value] = header.trim().split(/\s+/, 2);
  if (!scheme || !value) return undefined;
  if (/^bearer$/i.test(scheme)) return value;
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const key = colon === -1 ? decoded : decoded.slice(0, colon);
  return key || undefined;
}

export function requireApiKey(projects: ProjectService) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    const key = apiKeyFromHeader(header);
    if (!key) {
      throw new ApiError(
        'unauthorized',
        header ? 'Unsupported Authorization header: use HTTP Basic with the API key as username, or Bearer <key>' : 'Missing API key: send HTTP Basic auth with the API key as username',
      );
    }
    const project = await limitFailures(c, 'apiKeyFailures', async () => {
      const found = await projects.projectForApiKey(key);
      if (!found) throw new ApiError('unauthorized', 'Unknown API key');
      return found;
    });
    c.set('project', project);
    await next();
  });
}

export function requireSessionToken(sessions: ConnectSessionService) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = c.req.header(SESSION_TOKEN_HEADER);
    // A missing token is no guess: it is answered without counting.
    c.set('hub', token ? await limitFailures(c, 'sessionFailures', () => sessions.authenticate(token)) : await sessions.authenticate(token));
    await next();
  });
}

/**
 * `POST /hub/renewal` only: like `requireSessionToken`, but an expired token is let through (as `renewal`),
 * since asking for a new link is what an expired link is for; an unknown token is still a counted 401.
 */
export function requireSessionTokenForRenewal(sessions: ConnectSessionService) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = c.req.header(SESSION_TOKEN_HEADER);
    const found = token ? await limitFailures(c, 'sessionFailures', () => sessions.authenticateForRenewal(token)) : await sessions.authenticateForRenewal(token);
    c.set('renewal', found);
    const limits = c.get('rateLimits');
    await limits.consume(c, 'renewals', `session:${found.session.id}`);
    await next();
  });
}

/**
 * Runs a key or token check under the per-address failure limit: the limit's state is read beside the
 * check (no extra wait), a request from an address over the limit gets 429 whatever the check said, and a
 * 401 from the check counts one failure.
 */
async function limitFailures<T>(c: Context<AppEnv>, kind: 'apiKeyFailures' | 'sessionFailures', check: () => Promise<T>): Promise<T> {
  const limits = c.get('rateLimits');
  // A limit that is off counts nothing: skip the reads (refuseIfOver and recordFailure would do nothing anyway).
  if (!limits.isOn(kind)) return check();
  const address = limits.addressOf(c);
  const [over, checked] = await Promise.allSettled([limits.refuseIfOver(c, kind, address), check()]);
  if (over.status === 'rejected') throw over.reason;
  if (checked.status === 'fulfilled') return checked.value;
  if (checked.reason instanceof ApiError && checked.reason.status === 401) await limits.recordFailure(kind, address);
  throw checked.reason;
}

/** After `requireSessionToken`: one credential submit (or connection attempt) counted against its session. */
export function limitSubmits() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const limits = c.get('rateLimits');
    await limits.consume(c, 'submits', `session:${c.get('hub').session.id}`);
    await next();
  });
}

/**
 * For pages that take the session token in the query (the OAuth popup's start URL): refused while the
 * address is over its token-failure limit, and a 401 page counts one failure.
 */
export function limitSessionFailuresOnPage() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const limits = c.get('rateLimits');
    if (!limits.isOn('sessionFailures') || !c.req.query('token')) return next();
    const address = limits.addressOf(c);
    await limits.refuseIfOver(c, 'sessionFailures', address);
    await next();
    if (c.res.status === 401) await limits.recordFailure('sessionFailures', address);
  });
}
