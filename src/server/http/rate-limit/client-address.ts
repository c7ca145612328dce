import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { TrustProxy } from './settings.js';

/** `::ffff:10.0.0.1` is 10.0.0.1; anything that is not an IP address is undefined. */
export function normalizeAddress(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let address = text.trim().replace(/^\[|\]$/g, '');
  // `X-Forwarded-For` may carry a port (`1.2.3.4:5678`, `[::1]:5678`) when a proxy adds one.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text.trim());
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) ? address : undefined;
}

/** The socket peer, when the request came through @hono/node-server (in-process calls have none). */
function socketAddress(c: Context): string | undefined {
  try {
    return normalizeAddress(getConnInfo(c).remote.address);
  } catch {
    return undefined;
  }
}

/**
 * Who is asking: the socket's peer, or, when `CONNECT_HUB_TRUST_PROXY` says the peer is our proxy, the
 * address that proxy put in `X-Forwarded-For`. A client can write anything into that header, so only the
 * entries our own proxies appended (the rightmost ones) are believed.
 */
export function clientAddress(c: Context, trust: TrustProxy): string {
  const peer = socketAddress(c) ?? 'unknown';
  if (trust.mode === 'off') return peer;
  const header = c.req.header('x-forwarded-for');
  if (!header) return peer;
  // Right to left: the closest hop first, the socket peer before all of them.
  const chain = [peer, ...header.split(',').reverse().map((entry) => entry.trim())];
  if (trust.mode === 'hops') {
    for (let index = 1; index <= Math.min(trust.hops, chain.length - 1); index++) {
      const address = normalizeAddress(chain[index]);
      // A hop that wrote no address: believe nothing further out than the last good one.
      if (!address) return normalizeAddress(chain[index - 1]) ?? peer;
      if (index === trust.hops || index === chain.length - 1) return address;
    }
    return peer;
  }
  let client = peer;
  for (let index = 0; index < chain.length - 1; index++) {
    const current = normalizeAddress(chain[index]);
    if (!current || !trust.list.check(current, isIP(current) === 4 ? 'ipv4' : 'ipv6')) break;
    const next = normalizeAddress(chain[index + 1]);
    if (!next) break;
    client = next;
  }
  return client;
}

/**
 * The key one client is counted under: an IPv4 address as is, an IPv6 address by its /64 (one machine
 * usually holds a whole /64, so counting single addresses would give it 2^64 fresh counters).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - headParts.length - tailParts.length : 0;
  const groups = [...headParts, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailParts];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
