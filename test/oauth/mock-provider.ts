import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { OAuth2Server, type MutableRedirectUri, type MutableResponse, type MutableToken, type TokenRequestIncomingMessage } from 'oauth2-mock-server';
import {
  SANDBOX_OAUTH_CLIENT_ID,
  SANDBOX_OAUTH_CLIENT_SECRET,
  SANDBOX_OAUTH_OUTCOMES,
  SANDBOX_SHORT_TOKEN_SECONDS,
  type SandboxOAuthOutcome,
} from '../../src/sandbox/oauth-client.js';

export interface SandboxOAuthProviderOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
}

export interface SandboxOAuthProvider {
  /** Issuer URL, e.g. `http://127.0.0.1:40123`: `/authorize` and `/token` live under it. */
  url: string;
  /** Every refresh token issued so far stops working (the user revoked the app). */
  revokeRefreshTokens(): void;
  /**
   * From now on the token endpoint answers refresh requests with this HTTP status and `error` (default
   * `server_error`), as a provider in trouble does; undefined: back to normal. The refresh token presented stays live.
   */
  failRefreshesWith(answer: { status: number; error?: string } | undefined): void;
  /**
   * From now on, each token answer it issues for this grant type is changed by `edit` before it is sent (drop the
   * rotated refresh token, the scope or the expiry, as some providers do); undefined: as issued.
   */
  editTokenAnswers(grantType: 'authorization_code' | 'refresh_token', edit: ((body: Record<string, unknown>) => void) | undefined): void;
  /** How many token requests each grant type received (tests count exchanges and refreshes). */
  tokenRequests: Record<string, number>;
  stop(): Promise<void>;
}

interface IssuedCode {
  outcome: SandboxOAuthOutcome;
  withPkce: boolean;
  scope: string;
}

function queryOf(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://sandbox').searchParams;
}

function outcomeOf(value: string | null): SandboxOAuthOutcome {
  return (SANDBOX_OAUTH_OUTCOMES as readonly (string | null)[]).includes(value) ? (value as SandboxOAuthOutcome) : 'approve';
}

function basicCredentials(req: IncomingMessage): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

function reject(response: MutableResponse, statusCode: number, error: string, description: string): void {
  response.statusCode = statusCode;
  response.body = { error, error_description: description };
}

/**
 * For the OAuth tests: an independent, real OAuth 2.0 server (oauth2-mock-server, a devDependency) on loopback
 * standing in for the sandbox CRM's provider, so the flow is also proven against code that is not ours
 * (`serve` uses our own, src/sandbox/oauth.ts). Made
 * stricter where our tests need a real provider's behaviour. Codes are single use and bound to their PKCE
 * challenge, client credentials are checked, refresh tokens rotate and can be revoked. The consent step
 * has no page: the `outcome` query parameter of the authorize URL decides approve / deny.
 */
export async function startSandboxOAuthProvider(options: SandboxOAuthProviderOptions = {}): Promise<SandboxOAuthProvider> {
  const clientId = options.clientId ?? SANDBOX_OAUTH_CLIENT_ID;
  const clientSecret = options.clientSecret ?? SANDBOX_OAUTH_CLIENT_SECRET;
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');

  const issuedCodes = new Map<string, IssuedCode>();
  /** Live refresh token → the scope it was granted with. */
  const liveRefreshTokens = new Map<string, string>();
  const tokenRequests: Record<string, number> = {};
  let refreshFailure: { status: number; error?: string } | undefined;
  const answerEdits = new Map<string, (body: Record<string, unknown>) => void>();

  server.service.on('beforeAuthorizeRedirect', (redirect: MutableRedirectUri, req: IncomingMessage) => {
    const query = queryOf(req);
    // RFC 9207, as the sandbox CRM's connector requires: every answer names its issuer.
    redirect.url.searchParams.set('iss', server.issuer.url ?? '');
    const outcome = outcomeOf(query.get('outcome'));
    const code = redirect.url.searchParams.get('code');
    if (query.get('client_id') !== clientId) {
      redirect.url.searchParams.delete('code');
      redirect.url.searchParams.set('error', 'unauthorized_client');
      redirect.url.searchParams.set('error_description', `Unknown client_id "${query.get('client_id') ?? ''}"`);
      return;
    }
    if (outcome === 'deny') {
      redirect.url.searchParams.delete('code');
      redirect.url.searchParams.set('error', 'access_denied');
      redirect.url.searchParams.set('error_description', 'The user denied Connect Hub access to Sandbox CRM.');
      return;
    }
    if (code) issuedCodes.set(code, { outcome, withPkce: query.has('code_challenge'), scope: query.get('scope') ?? '' });
  });

  // Every token unique, as a real provider's are (the mock's JWTs repeat within one second).
  server.service.on('beforeTokenSigning', (token: MutableToken) => {
    token.payload.jti = randomUUID();
  });

  server.service.on('beforeResponse', (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    const body = req.body as unknown as Record<string, unknown>;
    const grantType = String(body.grant_type);
    tokenRequests[grantType] = (tokenRequests[grantType] ?? 0) + 1;
    const client = basicCredentials(req) ?? { id: String(body.client_id ?? ''), secret: String(body.client_secret ?? '') };
    if (client.id !== clientId || client.secret !== clientSecret) {
      reject(response, 401, 'invalid_client', 'Client authentication failed');
      return;
    }
    if (grantType === 'authorization_code') {
      const code = String(body.code ?? '');
      const issued = issuedCodes.get(code);
      issuedCodes.delete(code);
      if (!issued) return reject(response, 400, 'invalid_grant', 'The authorization code is unknown or was already used');
      if (issued.withPkce && typeof body.code_verifier !== 'string') {
        return reject(response, 400, 'invalid_grant', 'code_verifier is required for this code');
      }
      if (typeof response.body !== 'object') return;
      response.body.scope = issued.scope;
      if (issued.outcome === 'approve_short') response.body.expires_in = SANDBOX_SHORT_TOKEN_SECONDS;
    } else if (grantType === 'refresh_token') {
      if (refreshFailure) return reject(response, refreshFailure.status, refreshFailure.error ?? 'server_error', 'The token service said no this time');
      const presented = String(body.refresh_token ?? '');
      const scope = liveRefreshTokens.get(presented);
      if (scope === undefined) return reject(response, 400, 'invalid_grant', 'The refresh token is invalid, expired or revoked');
      liveRefreshTokens.delete(presented);
      if (typeof response.body === 'object') response.body.scope = scope;
    }
    if (typeof response.body === 'object') answerEdits.get(grantType)?.(response.body as Record<string, unknown>);
    if (typeof response.body === 'object' && typeof response.body.refresh_token === 'string') {
      liveRefreshTokens.set(response.body.refresh_token, String(response.body.scope ?? ''));
    }
  });

  const host = options.host ?? '127.0.0.1';
  await server.start(options.port ?? 0, host);
  // The issuer would say "localhost", which may resolve to ::1 where nothing listens.
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${server.address().port}`;
  server.issuer.url = url;
  return {
    url,
    tokenRequests,
    revokeRefreshTokens: () => liveRefreshTokens.clear(),
    failRefreshesWith: (answer) => {
      refreshFailure = answer;
    },
    editTokenAnswers: (grantType, edit) => {
      if (edit) answerEdits.set(grantType, edit);
      else answerEdits.delete(grantType);
    },
    stop: () => server.stop(),
  };
}
