// Free of zod, so the dashboard can list the statuses without bringing zod along; `accounts.ts` re-exports it.

/**
 * The statuses an account can have (CONTRACT.md §8.4); ours adds `invalid`: the health check found the stored
 * credentials refused by the provider (401/403), until they work again.
 */
export const ACCOUNT_STATUSES = ['active', 'inactive', 'suspended', 'archived', 'expired', 'error', 'invalid'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
