import * as z from 'zod/mini';

/** Message the OAuth landing page / standalone page posts to its opener (CONTRACT.md §6.3, §9). */
export const AccountConnectedMessage = z.object({
  type: z.literal('AccountConnected'),
  account: z.object({ id: z.string(), provider: z.string(), result_token: z.optional(z.string()) }),
});
export type AccountConnectedMessage = z.infer<typeof AccountConnectedMessage>;
