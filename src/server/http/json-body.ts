import type { Context } from 'hono';
import { ApiError } from './api-error.js';

function tooLarge(limit: number): ApiError {
  return new ApiError('payload_too_large', `Request body is larger than the ${limit}-byte limit`);
}

/**
 * Reads a JSON request body with the size limit enforced twice: on the declared Content-Length and on
 * the bytes actually read (a chunked body has no length to trust).
 */
export async function readJsonBody(c: Context, limitBytes: number): Promise<unknown> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType.trim())) {
    throw new ApiError('unsupported_media_type', `Content-Type must be application/json (got "${contentType || 'none'}")`);
  }
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);

  const stream = c.req.raw.body;
  if (!stream) throw new ApiError('invalid_json', 'Request body is empty; expected a JSON object');
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new ApiError('invalid_json', 'Request body is empty; expected a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('invalid_json', `Request body is not valid JSON: ${(error as Error).message}`);
  }
}
