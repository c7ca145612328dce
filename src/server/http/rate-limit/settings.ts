import { BlockList, isIP } from 'node:net';

/** At most `points` in any `seconds`-long window (rate-limiter-flexible's fixed window). */
export interface RateLimitRule {
  points: number;
  seconds: number;
}

/** `null` turns that limit off. */
export interface RateLimitSettings {
  /** Requests with an API key no project has, per client address. */
  apiKeyFailures: RateLimitRule | null;
  /** Requests with an unknown or expired connect session token, per client address. */
  sessionFailures: RateLimitRule | null;
  /** Credential submits (hub account create / update, connection attempts), per connect session. */
  submits: RateLimitRule | null;
  /** "Request a new link" presses on an expired link, per connect session (issue 17 §1). */
  renewals: RateLimitRule | null;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  apiKeyFailures: { points: 20, seconds: 60 },
  sessionFailures: { points: 20, seconds: 60 },
  submits: { points: 30, seconds: 600 },
  renewals: { points: 5, seconds: 3600 },
};

export const NO_RATE_LIMITS: RateLimitSettings = { apiKeyFailures: null, sessionFailures: null, submits: null, renewals: null };

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/**
 * `<points>/<duration>` with the duration in seconds unless it ends in `s`, `m` or `h` (`20/1m`, `30/10m`,
 * `5/30s`, `100/3600`), or `off`.
 */
export function parseRateLimitRule(text: string): RateLimitRule | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'off') return null;
  const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*([smh]?)$/.exec(trimmed);
  if (!match) throw new Error(`expected <points>/<duration> such as 20/1m or 30/10m, or off; got "${text}"`);
  const points = Number(match[1]);
  const seconds = Number(match[2]) * (UNIT_SECONDS[match[3] || 's'] ?? 1);
  if (!Number.isSafeInteger(points) || points < 1) throw new Error(`the points of "${text}" must be a whole number of at least 1`);
  if (!(seconds > 0)) throw new Error(`the duration of "${text}" must be more than 0`);
  return { points, seconds };
}

/**
 * Which `X-Forwarded-For` entries to believe. `off`: none, the socket's peer is the client. `hops`: the
 * closest `hops` proxies are ours, so the client is the entry that many places from the right. `addresses`:
 * a peer (then each entry, right to left) inside the list is one of our proxies; the first one outside it is
 * the client.
 */
export type TrustProxy =
  | { mode: 'off' }
  | { mode: 'hops'; hops: number }
  | { mode: 'addresses'; list: BlockList; text: string };

/** `off` (default), `on` (= 1 hop), a number of hops, or a comma-separated list of addresses / CIDR ranges. */
export function parseTrustProxy(text: string | undefined): TrustProxy {
  const trimmed = (text ?? '').trim().toLowerCase();
  if (trimmed === '' || trimmed === 'off' || trimmed === 'false' || trimmed === '0') return { mode: 'off' };
  if (trimmed === 'on' || trimmed === 'true') return { mode: 'hops', hops: 1 };
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    if (!Number.isSafeInteger(hops) || hops > 100) throw new Error(`a number of proxy hops between 1 and 100, got "${text}"`);
    return { mode: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of trimmed.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', prefixText, ...rest] = entry.split('/');
    const family = isIP(address);
    if (!family || rest.length > 0) throw new Error(`expected on, off, a number of hops, or addresses / CIDR ranges such as 10.0.0.0/8; got "${entry}"`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (family === 4 ? 32 : 128)) throw new Error(`bad CIDR prefix in "${entry}"`);
    list.addSubnet(address, prefix, type);
  }
  return { mode: 'addresses', list, text: trimmed };
}
