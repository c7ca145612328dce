import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  SANDBOX_OAUTH_CLIENT_ID,
  SANDBOX_OAUTH_CLIENT_SECRET,
  SANDBOX_OAUTH_OUTCOMES,
  SANDBOX_SHORT_TOKEN_SECONDS,
  type SandboxOAuthOutcome,
} from './oauth-client.js';

/** Lifetime of an authorization code: a real provider's are short and single use. */
export const SANDBOX_CODE_SECONDS = 60;
/** Lifetime of an access token from `approve` and from every refresh. */
export const SANDBOX_TOKEN_SECONDS = 3600;
/** Codes and refresh tokens held at most (the oldest go first): the sandbox never grows without bound. */
const MAX_HELD = 10_000;

export interface SandboxOAuthOptions {
  clientId?: string;
  clientSecret?: string;
  /** How the client was registered to authenticate at the token endpoint; any other way is refused (default Basic). */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  clock?: () => Date;
}

export interface SandboxOAuth {
  /** The Hono app to mount (the server mounts it at `/sandbox/oauth`). */
  app: Hono;
  /** How many token requests each grant type received (tests count exchanges and refreshes). */
  tokenRequests: Record<string, number>;
  /** Every refresh token issued so far stops working (the user revoked the app). */
  revokeRefreshTokens(): void;
  /** Grants revoked because a spent refresh token came back (RFC 9700 §4.14.2 reuse detection). */
  revokedGrants: number;
  /** How many times each refresh token issued so far was presented (a rotation used once is 1). */
  refreshTokenUses(): number[];
}

interface IssuedCode {
  redirectUri: string;
  scope: string;
  /** OpenID Connect Core §11: `offline_access` was asked for and consent was prompted, so a refresh token is given. */
  offline: boolean;
  outcome: SandboxOAuthOutcome;
  challenge: { value: string; method: 'S256' | 'plain' } | undefined;
  expiresAt: number;
}

const base64url = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');
const randomToken = (prefix: string) => `${prefix}_${base64url(randomBytes(32))}`;

function outcomeOf(value: string | undefined): SandboxOAuthOutcome {
  return (SANDBOX_OAUTH_OUTCOMES as readonly (string | undefined)[]).includes(value) ? (value as SandboxOAuthOutcome) : 'approve';
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function hold<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.set(key, value);
  while (map.size > MAX_HELD) map.delete(map.keys().next().value as K);
}

/** RFC 6749 §5.2: the token endpoint's error, never cached. */
function tokenError(c: Context, status: 400 | 401, error: string, description: string) {
  c.header('cache-control', 'no-store');
  if (status === 401) c.header('www-authenticate', 'Basic realm="connect-hub-sandbox"');
  return c.json({ error, error_description: description }, status);
}

/** RFC 6749 §4.1.2.1: an error sent back to the client's redirect URI. */
function redirectError(c: Context, redirectUri: URL, state: string | undefined, error: string, description: string) {
  redirectUri.searchParams.set('error', error);
  redirectUri.searchParams.set('error_description', description);
  if (state !== undefined) redirectUri.searchParams.set('state', state);
  return c.redirect(redirectUri.href, 302);
}

type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

/**
 * Client authentication as presented: HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or the body's client_id /
 * client_secret; `method` says which, and `both` that the client used two at once (§2.3: it MUST NOT).
 */
function clientOf(header: string | undefined, body: Record<string, string>): { id: string; secret: string; method: ClientAuthMethod | undefined; both: boolean } {
  const inBody = body.client_secret !== undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (match) {
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) {
      try {
        return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)), method: 'client_secret_basic', both: inBody };
      } catch {
        return { id: '', secret: '', method: 'client_secret_basic', both: inBody };
      }
    }
  }
  return { id: body.client_id ?? '', secret: body.client_secret ?? '', method: inBody ? 'client_secret_post' : undefined, both: false };
}

async function formBody(c: Context): Promise<Record<string, string>> {
  const type = c.req.header('content-type') ?? '';
  try {
    if (type.startsWith('application/json')) {
      const parsed: unknown = await c.req.json();
      if (!parsed || typeof parsed !== 'object') return {};
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    }
    return Object.fromEntries(new URLSearchParams(await c.req.text()));
  } catch {
    return {};
  }
}

/**
 * The sandbox CRM's authorization server (OAuth 2.0, RFC 6749 + PKCE, RFC 7636), our own code, served by the
 * connect server itself under `/sandbox/oauth` so `serve` runs one process. It behaves like a strict real
 * provider where the tests need one: the client must authenticate as registered (Basic by default) at both
 * endpoints, codes are single use, short lived, bound to their redirect URI and PKCE challenge, every answer at the
 * redirect URI carries `iss` (RFC 9207), a refresh token comes only with `offline_access` and `prompt=consent`
 * (OpenID Connect Core §11), refresh tokens rotate, and a rotated-away one presented again revokes the whole grant
 * (RFC 9700 §4.14.2). It has no login page:
 * the authorize URL's `outcome` parameter decides what the consent step answers (approve, approve_short, deny).
 * State is in this process's memory: one server (the sandbox is for development).
 */
export function createSandboxOAuth(options: SandboxOAuthOptions = {}): SandboxOAuth {
  const clientId = options.clientId ?? SANDBOX_OAUTH_CLIENT_ID;
  const clientSecret = options.clientSecret ?? SANDBOX_OAUTH_CLIENT_SECRET;
  const registeredAuth: ClientAuthMethod = options.tokenEndpointAuthMethod ?? 'client_secret_basic';
  const clock = options.clock ?? (() => new Date());
  const signingKey = randomBytes(32);
  const codes = new Map<string, IssuedCode>();
  /** Live refresh token → its grant (one per consent) and the scope it was granted with. */
  const refreshTokens = new Map<string, { grant: string; scope: string }>();
  /** Refresh tokens already rotated away → their grant: one coming back means two parties hold the grant. */
  const spentRefreshTokens = new Map<string, string>();
  const uses = new Map<string, number>();
  const tokenRequests: Record<string, number> = {};
  const counters = { revokedGrants: 0 };
  const app = new Hono();

  /** The issuer (RFC 8414 / RFC 9207): where this app is mounted, as the request reached it. */
  function issuerOf(c: Context, endpoint: string): string {
    const url = new URL(c.req.url);
    return `${url.origin}${url.pathname.slice(0, url.pathname.length - endpoint.length)}`;
  }

  /** RFC 6749 §2.3 as registered: the one method the client was registered with, the right id and secret. */
  function authenticate(c: Context, body: Record<string, string>): Response | undefined {
    const client = clientOf(c.req.header('authorization'), body);
    if (client.both) return tokenError(c, 400, 'invalid_request', 'The client authenticated in more than one way (RFC 6749 §2.3)');
    if (client.method !== registeredAuth) {
      return tokenError(c, 401, 'invalid_client', `Client authentication failed: this client is registered for ${registeredAuth}`);
    }
    if (!sameText(client.id, clientId) || !sameText(client.secret, clientSecret)) {
      return tokenError(c, 401, 'invalid_client', 'Client authentication failed');
    }
    return undefined;
  }

  /** Reuse detected: every refresh token of the grant stops working. */
  function revokeGrant(grant: string): void {
    for (const [token, held] of refreshTokens) if (held.grant === grant) refreshTokens.delete(token);
    counters.revokedGrants += 1;
  }

  /** A JWT-shaped access token (HS256 with a key of this process), unique per issue, as real providers' are. */
  function accessToken(scope: string, expiresIn: number): string {
    const now = Math.floor(clock().getTime() / 1000);
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(
      JSON.stringify({ iss: 'connect-hub-sandbox', sub: 'sandbox-user-0001', aud: clientId, scope, iat: now, exp: now + expiresIn, jti: base64url(randomBytes(16)) }),
    );
    const signature = base64url(createHmac('sha256', signingKey).update(`${header}.${payload}`).digest());
    return `${header}.${payload}.${signature}`;
  }

  /** `grant` undefined: no refresh token (the consent gave no offline access). */
  function tokenResponse(c: Context, scope: string, expiresIn: number, grant: string | undefined) {
    c.header('cache-control', 'no-store');
    c.header('pragma', 'no-cache');
    const body: Record<string, unknown> = { access_token: accessToken(scope, expiresIn), token_type: 'Bearer', expires_in: expiresIn, scope };
    if (grant !== undefined) {
      const refreshToken = randomToken('srt');
      hold(refreshTokens, refreshToken, { grant, scope });
      hold(uses, refreshToken, 0);
      body.refresh_token = refreshToken;
    }
    return c.json(body);
  }

  app.get('/.well-known/oauth-authorization-server', (c) => {
    const base = issuerOf(c, '/.well-known/oauth-authorization-server');
    return c.json({
      issuer: base,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      revocation_endpoint: `${base}/revoke`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256', 'plain'],
      token_endpoint_auth_methods_supported: [registeredAuth],
      authorization_response_iss_parameter_supported: true,
    });
  });

  app.get('/authorize', (c) => {
    const query = c.req.query();
    let redirectUri: URL;
    try {
      redirectUri = new URL(query.redirect_uri ?? '');
      if (redirectUri.protocol !== 'http:' && redirectUri.protocol !== 'https:') throw new Error('scheme');
    } catch {
      // §4.1.2.1: without a valid redirect URI the error is shown to the user, never redirected.
      return c.json({ error: 'invalid_request', error_description: 'redirect_uri is missing or not an http(s) URL' }, 400);
    }
    const state = query.state;
    // RFC 9207: every answer at the redirect URI names this server, so a client talking to several can tell.
    redirectUri.searchParams.set('iss', issuerOf(c, '/authorize'));
    if (query.client_id !== clientId) {
      return redirectError(c, redirectUri, state, 'unauthorized_client', `Unknown client_id "${query.client_id ?? ''}"`);
    }
    if (query.response_type !== 'code') {
      return redirectError(c, redirectUri, state, 'unsupported_response_type', 'Only response_type=code is supported');
    }
    const method = query.code_challenge_method ?? (query.code_challenge ? 'plain' : undefined);
    if (method !== undefined && method !== 'S256' && method !== 'plain') {
      return redirectError(c, redirectUri, state, 'invalid_request', `code_challenge_method "${method}" is not supported`);
    }
    if (method !== undefined && !/^[A-Za-z0-9._~-]{43,128}$/.test(query.code_challenge ?? '')) {
      return redirectError(c, redirectUri, state, 'invalid_request', 'code_challenge is missing or malformed');
    }
    const outcome = outcomeOf(query.outcome);
    if (outcome === 'deny') {
      return redirectError(c, redirectUri, state, 'access_denied', 'The user denied Connect Hub access to Sandbox CRM.');
    }
    const now = clock().getTime();
    for (const [code, issued] of codes) if (issued.expiresAt <= now) codes.delete(code);
    const code = randomToken('sac');
    const asked = (query.scope ?? '').split(' ').filter(Boolean);
    // OpenID Connect Core §11: offline_access is honoured only when consent was prompted; otherwise it is dropped.
    const offline = asked.includes('offline_access') && (query.prompt ?? '').split(' ').includes('consent');
    hold(codes, code, {
      redirectUri: query.redirect_uri!,
      scope: asked.filter((scope) => scope !== 'offline_access' || offline).join(' '),
      offline,
      outcome,
      challenge: method ? { value: query.code_challenge!, method: method as 'S256' | 'plain' } : undefined,
      expiresAt: now + SANDBOX_CODE_SECONDS * 1000,
    });
    redirectUri.searchParams.set('code', code);
    if (state !== undefined) redirectUri.searchParams.set('state', state);
    return c.redirect(redirectUri.href, 302);
  });

  app.post('/token', async (c) => {
    const body = await formBody(c);
    const grantType = body.grant_type ?? '';
    tokenRequests[grantType] = (tokenRequests[grantType] ?? 0) + 1;
    const refused = authenticate(c, body);
    if (refused) return refused;
    if (grantType === 'authorization_code') {
      const code = body.code ?? '';
      const issued = codes.get(code);
      codes.delete(code);
      if (!issued || issued.expiresAt <= clock().getTime()) {
        return tokenError(c, 400, 'invalid_grant', 'The authorization code is unknown, expired or was already used');
      }
      if (body.redirect_uri !== issued.redirectUri) {
        return tokenError(c, 400, 'invalid_grant', 'redirect_uri does not match the one the code was issued to');
      }
      if (issued.challenge) {
        const verifier = body.code_verifier;
        if (typeof verifier !== 'string' || !/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) {
          return tokenError(c, 400, 'invalid_grant', 'code_verifier is required for this code');
        }
        const derived = issued.challenge.method === 'S256' ? base64url(createHash('sha256').update(verifier).digest()) : verifier;
        if (!sameText(derived, issued.challenge.value)) return tokenError(c, 400, 'invalid_grant', 'code_verifier does not match the code_challenge');
      }
      const grant = issued.offline ? base64url(randomBytes(12)) : undefined;
      return tokenResponse(c, issued.scope, issued.outcome === 'approve_short' ? SANDBOX_SHORT_TOKEN_SECONDS : SANDBOX_TOKEN_SECONDS, grant);
    }
    if (grantType === 'refresh_token') {
      const presented = body.refresh_token ?? '';
      if (uses.has(presented)) uses.set(presented, uses.get(presented)! + 1);
      const held = refreshTokens.get(presented);
      if (held === undefined) {
        // RFC 9700 §4.14.2: a rotated-away refresh token presented again means the grant leaked; revoke all of it.
        const grant = spentRefreshTokens.get(presented);
        if (grant !== undefined) revokeGrant(grant);
        return tokenError(c, 400, 'invalid_grant', 'The refresh token is invalid, expired or revoked');
      }
      refreshTokens.delete(presented);
      hold(spentRefreshTokens, presented, held.grant);
      return tokenResponse(c, held.scope, SANDBOX_TOKEN_SECONDS, held.grant);
    }
    return tokenError(c, 400, 'unsupported_grant_type', `grant_type "${grantType}" is not supported`);
  });

  /** RFC 7009: the app revokes a refresh token (any other token: nothing to do, still 200). */
  app.post('/revoke', async (c) => {
    const body = await formBody(c);
    const refused = authenticate(c, body);
    if (refused) return refused;
    refreshTokens.delete(body.token ?? '');
    return c.body(null, 200);
  });

  return {
    app,
    tokenRequests,
    revokeRefreshTokens: () => refreshTokens.clear(),
    get revokedGrants() {
      return counters.revokedGrants;
    },
    refreshTokenUses: () => [...uses.values()],
  };
}
