/** Why a launch ended without an account. */
export type LaunchFailureReason = 'closed' | 'expired' | 'blocked' | 'error';

/**
 * The rejection of `openConnectHub()`: `reason` says what happened, so a host can branch without parsing
 * messages. `closed`: the user dismissed the dialog or window; `expired`: the session token is unknown or
 * expired; `blocked`: the browser blocked the popup; `error`: anything else (the token URL failed, …).
 */
export class ConnectHubLaunchError extends Error {
  override readonly name = 'ConnectHubLaunchError';
  readonly reason: LaunchFailureReason;

  constructor(reason: LaunchFailureReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}
