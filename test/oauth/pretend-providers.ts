import { createHash, randomBytes } from 'node:crypto';

/**
 * Pretend OAuth 2.0 authorization servers shaped like real providers the catalog links (QuickBooks, Xero, a Docebo
 * platform), strict where a real one is: the client authenticates only the way it is registered, codes are single
 * use and bound to their redirect URI and PKCE challenge, refresh tokens rotate. Plugged in as the server's
 * `fetch` (token endpoints, API calls); the browser's hop to the authorize URL is `authorize(url)`, which answers
 * the callback URL the provider would redirect to, with its extras (QuickBooks' `realmId`, an `iss`).
 */
export interface PretendProviderOptions {
  /** Origin + path of the authorize endpoint, e.g. `https://appcenter.intuit.com/connect/oauth2`. */
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  auth: 'client_secret_basic' | 'client_secret_post';
  /** Extra callback parameters (QuickBooks: `{ realmId }`). */
  callbackExtras?: Record<string, string>;
  /** Extra token-response members (Salesforce: `{ instance_url }`). */
  tokenExtras?: Record<string, string>;
  /** RFC 9207 `iss` on the callback. */
  issuer?: string;
  /** Other endpoints, answered with the caller's bearer token checked (Xero's `GET /connections`). */
  api?: Record<string, unknown>;
}

export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | null;
  form: Record<string, string>;
}

interface Code {
  redirectUri: string;
  challenge: string | undefined;
}

const b64url = (bytes: Buffer) => bytes.toString('base64url');

function oauthError(status: number, error: string, description: string): Response {
  return Response.json({ error, error_description: description }, { status, headers: { 'cache-control': 'no-store' } });
}

export class PretendProvider {
  readonly seen: SeenRequest[] = [];
  readonly #codes = new Map<string, Code>();
  readonly #refreshTokens = new Set<string>();
  readonly #accessTokens = new Set<string>();

  constructor(readonly options: PretendProviderOptions) {}

  /** Whether this provider answers `url` (its token endpoint or one of its API URLs). */
  handles(url: string): boolean {
    return url === this.options.tokenUrl || Object.hasOwn(this.options.api ?? {}, url.split('?')[0]!);
  }

  /** The consent step, approved: the callback URL the browser is sent to. Refuses what a real one refuses. */
  authorize(url: URL, override: { iss?: string } = {}): URL {
    if (`${url.origin}${url.pathname}` !== this.options.authorizeUrl) throw new Error(`not this provider's authorize URL: ${url.href}`);
    const query = url.searchParams;
    const back = new URL(query.get('redirect_uri') ?? '');
    if (query.get('client_id') !== this.options.clientId) {
      back.searchParams.set('error', 'unauthorized_client');
    } else {
      const code = `code_${b64url(randomBytes(12))}`;
      this.#codes.set(code, { redirectUri: back.href, challenge: query.get('code_challenge') ?? undefined });
      back.searchParams.set('code', code);
      for (const [name, value] of Object.entries(this.options.callbackExtras ?? {})) back.searchParams.set(name, value);
    }
    back.searchParams.set('state', query.get('state') ?? '');
    const iss = override.iss ?? this.options.issuer;
    if (iss) back.searchParams.set('iss', iss);
    return back;
  }

  fetch = async (request: Request): Promise<Response> => {
    const text = await request.text();
    const form = Object.fromEntries(new URLSearchParams(text));
    const authorization = request.headers.get('authorization');
    this.seen.push({ method: request.method, url: request.url, authorization, form });
    if (request.url !== this.options.tokenUrl) {
      const answer = this.options.api?.[request.url];
      const bearer = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
      if (answer === undefined) return new Response('Not Found', { status: 404 });
      if (!bearer || !this.#accessTokens.has(bearer)) return Response.json({ Title: 'Unauthorized' }, { status: 401 });
      return Response.json(answer);
    }
    if (request.method !== 'POST' || !/^application\/x-www-form-urlencoded/.test(request.headers.get('content-type') ?? '')) {
      return oauthError(400, 'invalid_request', 'POST a form');
    }
    const client = this.#client(authorization, form);
    if (!client) return oauthError(401, 'invalid_client', `Client authentication failed: registered for ${this.options.auth}`);
    if (form.grant_type === 'authorization_code') {
      const code = this.#codes.get(form.code ?? '');
      this.#codes.delete(form.code ?? '');
      if (!code || code.redirectUri !== form.redirect_uri) {
        return oauthError(400, 'invalid_grant', 'Unknown code, or another redirect_uri');
      }
      if (code.challenge) {
        const derived = form.code_verifier ? b64url(createHash('sha256').update(form.code_verifier).digest()) : '';
        if (derived !== code.challenge) return oauthError(400, 'invalid_grant', 'PKCE verifier does not match');
      }
      return this.#tokens();
    }
    if (form.grant_type === 'refresh_token') {
      if (!this.#refreshTokens.delete(form.refresh_token ?? '')) return oauthError(400, 'invalid_grant', 'Unknown refresh token');
      return this.#tokens();
    }
    return oauthError(400, 'unsupported_grant_type', String(form.grant_type));
  };

  #client(authorization: string | null, form: Record<string, string>): boolean {
    const { clientId, clientSecret, auth } = this.options;
    const basic = /^Basic (.+)$/.exec(authorization ?? '')?.[1];
    if (auth === 'client_secret_basic') {
      if (!basic || form.client_secret !== undefined) return false;
      const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent);
      return id === clientId && secret === clientSecret;
    }
    return !basic && form.client_id === clientId && form.client_secret === clientSecret;
  }

  #tokens(): Response {
    const access = `at_${b64url(randomBytes(12))}`;
    const refresh = `rt_${b64url(randomBytes(12))}`;
    this.#accessTokens.add(access);
    this.#refreshTokens.add(refresh);
    return Response.json(
      { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: 3600, ...this.options.tokenExtras },
      { headers: { 'cache-control': 'no-store' } },
    );
  }
}

/** A Docebo platform's form values: the end user's own OAuth client, typed into the hub. */
export const DOCEBO = { platform_domain: 'acme.docebosaas.com', client_id: 'acme-connect', client_secret: 'docebo-own-secret-789' };

/** Docebo's authorization server for DOCEBO's platform (client_secret_post, an issuer on the callback). */
export function pretendDocebo(): PretendProvider {
  return new PretendProvider({
    authorizeUrl: 'https://acme.docebosaas.com/oauth2/authorize',
    tokenUrl: 'https://acme.docebosaas.com/oauth2/token',
    clientId: DOCEBO.client_id,
    clientSecret: DOCEBO.client_secret,
    auth: 'client_secret_post',
    issuer: 'https://acme.docebosaas.com',
  });
}
