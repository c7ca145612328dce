import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from '../../contract/errors.js';
import type { Logger } from '../deps.js';

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

export function errorBody(status: number, code: ErrorCode, message: string, details: ApiErrorDetails, now: Date): ApiErrorBody {
  return {
    statusCode: status,
    message,
    code,
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.provider_response === undefined ? {} : { provider_response: details.provider_response }),
    timestamp: now.toISOString(),
  };
}

/** `onError`: expected errors keep their status; anything else is a 500 that leaks nothing. */
export function errorHandler(clock: () => Date, logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof ApiError) {
      if (error.status >= 500) logger.error(`${c.req.method} ${c.req.path}: ${error.code}: ${error.message}`);
      return c.json(errorBody(error.status, error.code, error.message, error.details, clock()), error.status);
    }
    // Only the name and first line: a message from a driver can quote values, the stack never helps users.
    logger.error(`unhandled ${error.name} on ${c.req.method} ${c.req.path}: ${String(error.message).split('\n')[0]?.slice(0, 200)}`);
    return c.json(errorBody(500, 'internal', 'Internal server error', {}, clock()), 500);
  };
}

export function notFoundHandler(clock: () => Date) {
  return (c: Context) =>
    c.json(errorBody(404, 'not_found', `No route for ${c.req.method} ${c.req.path}`, {}, clock()), 404);
}
