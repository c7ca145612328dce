// Names a browser, a host's backend or a webhook receiver must spell exactly as the server does.

/** Prefixes say what a string is when it turns up in a log or a support ticket. */
export const TOKEN_PREFIX = {
  apiKey: 'chk_',
  sessionToken: 'chs_',
  account: 'acc_',
  project: 'prj_',
  organization: 'org_',
  /** The secret of a hand-off link (only its hash is stored). */
  handoffToken: 'chh_',
} as const;

/** Prefixes of the ids and secrets the OAuth flow and the webhooks hand out. */
export const ID_PREFIX = {
  connectionAttempt: 'cat_',
  webhookEndpoint: 'whe_',
  /** Also the `webhook-id` of a delivery. */
  webhookDelivery: 'msg_',
  /** Standard Webhooks signing secret: the base64 of its key bytes follows. */
  signingSecret: 'whsec_',
  /** "Request a new link" on an expired link (issue 17 §1). */
  renewalRequest: 'rnr_',
  /** A hand-off of a session to a phone (issue 17 §2): the id the desktop watches. */
  handoff: 'hof_',
} as const;

/** The hub's connect session token (CONTRACT.md §E). */
export const SESSION_TOKEN_HEADER = 'x-hub-session-token';
export const HUB_VERSION_HEADER = 'x-hub-version';

/** Headers of a webhook delivery: Standard Webhooks, and the StackOne-compatible signature (CONTRACT.md §8.6). */
export const WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
  stackOneSignature: 'x-stackone-signature',
} as const;

/** The OAuth popup's landing page on this server: a flow started from the hub ends here. */
export const OAUTH_LANDING_PATH = '/embedded/accounts/callback';
