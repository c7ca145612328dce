import { ConnectApiError } from '../../client/errors.js';
import type { SubmitFailure } from '../connector-form/connector-form.js';

/** Every failure the hub shows or reports, from a request or from the OAuth wait: one shape, one path. */
export interface HubFailure extends SubmitFailure {
  /** The contract's error code, or ours (`session_expired`, `network_error`, `oauth_timeout`, …, `unexpected`). */
  code: string;
}

export function failureOf(error: unknown, fallback: string): HubFailure {
  if (error instanceof ConnectApiError) {
    return {
      code: error.code,
      message: error.message || fallback,
      providerResponse: error.providerResponse,
      field: error.field,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  return { code: 'unexpected', message: error instanceof Error ? error.message : fallback };
}
