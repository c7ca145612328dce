import type * as z from 'zod/mini';
import { ApiErrorBody } from '../contract/errors.js';
import { ConnectApiError } from './errors.js';

/** The server's error body when it sent one; a non-JSON body (a proxy page, say) gives undefined. */
export function readErrorBody(text: string): ApiErrorBody | undefined {
  try {
    const parsed = ApiErrorBody.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A 2xx body parsed with its contract schema; anything else is an `invalid_response` naming where. */
export function parseResponseBody<Schema extends z.ZodMiniType>(
  schema: Schema,
  { method, path, status, text }: { method: string; path: string; status: number; text: string },
): z.infer<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConnectApiError({ status, code: 'invalid_response', message: `${method} ${path}: the response is not JSON` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConnectApiError({
      status,
      code: 'invalid_response',
      message: `${method} ${path}: unexpected response${issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}`,
    });
  }
  return parsed.data;
}
