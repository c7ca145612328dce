import * as z from 'zod/mini';
import { SessionParameters } from './links.js';

export const ACCOUNT_WEBHOOK_EVENTS = ['account.created', 'account.updated', 'account.deleted'] as const;
/** About a connect session (issue 17 §1): a renewal was asked for on an expired link, or a renewable link renewed itself. */
export const SESSION_WEBHOOK_EVENTS = ['connect_session.renewal_requested', 'connect_session.renewed'] as const;
export const WEBHOOK_EVENTS = [...ACCOUNT_WEBHOOK_EVENTS, ...SESSION_WEBHOOK_EVENTS] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export type AccountWebhookEvent = (typeof ACCOUNT_WEBHOOK_EVENTS)[number];
export type SessionWebhookEvent = (typeof SESSION_WEBHOOK_EVENTS)[number];

/** Account lifecycle webhook payload (CONTRACT.md §8.6). Never carries secrets. */
export const AccountWebhookPayload = z.object({
  project_id: z.string(),
  event: z.enum(ACCOUNT_WEBHOOK_EVENTS),
  event_date: z.string(),
  record_type: z.literal('account'),
  record_id: z.string(),
  sent_at: z.string(),
  account_id: z.string(),
  provider: z.string(),
  origin_owner_id: z.optional(z.string()),
  origin_owner_name: z.optional(z.string()),
  origin_username: z.optional(z.nullable(z.string())),
  setup_information: z.optional(z.nullable(z.record(z.string(), z.string()))),
  /** Ours: the account's status after the change, with its reasons (`invalid`: why the provider refused it). */
  status: z.optional(z.string()),
  status_reasons: z.optional(z.array(z.object({ code: z.optional(z.string()), description: z.optional(z.string()), timestamp: z.string() }))),
  /** Ours: set while the credentials fail the health check; null once they work again. */
  first_failed_at: z.optional(z.nullable(z.string())),
});
export type AccountWebhookPayload = z.infer<typeof AccountWebhookPayload>;

/**
 * `connect_session.renewal_requested` (the end user pressed "Request a new link" on an expired link: send them a
 * fresh one with `session`'s parameters) and `connect_session.renewed` (a `renewable` link renewed itself:
 * `new_session` is the fresh one). CONTRACT.md §8.6.
 */
export const SessionWebhookPayload = z.object({
  project_id: z.string(),
  event: z.enum(SESSION_WEBHOOK_EVENTS),
  event_date: z.string(),
  record_type: z.literal('connect_session'),
  /** The expired session's id, as text. */
  record_id: z.string(),
  sent_at: z.string(),
  origin_owner_id: z.string(),
  origin_owner_name: z.string(),
  origin_username: z.nullable(z.string()),
  /** `connect_session.renewal_requested`: the request to mark done with `POST /renewal_requests/{id}/send`. */
  renewal_request_id: z.nullable(z.string()),
  session: z.object({ id: z.number(), expired_at: z.string(), parameters: SessionParameters }),
  new_session: z.nullable(z.object({ id: z.number(), expires_at: z.string(), renewal: z.number(), max_renewals: z.number() })),
});
export type SessionWebhookPayload = z.infer<typeof SessionWebhookPayload>;
