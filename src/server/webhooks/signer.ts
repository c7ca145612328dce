import { createHmac, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { ID_PREFIX, WEBHOOK_HEADERS } from '../../contract/wire.js';

export const SIGNING_SECRET_PREFIX = ID_PREFIX.signingSecret;

/** Standard Webhooks format: `whsec_` + base64 of 32 random bytes. */
export function generateSigningSecret(): string {
  return SIGNING_SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The HMAC key a `whsec_` secret stands for: the base64-decoded bytes after the prefix. */
export function signingKeyBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SIGNING_SECRET_PREFIX) ? secret.slice(SIGNING_SECRET_PREFIX.length) : secret, 'base64');
}

/** `x-stackone-signature` (CONTRACT.md §8.6): base64url(HMAC-SHA256(key bytes of the secret, raw body)). */
export function stackOneSignature(secret: string, body: string): string {
  return createHmac('sha256', signingKeyBytes(secret)).update(body, 'utf8').digest('base64url');
}

export interface SignInput {
  /** The delivery id, sent as `webhook-id`. */
  id: string;
  timestamp: Date;
  body: string;
  /** The current secret first, then a rotated-out one still inside its overlap window. */
  secrets: readonly string[];
}

/** Both signature schemes: every live secret signs `webhook-signature`; the current one signs `x-stackone-signature`. */
export function signatureHeaders({ id, timestamp, body, secrets }: SignInput): Record<string, string> {
  return endpointSigner(secrets)(id, timestamp, body);
}

/**
 * `signatureHeaders` for one endpoint's secrets, their keys decoded once: the dispatcher makes one per endpoint
 * per claimed batch and signs each of its deliveries with it.
 */
export function endpointSigner(secrets: readonly string[]): (id: string, timestamp: Date, body: string) => Record<string, string> {
  const [current] = secrets;
  if (!current) throw new Error('an endpoint always has a signing secret');
  const signers = secrets.map((secret) => new Webhook(secret));
  const stackOneKey = signingKeyBytes(current);
  return (id, timestamp, body) => ({
    [WEBHOOK_HEADERS.id]: id,
    [WEBHOOK_HEADERS.timestamp]: String(Math.floor(timestamp.getTime() / 1000)),
    [WEBHOOK_HEADERS.signature]: signers.map((signer) => signer.sign(id, timestamp, body)).join(' '),
    [WEBHOOK_HEADERS.stackOneSignature]: createHmac('sha256', stackOneKey).update(body, 'utf8').digest('base64url'),
  });
}
