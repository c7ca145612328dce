import * as z from 'zod/mini';
import { SHORT_TEXT, TOKEN_TEXT } from './limits.js';

export * from './hub-responses.js';
export * from './opener-message.js';

/** Credential values: flat string map with URL-safe keys (CONTRACT.md §5). */
export const Credentials = z.record(
  z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,100}$/, 'credential keys are letters, digits, _ . - only')),
  z.string().check(z.maxLength(10_000)),
);
export type Credentials = z.infer<typeof Credentials>;

/** E5 body (create) and E6 body (partial merge). */
export const HubAccountWrite = z.object({
  integration_id: z.string().check(z.minLength(1), z.maxLength(SHORT_TEXT)),
  credentials: Credentials,
});
export type HubAccountWrite = z.infer<typeof HubAccountWrite>;

export const ConnectionAttemptCreate = z.object({ token: z.optional(z.string().check(z.maxLength(TOKEN_TEXT))) });
