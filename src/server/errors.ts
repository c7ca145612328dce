import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_STATUS, type ErrorCode } from '../contract/errors.js';

// The error vocabulary every layer throws (services, stores, OAuth, webhooks) and the HTTP layer renders:
// it lives outside `http/` so nothing below the routes imports from the HTTP layer.

export interface ApiErrorDetails {
  field?: string;
  provider_response?: string;
}

/** The one error the server throws on purpose; its code decides the HTTP status. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ContentfulStatusCode;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}
