import type { AccountConnectedMessage } from '../contract/opener-message.js';

type MessageTarget = Pick<Window, 'postMessage'>;

/**
 * The origins we may post to: exact `scheme://host[:port]` origins only. `*`, paths and anything that
 * does not round-trip through `URL` are dropped, so a sloppy allow-list can never widen the audience.
 */
export function exactOrigins(allowedOrigins: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const candidate of allowedOrigins) {
    const trimmed = candidate.trim().replace(/\/$/, '');
    if (!/^https?:\/\//i.test(trimmed)) continue;
    try {
      const origin = new URL(trimmed).origin;
      if (origin === trimmed.toLowerCase() || origin === trimmed) origins.add(origin);
    } catch {
      // not a URL: skip it
    }
  }
  return [...origins];
}

/**
 * Tells the window that opened the auth link which account was connected: one `postMessage` per allowed
 * origin with that origin as the explicit target, so the browser delivers it only if the opener really is
 * there. Never `'*'`; nothing when the project allows no origin. Returns the origins posted to.
 */
export function postAccountConnected(
  opener: MessageTarget | null,
  allowedOrigins: readonly string[],
  account: AccountConnectedMessage['account'],
): string[] {
  if (!opener) return [];
  const message: AccountConnectedMessage = {
    type: 'AccountConnected',
    account: { id: account.id, provider: account.provider, ...(account.result_token ? { result_token: account.result_token } : {}) },
  };
  const targets = exactOrigins(allowedOrigins);
  for (const origin of targets) opener.postMessage(message, origin);
  return targets;
}
