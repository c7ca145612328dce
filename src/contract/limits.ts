import * as z from 'zod/mini';

/** Bounds on what a client may store: each is said in the OpenAPI document through the schema. */
export const METADATA_MAX_BYTES = 8 * 1024;
export const METADATA_MAX_DEPTH = 5;
export const METADATA_MAX_KEY_LENGTH = 100;
/** A short name or id: owner ids, provider keys, labels. */
export const SHORT_TEXT = 255;
/** A token as a client may send it (ours are 68 characters). */
export const TOKEN_TEXT = 512;

function depthWithin(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) return false;
    for (const item of Object.values(value)) stack.push([item, depth + 1]);
  }
  return true;
}

/** The host's own data kept with a session or account, given back as it was sent. */
export const Metadata = z.record(z.string().check(z.maxLength(METADATA_MAX_KEY_LENGTH)), z.unknown()).check(
  z.refine((value) => depthWithin(value, METADATA_MAX_DEPTH), `metadata: nested deeper than ${METADATA_MAX_DEPTH} levels`),
  // Measured only once the depth is known to be small: JSON.stringify of a very deep value overflows the stack.
  z.refine((value) => !depthWithin(value, METADATA_MAX_DEPTH) || new TextEncoder().encode(JSON.stringify(value)).length <= METADATA_MAX_BYTES, `metadata: larger than ${METADATA_MAX_BYTES} bytes of JSON`),
  z.describe(`The host's own JSON object: at most ${METADATA_MAX_BYTES} bytes as JSON, nested at most ${METADATA_MAX_DEPTH} levels, keys of at most ${METADATA_MAX_KEY_LENGTH} characters.`),
);
