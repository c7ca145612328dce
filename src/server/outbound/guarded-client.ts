import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { forbiddenAddressReason } from './address-policy.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to. */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

/**
 * Sends one request and connects to `target`, the address the guard checked (undefined only for a trusted
 * sandbox origin). The default pins the connection to it; tests inject their own and record each call.
 */
export type Send = (url: URL, init: RequestInit, target: ResolvedAddress | undefined) => Promise<Response>;

export interface OutboundPolicy {
  /** URL prefixes exempt from every check: this server's own sandbox and the operator's sandbox OAuth provider. */
  trustedPrefixes: string[];
  /** Private and loopback targets allowed (webhook receivers the operator opted in to). */
  allowPrivate: boolean;
  /** Plain http:// allowed (webhook receivers may be http; provider calls never are). */
  allowHttp: boolean;
}

export type OutboundFailure = 'blocked' | 'timeout' | 'unreachable';

/** Why a call did not get an answer; `message` is safe to show to whoever supplied the URL. */
export class OutboundError extends Error {
  override name = 'OutboundError';
  constructor(
    readonly kind: OutboundFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface OutboundRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  timeoutMs: number;
  /** Bytes of the answer kept; the rest is never read. */
  maxBytes: number;
  /** Aborts the call (e.g. a server shutdown); reported as `unreachable` unless it was the timeout. */
  signal?: AbortSignal;
}

export interface OutboundResponse {
  status: number;
  headers: Headers;
  /** At most `maxBytes` of the body, as UTF-8. */
  text: string;
  truncated: boolean;
}

export const systemResolve: Resolve = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

/**
 * The one way the server calls out (provider checks, OAuth token endpoints, webhook receivers). The host is
 * resolved once, every address is checked, and the connection goes to the checked address, so a DNS answer
 * that changes between the check and the connect cannot reach inside. Redirects are never followed.
 */
export class GuardedClient {
  constructor(
    private readonly deps: { resolve: Resolve; send: Send },
    private readonly policy: OutboundPolicy,
  ) {}

  async request(url: URL, request: OutboundRequest): Promise<OutboundResponse> {
    const target = await this.#target(url);
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const init: RequestInit = { method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal };
    try {
      const response = await this.deps.send(url, init, target);
      const { text, truncated } = await readCapped(response, request.maxBytes);
      return { status: response.status, headers: response.headers, text, truncated };
    } catch (error) {
      if (timeout.aborted) throw new OutboundError('timeout', `no answer within ${request.timeoutMs} ms`);
      throw new OutboundError('unreachable', `could not connect to ${url.host}${networkCode(error)}`);
    }
  }

  /** Where the request may connect, or an OutboundError('blocked') before any connection is tried. */
  async #target(url: URL): Promise<ResolvedAddress | undefined> {
    if (this.policy.trustedPrefixes.some((prefix) => url.href.startsWith(prefix))) return undefined;
    if (url.protocol !== 'https:' && !(this.policy.allowHttp && url.protocol === 'http:')) {
      throw new OutboundError('blocked', `only https:// addresses may be called (got ${url.protocol}//)`);
    }
    if (url.username || url.password) throw new OutboundError('blocked', 'the address must not carry a user name or password');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) return this.#checked([{ address: host, family: isIP(host) === 6 ? 6 : 4 }], host);
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.deps.resolve(host);
    } catch (error) {
      throw new OutboundError('unreachable', `the host name ${host} does not resolve${networkCode(error)}`);
    }
    return this.#checked(addresses, host);
  }

  #checked(addresses: ResolvedAddress[], host: string): ResolvedAddress {
    if (addresses.length === 0) throw new OutboundError('unreachable', `the host name ${host} does not resolve`);
    if (!this.policy.allowPrivate) {
      for (const { address } of addresses) {
        const reason = forbiddenAddressReason(address);
        // The address itself stays out of the message: whoever typed the host must not learn the inside.
        if (reason) throw new OutboundError('blocked', `${host} points to an address that is not on the public internet (${reason})`);
      }
    }
    return addresses[0]!;
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      truncated = true;
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  if (truncated) await reader.cancel().catch(() => undefined);
  return { text: Buffer.concat(chunks).toString('utf8'), truncated };
}

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = cause && typeof cause.code === 'string' ? cause.code : undefined;
  return code && /^[A-Z_]+$/.test(code) ? ` (${code})` : '';
}
