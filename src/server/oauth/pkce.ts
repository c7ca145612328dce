import { createHash, randomBytes } from 'node:crypto';

/** The `state` sent to the provider: 256 random bits; only its sha256 is stored. */
export function newState(): string {
  return randomBytes(32).toString('base64url');
}

/** RFC 7636 S256: a 43-character verifier and its challenge. */
export function newPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier, 'ascii').digest('base64url') };
}
