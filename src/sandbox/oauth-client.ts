/**
 * The OAuth app Connect Hub registers at its own sandbox OAuth provider. Kept apart from the provider
 * module so the server can read these without loading the provider's HTTP stack.
 */
export const SANDBOX_OAUTH_PROVIDER = 'sandbox_crm';
export const SANDBOX_OAUTH_CLIENT_ID = 'connect-hub-sandbox';
export const SANDBOX_OAUTH_CLIENT_SECRET = 'sandbox_client_secret';

/** What the sandbox's pretend consent step answers, chosen in the `outcome` field of `sandbox_crm`. */
export const SANDBOX_OAUTH_OUTCOMES = ['approve', 'approve_short', 'deny'] as const;
export type SandboxOAuthOutcome = (typeof SANDBOX_OAUTH_OUTCOMES)[number];

/**
 * Access-token lifetime of the `approve_short` outcome: one second, so that the next read (half a second on, by the
 * refresh margin of min(60 s, half the lifetime)) refreshes it.
 */
export const SANDBOX_SHORT_TOKEN_SECONDS = 1;
