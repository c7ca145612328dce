import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GuardedClient, type Send } from '../../src/server/outbound/guarded-client.js';
import { TokenClient, type TokenEndpoint } from '../../src/server/oauth/token-client.js';

// RFC 6749 §2.3.1: with client_secret_basic (the default: every server must support it) the id and secret are
// form-encoded, then sent as Basic user and password, and never also in the body; client_secret_post sends them in
// the body only.

async function exchangeWith(auth: TokenEndpoint['auth'], clientId: string, clientSecret: string, codeVerifier: string | null = 'v') {
  const seen: { headers: Headers; body: URLSearchParams }[] = [];
  const send: Send = async (url, init) => {
    const request = new Request(url, init);
    seen.push({ headers: request.headers, body: new URLSearchParams(await request.text()) });
    return Response.json({ access_token: 'at', token_type: 'Bearer' });
  };
  const client = new GuardedClient({ resolve: async () => [{ address: '93.184.216.34', family: 4 }], send }, { trustedPrefixes: [], allowPrivate: false, allowHttp: false });
  await new TokenClient(client, () => new Date('2026-12-02T00:00:00Z'), 1000).exchangeCode(
    { url: new URL('https://id.example.com/token'), clientId, clientSecret, providerName: 'Example', auth },
    { code: 'c', redirectUri: 'https://hub.example.com/cb', codeVerifier: codeVerifier ?? undefined },
  );
  return seen[0]!;
}

describe('token endpoint client authentication', () => {
  it('client_secret_basic (the default): form-encoded id and secret in the Authorization header, not in the body', async () => {
    for (const auth of ['client_secret_basic', undefined] as const) {
      const { headers, body } = await exchangeWith(auth, 'app:1', 'a b/é+');
      const [user, password] = Buffer.from(headers.get('authorization')!.replace(/^Basic /, ''), 'base64').toString().split(':');
      assert.equal(user, 'app%3A1');
      assert.equal(password, 'a+b%2F%C3%A9%2B');
      assert.equal(body.get('client_id'), null);
      assert.equal(body.get('client_secret'), null);
      assert.equal(body.get('grant_type'), 'authorization_code');
    }
  });

  it('PKCE: the verifier is sent with the code, and left out for a connector with pkce: false', async () => {
    assert.equal((await exchangeWith(undefined, 'app', 's')).body.get('code_verifier'), 'v');
    const without = await exchangeWith(undefined, 'app', 's', null);
    assert.equal(without.body.has('code_verifier'), false);
    assert.equal(without.body.get('code'), 'c');
  });

  it('client_secret_post: id and secret in the body, no Authorization header', async () => {
    const { headers, body } = await exchangeWith('client_secret_post', 'app', 's3cret');
    assert.equal(headers.get('authorization'), null);
    assert.equal(body.get('client_id'), 'app');
    assert.equal(body.get('client_secret'), 's3cret');
  });
});
