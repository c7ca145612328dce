import { createHash, randomBytes } from 'node:crypto';

export { TOKEN_PREFIX } from '../../contract/wire.js';

/** 256 bits of randomness, base64url: for API keys and session tokens. */
export function secretToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** A URL-safe random id (128 bits): ids are unguessable but not credentials. */
export function randomId(prefix: string): string {
  return prefix + randomBytes(16).toString('base64url');
}

/** Lookup hash of a key or token: only this is stored. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
