// Free of zod, so the dashboard can list the statuses without bringing zod along; `accounts.ts` re-exports it.

/** The statuses an account can have (CONTRACT.md §8.4). */
export const ACCOUNT_STATUSES = ['active', 'inactive', 'suspended', 'archived', 'expired', 'error'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
