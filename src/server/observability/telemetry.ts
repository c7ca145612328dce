// What the server tells its operator about, as events: the places that know (the dispatcher, the credential
// check, the OAuth callback, the rate limits) call these, and `/metrics` counts them. No event carries a
// credential, a token or an end user's data: providers are catalog keys, reasons are error codes.

export type DeliveryOutcome = 'delivered' | 'retry_scheduled' | 'failed';

export interface Telemetry {
  /** One delivery attempt ended. */
  deliveryAttempted(outcome: DeliveryOutcome): void;
  /** An end user's attempt to link `provider` failed; `reason` is the API error code (`invalid_credentials`, …). */
  connectionFailed(provider: string, reason: string): void;
  /** A request was refused by a brute-force limit (`api_key`, `session_token`, `credential_submit`). */
  rateLimited(limit: string): void;
}

export const NO_TELEMETRY: Telemetry = {
  deliveryAttempted: () => {},
  connectionFailed: () => {},
  rateLimited: () => {},
};
