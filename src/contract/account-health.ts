import * as z from 'zod/mini';

/** Re-auth links default to 30 days, like the dashboard's links. */
export const DEFAULT_REAUTH_LINK_SECONDS = 30 * 86_400;

/** `POST /accounts/{id}/reauth_link` body (optional). */
export const ReauthLinkCreate = z.object({
  expires_in: z.optional(z.nullable(z.number().check(z.int(), z.positive('expires_in must be a positive number of seconds')))),
});
export type ReauthLinkCreate = z.infer<typeof ReauthLinkCreate>;

/** An auth link that opens the hub in edit mode for one account: the end user enters the credentials again. */
export const ReauthLink = z.object({
  account_id: z.string(),
  /** The connect session behind the link. */
  session_id: z.number(),
  token: z.string(),
  auth_link_url: z.string(),
  expires_at: z.string(),
});
export type ReauthLink = z.infer<typeof ReauthLink>;
