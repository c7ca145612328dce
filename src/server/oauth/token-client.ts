import { OutboundError, type GuardedClient } from '../outbound/index.js';
import { EXCERPT_LIMIT, providerExcerpt, scrubSecrets } from '../outbound/provider-excerpt.js';

/** Bytes of a token endpoint's answer read at most. */
const TOKEN_RESPONSE_BYTES = 64 * 1024;

/** Tokens as we keep them: expiry as an absolute time. */
export interface TokenSet {
  access_token: string;
  refresh_token: string | null;
  token_type: string;
  /** ISO time the access token stops working; null when the provider did not say. */
  expires_at: string | null;
  scope: string | null;
  /**
   * The token response's other top-level text and number values (Salesforce's `instance_url`, Zoho's `api_domain`),
   * never stored with the tokens: the flow keeps those the connector names (`oauth.token_fields`).
   */
  extra?: Record<string, string>;
}

/** Token-response members that are tokens or the standard ones: never copied into `extra`. */
const STANDARD_MEMBERS = new Set(['access_token', 'refresh_token', 'id_token', 'token_type', 'expires_in', 'scope', 'error', 'error_description', 'error_uri']);

export type ProviderFailure = 'rejected' | 'timeout' | 'unreachable' | 'invalid_response';

/** A token endpoint said no, or could not be asked. `code`/`description` are safe to show users. */
export class OAuthProviderError extends Error {
  override name = 'OAuthProviderError';
  constructor(
    readonly failure: ProviderFailure,
    readonly code: string,
    readonly description: string,
    readonly providerResponse?: string,
    /** The token endpoint's HTTP status, when it answered. */
    readonly httpStatus?: number,
  ) {
    super(`${code}: ${description}`);
  }
}

export interface TokenEndpoint {
  url: URL;
  clientId: string;
  clientSecret: string;
  /** The provider's display name, for messages. */
  providerName: string;
  /** How the client authenticates; default `client_secret_basic` (RFC 6749 §2.3.1). */
  auth?: 'client_secret_basic' | 'client_secret_post' | undefined;
}

/** A connector's token endpoint at `url`, with the project's (or the end user's) client: one place that reads `token_auth`. */
export function tokenEndpointOf(
  definition: { name: string; oauth?: { token_auth?: TokenEndpoint['auth'] } | undefined },
  url: URL,
  client: { clientId: string; clientSecret: string },
): TokenEndpoint {
  return { url, clientId: client.clientId, clientSecret: client.clientSecret, providerName: definition.name, auth: definition.oauth?.token_auth };
}

/** RFC 6749 §2.3.1: the id and the secret are form-encoded before they become the Basic user and password. */
function basicAuthorization(clientId: string, clientSecret: string): string {
  const formEncoded = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  return `Basic ${Buffer.from(`${formEncoded(clientId)}:${formEncoded(clientSecret)}`).toString('base64')}`;
}

function parseBody(text: string, contentType: string): Record<string, unknown> | undefined {
  if (/json/i.test(contentType) || /^\s*\{/.test(text)) {
    try {
      const value: unknown = JSON.parse(text);
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  // Some providers still answer form-encoded (RFC 6749 allowed it early on).
  if (/x-www-form-urlencoded/i.test(contentType)) return Object.fromEntries(new URLSearchParams(text));
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Calls a provider's token endpoint (RFC 6749 §4.1.3, §6) with the client authentication it takes and a bounded wait. */
export class TokenClient {
  constructor(
    private readonly client: GuardedClient,
    private readonly clock: () => Date,
    private readonly timeoutMs: number,
  ) {}

  /** `codeVerifier` undefined: a connector without PKCE (`oauth.pkce: false`) sends none. */
  exchangeCode(endpoint: TokenEndpoint, grant: { code: string; redirectUri: string; codeVerifier: string | undefined }): Promise<TokenSet> {
    return this.request(endpoint, {
      grant_type: 'authorization_code',
      code: grant.code,
      redirect_uri: grant.redirectUri,
      ...(grant.codeVerifier === undefined ? {} : { code_verifier: grant.codeVerifier }),
    });
  }

  /**
   * A connector's follow-up request after the exchange (Xero's `GET /connections`): its JSON answer, or an
   * OAuthProviderError naming the step. Same guarded client, timeout and size bound as the token requests.
   */
  async followUp(
    request: { method: 'GET' | 'POST'; url: URL; headers: Record<string, string>; providerName: string },
    secrets: string[],
  ): Promise<unknown> {
    let response: { status: number; text: string; truncated: boolean };
    try {
      response = await this.client.request(request.url, { method: request.method, headers: request.headers, timeoutMs: this.timeoutMs, maxBytes: TOKEN_RESPONSE_BYTES });
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      if (error.kind === 'timeout') {
        throw new OAuthProviderError('timeout', 'provider_timeout', `${request.providerName} did not answer ${request.url.host}${request.url.pathname} within ${this.timeoutMs} ms.`);
      }
      throw new OAuthProviderError('unreachable', 'provider_unreachable', `Could not reach ${request.providerName} (${request.url.host}) after the sign-in.`);
    }
    const providerResponse = providerExcerpt(response.status, response.truncated ? '' : response.text, secrets);
    if (response.status < 200 || response.status >= 300 || response.truncated) {
      throw new OAuthProviderError(
        'rejected',
        'follow_up_failed',
        `${request.providerName} refused ${request.url.host}${request.url.pathname} after the sign-in (HTTP ${response.status}).`,
        providerResponse,
      );
    }
    try {
      return JSON.parse(response.text) as unknown;
    } catch {
      throw new OAuthProviderError('invalid_response', 'invalid_follow_up_response', `${request.providerName} answered ${request.url.pathname} with something other than JSON.`, providerResponse);
    }
  }

  /** A provider that does not rotate refresh tokens omits one: the old one stays. */
  async refresh(endpoint: TokenEndpoint, refreshToken: string): Promise<TokenSet> {
    const tokens = await this.request(endpoint, { grant_type: 'refresh_token', refresh_token: refreshToken });
    return { ...tokens, refresh_token: tokens.refresh_token ?? refreshToken };
  }

  private async request(endpoint: TokenEndpoint, grant: Record<string, string>): Promise<TokenSet> {
    const basic = endpoint.auth !== 'client_secret_post';
    const body = new URLSearchParams(basic ? grant : { ...grant, client_id: endpoint.clientId, client_secret: endpoint.clientSecret });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (basic) headers.authorization = basicAuthorization(endpoint.clientId, endpoint.clientSecret);
    let response: { status: number; headers: Headers; text: string; truncated: boolean };
    try {
      response = await this.client.request(endpoint.url, {
        method: 'POST',
        headers,
        body,
        timeoutMs: this.timeoutMs,
        maxBytes: TOKEN_RESPONSE_BYTES,
      });
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      if (error.kind === 'timeout') {
        throw new OAuthProviderError('timeout', 'provider_timeout', `${endpoint.providerName} did not answer the token request within ${this.timeoutMs} ms.`);
      }
      if (error.kind === 'blocked') {
        throw new OAuthProviderError('unreachable', 'provider_address_refused', `${endpoint.providerName}'s token endpoint cannot be called: ${error.message}.`);
      }
      throw new OAuthProviderError('unreachable', 'provider_unreachable', `Could not reach ${endpoint.providerName} (${endpoint.url.host}) to get the tokens.`);
    }
    const responseText = response.truncated ? '' : response.text;
    const parsed = parseBody(responseText, response.headers.get('content-type') ?? '');
    const secrets = [endpoint.clientSecret, grant.code, grant.refresh_token, grant.code_verifier].filter((value): value is string => Boolean(value));
    const providerResponse = providerExcerpt(response.status, responseText, secrets);
    const ok = response.status >= 200 && response.status < 300;
    if (!ok || !parsed || text(parsed.error)) {
      // The provider's own words reach the end user: bounded, and scrubbed of what was sent to it.
      const code = scrubSecrets(text(parsed?.error) ?? 'token_request_failed', secrets).slice(0, 100);
      const description = scrubSecrets(
        text(parsed?.error_description) ?? `${endpoint.providerName} refused the token request (HTTP ${response.status}).`,
        secrets,
      ).slice(0, EXCERPT_LIMIT);
      throw new OAuthProviderError('rejected', code, description, providerResponse, response.status);
    }
    const accessToken = text(parsed.access_token);
    if (!accessToken) {
      throw new OAuthProviderError('invalid_response', 'invalid_token_response', `${endpoint.providerName} answered without an access token.`, providerResponse);
    }
    const expiresIn = Number(parsed.expires_in);
    const extra: Record<string, string> = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (STANDARD_MEMBERS.has(name)) continue;
      if (typeof value === 'string' || typeof value === 'number') extra[name] = String(value);
    }
    return {
      extra,
      access_token: accessToken,
      refresh_token: text(parsed.refresh_token) ?? null,
      token_type: text(parsed.token_type) ?? 'Bearer',
      expires_at: Number.isFinite(expiresIn) && expiresIn > 0 ? new Date(this.clock().getTime() + expiresIn * 1000).toISOString() : null,
      scope: text(parsed.scope) ?? null,
    };
  }
}
