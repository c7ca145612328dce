import * as z from 'zod/mini';
import { ConnectSessionTokenAuthLink } from './connect-sessions.js';

/*
 * Links that never strand anyone (issue 17 §1–§2): renewal of an expired link, and the hand-off of a
 * session to a phone. CONTRACT.md §8.8–§8.9.
 */

/** What a renewal keeps of the expired session: everything `POST /connect_sessions` was given but its lifetime. */
export const SessionParameters = z.object({
  origin_owner_id: z.string(),
  origin_owner_name: z.string(),
  origin_username: z.nullable(z.string()),
  provider: z.nullable(z.string()),
  categories: z.nullable(z.array(z.string())),
  account_id: z.nullable(z.string()),
  label: z.nullable(z.string()),
  metadata: z.nullable(z.record(z.string(), z.unknown())),
  multiple: z.boolean(),
  type: z.nullable(z.string()),
  connector_profile_id: z.nullable(z.string()),
  locale: z.nullable(z.string()),
  renewable: z.boolean(),
  /** The expired session's lifetime in seconds: a renewal lasts as long. */
  expires_in: z.number(),
});
export type SessionParameters = z.infer<typeof SessionParameters>;

/**
 * `POST /hub/renewal` (the expired link's "Request a new link"; the only call an expired token may make).
 * `requested`: the host was told (`connect_session.renewal_requested`); `renewed`: the session was renewable,
 * here is its fresh token (`connect_session.renewed` told the host).
 */
export const HubRenewalResult = z.object({
  outcome: z.enum(['requested', 'renewed']),
  project_name: z.string(),
  token: z.optional(z.string()),
  expires_at: z.optional(z.string()),
});
export type HubRenewalResult = z.infer<typeof HubRenewalResult>;

export const RENEWAL_REQUEST_STATUSES = ['open', 'done'] as const;

/** `GET /renewal_requests`: one press of "Request a new link". */
export const RenewalRequest = z.object({
  id: z.string(),
  status: z.enum(RENEWAL_REQUEST_STATUSES),
  session_id: z.number(),
  origin_owner_id: z.string(),
  origin_owner_name: z.string(),
  origin_username: z.nullable(z.string()),
  parameters: SessionParameters,
  new_session_id: z.nullable(z.number()),
  created_at: z.string(),
  done_at: z.nullable(z.string()),
});
export type RenewalRequest = z.infer<typeof RenewalRequest>;

export const RenewalRequestList = z.object({ data: z.array(RenewalRequest) });
export type RenewalRequestList = z.infer<typeof RenewalRequestList>;

/** `POST /renewal_requests/{id}/send`: the new session (with its link) and the request, now done. */
export const RenewalSent = z.object({
  request: RenewalRequest,
  session: ConnectSessionTokenAuthLink,
});
export type RenewalSent = z.infer<typeof RenewalSent>;

/** `POST /hub/handoffs` body: the connector the desktop had open, if any. */
export const HandoffCreate = z.object({ provider: z.optional(z.nullable(z.string().check(z.maxLength(100)))) });
export type HandoffCreate = z.infer<typeof HandoffCreate>;

export const HANDOFF_STATUSES = ['waiting', 'opened', 'completed', 'expired'] as const;

/** Where a hand-off is: `opened` once a phone claimed it; `completed` names the account the phone linked. */
export const HandoffState = z.object({
  id: z.string(),
  status: z.enum(HANDOFF_STATUSES),
  expires_at: z.string(),
  account: z.optional(z.nullable(z.object({ id: z.string(), provider: z.string(), result_token: z.optional(z.string()) }))),
});
export type HandoffState = z.infer<typeof HandoffState>;

/** `POST /hub/handoffs` → 201: the link for the phone, and its QR code (an SVG data URL, drawn by the server). */
export const HandoffCreated = z.object({
  ...HandoffState.shape,
  url: z.string(),
  qr_svg: z.string(),
});
export type HandoffCreated = z.infer<typeof HandoffCreated>;

/** `POST /hub/handoffs/claim` body: the hand-off link's token (the device is its cookie). */
export const HandoffClaim = z.object({ handoff: z.string().check(z.minLength(1), z.maxLength(200)) });
export type HandoffClaim = z.infer<typeof HandoffClaim>;

/** The phone's session token for the hand-off it claimed. */
export const HandoffClaimed = z.object({ token: z.string(), provider: z.nullable(z.string()) });
export type HandoffClaimed = z.infer<typeof HandoffClaimed>;

/** `POST /hub/handoffs/complete` body (phone session token): the account the phone just linked. */
export const HandoffComplete = z.object({ account_id: z.string().check(z.minLength(1), z.maxLength(255)) });
export type HandoffComplete = z.infer<typeof HandoffComplete>;
