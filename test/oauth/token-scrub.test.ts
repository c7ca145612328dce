import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuardedClient, OutboundResponse } from '../../src/server/outbound/index.js';
import { OAuthProviderError, TokenClient, type TokenEndpoint } from '../../src/server/oauth/token-client.js';

const CLIENT_SECRET = 'cs_Secret+Value/0123456789';
const CODE = 'code_0123456789abcdef';
const VERIFIER = 'verifier_'.padEnd(50, 'v');
const REFRESH = 'rt_0123456789abcdefghij';

/** A token endpoint that quotes back every request it gets, in its error, its description and its message. */
function echoingProvider(sent: string[]): GuardedClient {
  const client = {
    async request(_url: URL, request: { body?: unknown }): Promise<OutboundResponse> {
      const body = String(request.body);
      sent.push(body);
      const decoded = Object.fromEntries(new URLSearchParams(body));
      const text = JSON.stringify({ error: `invalid_grant ${decoded.client_secret}`, error_description: `we got ${body} and ${JSON.stringify(decoded)}`, message: decoded.refresh_token ?? decoded.code });
      return { status: 400, headers: new Headers({ 'content-type': 'application/json' }), text, truncated: false } as OutboundResponse;
    },
  };
  return client as unknown as GuardedClient;
}

// client_secret_post: the secret travels in the body this provider echoes (Basic would keep it in a header).
const endpoint: TokenEndpoint = { url: new URL('https://provider.example/token'), clientId: 'client-1', clientSecret: CLIENT_SECRET, providerName: 'Example', auth: 'client_secret_post' };

async function refusal(call: () => Promise<unknown>): Promise<OAuthProviderError> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof OAuthProviderError, String(error));
    return error;
  }
  assert.fail('the provider refused, so the call must throw');
}

describe('a token endpoint that echoes what it was sent: the secrets are scrubbed from what we pass on', () => {
  it('code exchange: no client secret, code or PKCE verifier in the code, description or provider response', async () => {
    const sent: string[] = [];
    const client = new TokenClient(echoingProvider(sent), () => new Date(), 5_000);
    const error = await refusal(() => client.exchangeCode(endpoint, { code: CODE, redirectUri: 'https://hub.example/cb', codeVerifier: VERIFIER }));
    assert.ok(sent[0]!.includes(encodeURIComponent(CLIENT_SECRET)) && sent[0]!.includes(CODE), 'the secrets were sent, so the echo carries them');
    assert.equal(error.failure, 'rejected');
    const shown = [error.code, error.description, error.providerResponse ?? '', error.message].join('\n');
    assert.match(shown, /\[redacted\]/, 'the echo is there, scrubbed');
    for (const secret of [CLIENT_SECRET, encodeURIComponent(CLIENT_SECRET), CODE, VERIFIER]) assert.equal(shown.includes(secret), false, secret);
  });

  it('refresh: no refresh token or client secret either', async () => {
    const client = new TokenClient(echoingProvider([]), () => new Date(), 5_000);
    const error = await refusal(() => client.refresh(endpoint, REFRESH));
    const shown = [error.code, error.description, error.providerResponse ?? '', error.message].join('\n');
    assert.match(shown, /\[redacted\]/);
    for (const secret of [CLIENT_SECRET, encodeURIComponent(CLIENT_SECRET), REFRESH]) assert.equal(shown.includes(secret), false, secret);
  });
});
