import { createMiddleware } from 'hono/factory';
import type { ConnectSessionService } from '../services/connect-sessions.js';
import type { ProjectService } from '../services/projects.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';

export const SESSION_TOKEN_HEADER = 'x-hub-session-token';

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
    const project = await projects.projectForApiKey(key);
    if (!project) throw new ApiError('unauthorized', 'Unknown API key');
    c.set('project', project);
    await next();
  });
}

export function requireSessionToken(sessions: ConnectSessionService) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('hub', await sessions.authenticate(c.req.header(SESSION_TOKEN_HEADER)));
    await next();
  });
}
