import type { Context } from 'hono';
import type { ApiErrorBody, ErrorCode } from '../../contract/errors.js';
import type { Logger } from '../deps.js';
import { ApiError, type ApiErrorDetails } from '../errors.js';

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

/**
 * Where an unexpected error was thrown, and its code (`SQLITE_BUSY`, `ERR_INVALID_CHAR`): never its message,
 * which can quote request data (`Headers.set: "SSWS <secret>" is an invalid header value`).
 */
export function describeUnexpected(error: Error): string {
  const code = (error as { code?: unknown }).code;
  const frame = error.stack?.split('\n').find((line) => /^\s+at /.test(line) && !line.includes('node_modules'));
  const where = frame?.match(/\(?((?:file:\/\/)?[^\s()]+:\d+:\d+)\)?$/)?.[1]?.replace(/^.*\/(src\/)/, '$1');
  return [error.name, typeof code === 'string' && /^[\w.-]{1,40}$/.test(code) ? code : undefined, where ? `at ${where}` : undefined].filter(Boolean).join(' ');
}

/** `onError`: expected errors keep their status; anything else is a 500 that leaks nothing. */
export function errorHandler(clock: () => Date, logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof ApiError) {
      if (error.status >= 500) logger.error(`${c.req.method} ${c.req.path}: ${error.code}: ${error.message}`);
      // A body cut off unread leaves bytes on the connection: close it, or the next request on it is garbled.
      if (error.status === 413) c.header('connection', 'close');
      return c.json(errorBody(error.status, error.code, error.message, error.details, clock()), error.status);
    }
    // Error logs never carry request data: no message, no values; the name, code and place are enough to find it.
    logger.error(`unhandled error on ${c.req.method} ${c.req.routePath}: ${describeUnexpected(error)}`);
    return c.json(errorBody(500, 'internal', 'Internal server error', {}, clock()), 500);
  };
}

export function notFoundHandler(clock: () => Date) {
  return (c: Context) =>
    c.json(errorBody(404, 'not_found', `No route for ${c.req.method} ${c.req.path}`, {}, clock()), 404);
}
