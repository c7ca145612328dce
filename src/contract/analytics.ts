import * as z from 'zod/mini';

/**
 * The hub's steps, as the host page sees them (`connect-hub:event`) and as the server keeps them
 * (`POST /hub/events`). Nothing else is ever sent: no field value, no name, no e-mail, no account id.
 */
export const HUB_EVENT_NAMES = ['opened', 'connector-selected', 'back', 'credentials-submitted', 'oauth-started', 'connected', 'failed', 'closed'] as const;
export type HubEventName = (typeof HUB_EVENT_NAMES)[number];

/** Most events one `POST /hub/events` carries, and most a session may store (the rest are dropped, not refused). */
export const MAX_HUB_EVENTS_PER_POST = 20;
export const MAX_HUB_EVENTS_PER_SESSION = 200;

/** A provider key or an error code: short, URL-safe words (never free text a person typed). */
const Word = z.string().check(z.regex(/^[a-z0-9][a-z0-9_.-]{0,99}$/i, 'must be a provider key or error code (letters, digits, _ . -)'));

export const HubEventInput = z.strictObject({
  name: z.enum(HUB_EVENT_NAMES),
  provider: z.optional(Word),
  error_code: z.optional(Word),
  /** When it happened in the browser (ISO); kept for order only, the server's clock decides the time. */
  at: z.optional(z.string().check(z.maxLength(40))),
});
export type HubEventInput = z.infer<typeof HubEventInput>;

/**
 * `POST /hub/events`. The session token goes in the `x-hub-session-token` header; `navigator.sendBeacon` cannot
 * set headers, so a beacon (a `text/plain` body) carries it as `token` in the body instead (never in the URL,
 * where access logs and referrers would keep it).
 */
export const HubEventBatch = z.strictObject({
  events: z.array(HubEventInput).check(z.minLength(1), z.maxLength(MAX_HUB_EVENTS_PER_POST)),
  token: z.optional(z.string().check(z.maxLength(200))),
});
export type HubEventBatch = z.infer<typeof HubEventBatch>;

export const HubEventsAccepted = z.object({
  /** How many were kept (a session's events beyond MAX_HUB_EVENTS_PER_SESSION are dropped). */
  accepted: z.number(),
});
export type HubEventsAccepted = z.infer<typeof HubEventsAccepted>;

/** The funnel's steps, each a count of sessions (not events). */
export const FUNNEL_STEPS = ['created', 'opened', 'selected', 'submitted', 'connected', 'failed'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** A count of sessions (the dashboard checks this shape in the browser, where only plain types are checked). */
const Count = z.number();
/** A share from 0 to 1 (four decimals), or null when the step before counts no session. */
const Rate = z.nullable(z.number());

export const FunnelSteps = z.object({
  created: Count,
  opened: Count,
  selected: Count,
  submitted: Count,
  connected: Count,
  failed: Count,
});
export type FunnelSteps = z.infer<typeof FunnelSteps>;

export const FunnelConversion = z.object({
  created_to_opened: Rate,
  opened_to_selected: Rate,
  selected_to_submitted: Rate,
  submitted_to_connected: Rate,
  /** The whole way: of the sessions opened, how many connected. */
  opened_to_connected: Rate,
});
export type FunnelConversion = z.infer<typeof FunnelConversion>;

export const FunnelFailure = z.object({
  /** The error code the hub reported (`provider_rejected`, `oauth_error`, `session_expired`, …). */
  reason: z.string(),
  /** Sessions that failed for this reason at least once. */
  sessions: Count,
});
export type FunnelFailure = z.infer<typeof FunnelFailure>;

export const FunnelConnector = z.object({
  provider: z.string(),
  steps: FunnelSteps,
  conversion: FunnelConversion,
  failures: z.array(FunnelFailure),
});
export type FunnelConnector = z.infer<typeof FunnelConnector>;

export const FunnelDay = z.object({
  /** UTC day, `YYYY-MM-DD`. */
  date: z.string(),
  created: Count,
  connected: Count,
});
export type FunnelDay = z.infer<typeof FunnelDay>;

/**
 * `GET /analytics/funnel`: sessions created in [from, to], and how far each got. A session counts once per
 * step however many events it sent; `failed` counts sessions with at least one failure (some connect after).
 * Per connector, a session counts for every connector it was created for or reported a step with.
 */
export const Funnel = z.object({
  from: z.string(),
  to: z.string(),
  steps: FunnelSteps,
  conversion: FunnelConversion,
  failures: z.array(FunnelFailure),
  connectors: z.array(FunnelConnector),
  /** Sessions created and sessions connected per UTC day of the range (days without either are left out). */
  days: z.array(FunnelDay),
});
export type Funnel = z.infer<typeof Funnel>;
