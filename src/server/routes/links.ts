import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import {
  HandoffClaim,
  HandoffClaimed,
  HandoffComplete,
  HandoffCreate,
  HandoffCreated,
  HandoffState,
  HubRenewalResult,
  RENEWAL_REQUEST_STATUSES,
  RenewalRequestList,
  RenewalSent,
} from '../../contract/links.js';
import { requireApiKey, requireSessionToken, requireSessionTokenForRenewal } from '../http/auth.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import type { Services } from '../services/index.js';
import { oneOfQuery } from './list-query.js';

/** The device a hand-off link is bound to (issue 17 §2): set by the claim, sent back only to the claim. */
export const HANDOFF_DEVICE_COOKIE = 'connect_hub_handoff_device';
const CLAIM_PATH = '/hub/handoffs/claim';

/** How often the live view reads the hand-off row (any server on the database sees the phone's completion). */
export const HANDOFF_POLL_MS = 400;
const HEARTBEAT_MS = 15_000;

/**
 * `/hub/renewal` and `/hub/handoffs*` (CONTRACT.md §8.8–§8.9), mounted under `/hub` after the hub routes (so
 * their CORS applies). The renewal route alone takes an expired token; the claim takes no token at all
 * (the hand-off link is its credential, the cookie its device).
 */
export function hubLinkRoutes(services: Services, bodyLimitBytes: number, options: { pollMs?: number } = {}) {
  const pollMs = options.pollMs ?? HANDOFF_POLL_MS;
  const renewal = new DeclaredRoutes({ security: 'session', guard: requireSessionTokenForRenewal(services.sessions), each: true, bodyLimitBytes }).post(
    '/renewal',
    {
      operationId: 'renewHubSession',
      summary: '"Request a new link" on an expired link: renews a renewable session, else tells the host (the one call an expired token may make)',
      tag: 'Hub',
      responses: { 200: { description: 'Renewed (a fresh token) or requested (the host was told)', body: named({ HubRenewalResult }) } },
      errors: { 409: 'The link has not expired' },
    },
    async (c) => c.json(await services.renewals.renewFromHub(c.get('renewal'))),
  );

  const session = new DeclaredRoutes({ security: 'session', guard: requireSessionToken(services.sessions), each: true, bodyLimitBytes })
    .post(
      '/handoffs',
      {
        operationId: 'createHandoff',
        summary: '"Continue on your phone": a 10-minute link for this session (and connector), with its QR code',
        tag: 'Hub',
        body: { schema: named({ HandoffCreate }) },
        responses: { 201: { description: 'The hand-off link and its QR code', body: named({ HandoffCreated }) } },
      },
      async (c, { body }) => c.json(await services.handoffs.create(c.get('hub'), body.provider), 201),
    )
    .post(
      '/handoffs/complete',
      {
        operationId: 'completeHandoff',
        summary: 'The phone linked the account (its hub succeeded): the other screen learns it',
        tag: 'Hub',
        body: { schema: named({ HandoffComplete }) },
        responses: { 204: { description: 'Recorded' } },
        errors: { 404: 'This session is not a hand-off' },
      },
      async (c, { body }) => {
        await services.handoffs.complete(c.get('hub'), body.account_id);
        return c.body(null, 204);
      },
    )
    .get(
      '/handoffs/:handoff_id',
      {
        operationId: 'getHandoff',
        summary: 'Where a hand-off is (the live view\'s polling fallback)',
        tag: 'Hub',
        params: { handoff_id: 'Hand-off id' },
        responses: { 200: { description: 'The hand-off', body: named({ HandoffState }) } },
        errors: { 404: 'No such hand-off for this session' },
      },
      async (c, { params }) => c.json(await services.handoffs.state(c.get('hub'), params.handoff_id)),
    )
    .get(
      '/handoffs/:handoff_id/events',
      {
        operationId: 'watchHandoff',
        summary: 'Server-Sent Events: a `state` event (HandoffState) at once and on every change, until completed or expired',
        tag: 'Hub',
        params: { handoff_id: 'Hand-off id' },
        responses: { 200: { description: 'text/event-stream of `state` events', body: { mediaType: 'text/event-stream', schema: { type: 'string' } } } },
        errors: { 404: 'No such hand-off for this session' },
      },
      async (c, { params }) => {
        const hub = c.get('hub');
        let state = await services.handoffs.state(hub, params.handoff_id);
        // A stream must not wait for a compressor to see its end (http/compression.ts passes encoded answers untouched).
        c.header('content-encoding', 'identity');
        c.header('cache-control', 'no-store');
        return streamSSE(c, async (stream) => {
          let sent = '';
          let quietSince = Date.now();
          while (!stream.aborted) {
            const text = JSON.stringify(state);
            if (text !== sent) {
              await stream.writeSSE({ event: 'state', data: text });
              sent = text;
              quietSince = Date.now();
            } else if (Date.now() - quietSince > HEARTBEAT_MS) {
              await stream.write(': still here\n\n');
              quietSince = Date.now();
            }
            if (state.status === 'completed' || state.status === 'expired') break;
            await stream.sleep(pollMs);
            state = await services.handoffs.state(hub, params.handoff_id);
          }
        });
      },
    );

  const claim = new DeclaredRoutes({ security: 'none', bodyLimitBytes }).post(
    '/handoffs/claim',
    {
      operationId: 'claimHandoff',
      summary: 'The hand-off page\'s first call: binds the link to this device (a cookie) and returns the phone\'s session token',
      description: 'Opening the link (a GET) changes nothing, so a mail scanner cannot use it up; this call does. A second device gets 409.',
      tag: 'Hub',
      body: { schema: named({ HandoffClaim }) },
      responses: { 200: { description: 'The phone\'s session token', body: named({ HandoffClaimed }) } },
      errors: { 409: 'The link is in use on another device, or was used', 401: 'Unknown or expired hand-off link' },
    },
    async (c, { body }) => {
      const claimed = await services.handoffs.claim(body.handoff, getCookie(c, HANDOFF_DEVICE_COOKIE));
      setDeviceCookie(c, claimed.device);
      return c.json({ token: claimed.token, provider: claimed.provider } satisfies HandoffClaimed);
    },
  );
  return [renewal, session, claim].map((routes) => routes.app);
}

function setDeviceCookie(c: Context, device: string): void {
  setCookie(c, HANDOFF_DEVICE_COOKIE, device, {
    path: CLAIM_PATH,
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: 24 * 3600,
  });
}

/** `/renewal_requests` (API key): the dashboard's list of "Request a new link" presses, and "Send new link". */
export function renewalRequestRoutes(services: Services, bodyLimitBytes: number) {
  const project = (c: Context) => c.get('project');
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(services.projects), bodyLimitBytes })
    .get(
      '/',
      {
        operationId: 'listRenewalRequests',
        summary: 'Renewal requests from expired links, newest first (open ones by default)',
        tag: 'Connect sessions',
        query: { status: oneOfQuery({ values: [...RENEWAL_REQUEST_STATUSES, 'all'] as const, default: 'open', description: 'open (default), done or all' }) },
        responses: { 200: { description: 'The requests (at most 100)', body: named({ RenewalRequestList }) } },
      },
      async (c, { query }) => c.json(await services.renewals.list(project(c), query.status === 'all' ? undefined : (query.status as 'open' | 'done'))),
    )
    .post(
      '/:id/send',
      {
        operationId: 'sendRenewal',
        summary: '"Send new link": a fresh session with the expired one\'s parameters; the request is then done',
        tag: 'Connect sessions',
        params: { id: 'Renewal request id' },
        responses: { 201: { description: 'The new session (token and auth link) and the request, done', body: named({ RenewalSent }) } },
        errors: { 404: 'No such request in this project', 409: 'The request was already answered' },
      },
      async (c, { params }) => c.json(await services.renewals.send(project(c), params.id), 201),
    ).app;
}
