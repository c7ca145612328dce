import { createMiddleware } from 'hono/factory';
import { CATEGORIES } from '../../contract/categories.js';
import { Funnel, HubEventBatch, HubEventsAccepted } from '../../contract/analytics.js';
import { SESSION_TOKEN_HEADER } from '../../contract/wire.js';
import { ApiError } from '../errors.js';
import { requireApiKey, requireSessionToken } from '../http/auth.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import type { AppEnv } from '../http/env.js';
import { readBodyText } from '../http/json-body.js';
import { oneOfQuery, dateTimeQuery, idQuery } from './list-query.js';
import type { QueryParam } from '../http/query-params.js';
import { MAX_FUNNEL_DAYS, type AnalyticsService } from '../services/analytics.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';
import type { ProjectService } from '../services/projects.js';

/** 20 events of a few short words each fit many times over. */
const EVENTS_BODY_LIMIT_BYTES = 16 * 1024;
const DAY_MS = 86_400_000;

/**
 * The session token from the `x-hub-session-token` header, or, for a `navigator.sendBeacon` (which cannot set
 * headers and sends a `text/plain` body), from the body's `token`. The beacon's body is read here once and the
 * request rebuilt as the JSON request it stands for, so the token check (with its failure limit) and the body
 * parsing are the ones every hub route has. The token is never read from the URL: access logs and referrers
 * keep URLs.
 */
function sessionTokenFromHeaderOrBeacon(sessions: ConnectSessionService) {
  const fromHeader = requireSessionToken(sessions);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'POST' || c.req.header(SESSION_TOKEN_HEADER)) return fromHeader(c, next);
    const type = (c.req.header('content-type') ?? '').trim();
    if (!/^(text\/plain|application\/json)\b/i.test(type)) {
      throw new ApiError('unsupported_media_type', `Content-Type must be application/json, or text/plain from navigator.sendBeacon (got "${type || 'none'}")`);
    }
    const text = await readBodyText(c.req.raw, EVENTS_BODY_LIMIT_BYTES);
    let token: unknown;
    try {
      token = (JSON.parse(text) as { token?: unknown } | null)?.token;
    } catch {
      token = undefined;
    }
    const headers = new Headers(c.req.raw.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    if (typeof token === 'string' && token) {
      // A real token is visible ASCII (TOKEN_PREFIX + base64url); anything else could not even be a header value.
      if (!/^[\x21-\x7e]+$/.test(token)) throw new ApiError('unauthorized', 'Unknown connect session token');
      headers.set(SESSION_TOKEN_HEADER, token);
    }
    c.req.raw = new Request(c.req.raw.url, { method: 'POST', headers, body: text });
    return fromHeader(c, next);
  });
}

/** `POST /hub/events` (mounted under the hub routes, so CORS and the session rules are theirs). */
export function hubEventRoutes(analytics: AnalyticsService, sessions: ConnectSessionService) {
  return new DeclaredRoutes({ security: 'session', guard: sessionTokenFromHeaderOrBeacon(sessions), each: true, bodyLimitBytes: EVENTS_BODY_LIMIT_BYTES }).post(
    '/',
    {
      operationId: 'recordHubEvents',
      summary: "Ours: the hub's steps (opened, connector-selected, credentials-submitted, oauth-started, connected, failed, closed), batched",
      description:
        'A step name, a provider key, an error code and the browser time: nothing a person typed. The token goes in the ' +
        '`x-hub-session-token` header, or, from `navigator.sendBeacon` (a `text/plain` body, no headers), as `token` in the ' +
        'body; never in the URL. A session keeps at most 200 events; more are dropped (`accepted` says how many were kept).',
      tag: 'Hub',
      body: { schema: named({ HubEventBatch }) },
      responses: { 202: { description: 'Kept', body: named({ HubEventsAccepted }) } },
    },
    async (c, { body }) => c.json({ accepted: await analytics.record(c.get('hub'), body.events) }, 202),
  );
}

/** A provider key (the catalog's spelling), bounded. */
const providerQuery: QueryParam<string | undefined> = idQuery({ description: 'Only sessions created for this connector or that reported a step with it', maxLength: 100 });

/** `/analytics`: what the project's end users did with their links (API key). */
export function analyticsRoutes(analytics: AnalyticsService, projects: ProjectService) {
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(projects) }).get(
    '/funnel',
    {
      operationId: 'getFunnel',
      summary: 'Ours: how far the sessions created in [from, to] got — created, opened, selected, submitted, connected, failed — overall and per connector',
      description:
        'Counts sessions, not events: a session counts once per step it reached. `opened` means the hub ran in a browser ' +
        '(a mail scanner fetching the link counts nothing). `failed`: sessions with at least one failure, by reason (the ' +
        "hub's error code). Per connector, a session counts for each connector it was created for or reported a step with. " +
        '`days`: sessions created and connected per UTC day. Events go with their session when the session sweeper deletes it.',
      tag: 'Analytics',
      query: {
        from: dateTimeQuery({ description: 'Sessions created at or after (default: 30 days before `to`)' }),
        to: dateTimeQuery({ description: 'Sessions created at or before (default: now)' }),
        provider: providerQuery,
        category: oneOfQuery({ values: ['', ...CATEGORIES] as const, default: '', description: 'Only sessions for this category (created for it, or with a step naming one of its connectors)' }),
      },
      responses: { 200: { description: 'The funnel', body: named({ Funnel }) } },
    },
    async (c, { query }) => {
      const range = analytics.range(query);
      if (Date.parse(range.from) > Date.parse(range.to)) throw new ApiError('validation_failed', '`from` must not be after `to`', { field: 'from' });
      if (Date.parse(range.to) - Date.parse(range.from) > MAX_FUNNEL_DAYS * DAY_MS) {
        throw new ApiError('validation_failed', `the range may span at most ${MAX_FUNNEL_DAYS} days`, { field: 'from' });
      }
      return c.json(await analytics.funnel(c.get('project').id, { ...query, category: query.category || undefined }));
    },
  );
}
