/** A failed call to the connect API, with the server's error body when it sent one (CONTRACT.md §0). */
export class ConnectApiError extends Error {
  override readonly name: string = 'ConnectApiError';
  /** HTTP status; 0 when the request never got a response. */
  readonly status: number;
  /** The contract's error code (`provider_rejected`, …) or one of ours: `network_error`, `invalid_response`, `session_expired`, `aborted`. */
  readonly code: string;
  /** The provider's raw response body, when the provider rejected the credentials. */
  readonly providerResponse?: string;
  /** The request field the server blamed. */
  readonly field?: string;
  /** A 429's `Retry-After`, in seconds. */
  readonly retryAfterSeconds?: number;

  constructor(init: { status: number; code: string; message: string; providerResponse?: string; field?: string; retryAfterSeconds?: number }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.providerResponse = init.providerResponse;
    this.field = init.field;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** 401/403: the session token is missing, unknown or expired. The hub shows the "link expired" view. */
export class SessionExpiredError extends ConnectApiError {
  override readonly name = 'SessionExpiredError';

  constructor(status: number, message: string) {
    super({ status, code: 'session_expired', message });
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
