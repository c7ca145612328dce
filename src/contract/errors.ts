import * as z from 'zod/mini';

/**
 * Every non-2xx response body. `statusCode` must be numeric and `message` /
 * `provider_response` must be strings: the StackOne client reads them as such (CONTRACT.md §2.2).
 */
export const ApiErrorBody = z.object({
  statusCode: z.number(),
  message: z.string(),
  code: z.optional(z.string()),
  field: z.optional(z.string()),
  provider_response: z.optional(z.string()),
  timestamp: z.string(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** One vocabulary of error codes for server and client; each maps to one HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  token_expired: 401,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  provider_rejected: 422,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  provider_unreachable: 502,
  unavailable: 503,
  /** The database cannot be written or reached (disk full, read-only, damaged, locked, PostgreSQL gone). */
  storage_unavailable: 503,
  provider_timeout: 504,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
