import * as z from 'zod/mini';
import { WEBHOOK_EVENTS } from './webhooks.js';

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** A project's receivers are plain http(s) URLs; anything else (file:, javascript:, ftp:) is refused. */
const EndpointUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).check(z.maxLength(2048));
const EventFilter = z.array(z.enum(WEBHOOK_EVENTS)).check(z.minLength(1, 'name at least one event'));
const Description = z.nullable(z.string().check(z.maxLength(255)));

/** `POST /webhooks`: events default to every account event; enabled defaults to true. */
export const WebhookEndpointCreate = z.object({
  url: EndpointUrl,
  events: z.optional(EventFilter),
  description: z.optional(Description),
  enabled: z.optional(z.boolean()),
});
export type WebhookEndpointCreate = z.infer<typeof WebhookEndpointCreate>;

/** `PATCH /webhooks/{id}`: every key optional. Disabling cancels the endpoint's pending deliveries. */
export const WebhookEndpointUpdate = z.object({
  url: z.optional(EndpointUrl),
  events: z.optional(EventFilter),
  description: z.optional(Description),
  enabled: z.optional(z.boolean()),
});
export type WebhookEndpointUpdate = z.infer<typeof WebhookEndpointUpdate>;

/** `POST /webhooks/{id}/rotate`: how long the previous secret keeps signing beside the new one (default 24 h). */
export const WebhookSecretRotate = z.object({
  overlap_seconds: z.optional(z.number().check(z.int(), z.gte(0), z.lte(7 * 86_400))),
});
export type WebhookSecretRotate = z.infer<typeof WebhookSecretRotate>;

/**
 * `POST /webhooks/{id}/test`: which event's shape the test delivery has (default account.created). Its account
 * fields are made up (account_id `test_account`, provider `test`); it is signed, logged and retried like any other.
 */
export const WebhookTestRequest = z.strictObject({
  event: z.optional(z.enum(WEBHOOK_EVENTS)),
});
export type WebhookTestRequest = z.infer<typeof WebhookTestRequest>;

/** An endpoint as listed: never its secret. */
export const WebhookEndpoint = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  enabled: z.boolean(),
  description: z.nullable(z.string()),
  /** Until when the previous secret still signs (after a rotation), else null. */
  previous_secret_expires_at: z.nullable(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const WebhookEndpointList = z.array(WebhookEndpoint);
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>;

/** Create and rotate answers: the only time the signing secret (`whsec_…`, Standard Webhooks format) is shown. */
export const WebhookEndpointWithSecret = z.object({
  ...WebhookEndpoint.shape,
  secret: z.string(),
});
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecret>;

/** One row of the delivery log. `id` is the `webhook-id` header, the same on every attempt. */
export const WebhookDelivery = z.object({
  id: z.string(),
  endpoint_id: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  /** Null for an event about a session (`connect_session.*`). */
  account_id: z.nullable(z.string()),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number(),
  last_status_code: z.nullable(z.number()),
  last_error: z.nullable(z.string()),
  last_attempt_at: z.nullable(z.string()),
  next_attempt_at: z.nullable(z.string()),
  delivered_at: z.nullable(z.string()),
  created_at: z.string(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryList = z.array(WebhookDelivery);
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;

const IsoDateTime = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time with a zone, e.g. 2026-12-01T00:00:00Z' });
export const MAX_REDELIVERY_BATCH = 10_000;
export const DEFAULT_REDELIVERY_BATCH = 1_000;

/**
 * `POST /webhooks/deliveries/redeliver`: re-queue many deliveries at once (same webhook-ids, a fresh retry
 * schedule), e.g. after a receiver outage outlasted the retry window. Every filter narrows: the endpoint,
 * the statuses (default `failed`), the delivery creation time range (`from`/`to`, inclusive); oldest first, at
 * most `limit`. Unknown keys are refused, so a misspelt filter never widens the batch.
 */
export const WebhookRedeliveryRequest = z.strictObject({
  endpoint_id: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  status: z.optional(z.array(z.enum(WEBHOOK_DELIVERY_STATUSES)).check(z.minLength(1, 'name at least one status'))),
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
  limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_REDELIVERY_BATCH))),
});
export type WebhookRedeliveryRequest = z.infer<typeof WebhookRedeliveryRequest>;

/** What a bulk redelivery did. A delivery whose attempt is in flight is not re-queued (it would be sent twice). */
export const WebhookRedeliveryResult = z.object({
  /** How many were re-queued: they go out now. */
  queued: z.number(),
  delivery_ids: z.array(z.string()),
  /** Matched but being sent right now: left alone. */
  in_flight: z.array(z.string()),
  /** More deliveries match than `limit`: run it again for the next batch. */
  has_more: z.boolean(),
});
export type WebhookRedeliveryResult = z.infer<typeof WebhookRedeliveryResult>;

/** `GET /webhooks/stats`: one row per endpoint of the project that has deliveries, from one query. */
export const WebhookEndpointStats = z.object({
  endpoint_id: z.string(),
  /** Every delivery in the log (test deliveries included). */
  deliveries: z.number(),
  failed: z.number(),
  last_delivery: z.nullable(z.object({ id: z.string(), status: z.enum(WEBHOOK_DELIVERY_STATUSES), created_at: z.string() })),
});
export type WebhookEndpointStats = z.infer<typeof WebhookEndpointStats>;

export const WebhookEndpointStatsList = z.array(WebhookEndpointStats);
export type WebhookEndpointStatsList = z.infer<typeof WebhookEndpointStatsList>;
