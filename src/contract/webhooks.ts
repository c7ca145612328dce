import * as z from 'zod/mini';

export const WEBHOOK_EVENTS = ['account.created', 'account.updated', 'account.deleted'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Account lifecycle webhook payload (CONTRACT.md §8.6). Never carries secrets. */
export const AccountWebhookPayload = z.object({
  project_id: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
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
