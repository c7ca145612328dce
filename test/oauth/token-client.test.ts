import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { GuardedClient, systemResolve } from '../../src/server/outbound/guarded-client.js';
import { pinnedSend } from '../../src/server/outbound/pinned-send.js';
import { EXCERPT_LIMIT } from '../../src/server/outbound/provider-excerpt.js';
import { OAuthProviderError, TokenClient, tokenEndpointOf, type TokenEndpoint } from '../../src/server/oauth/token-client.js';

// The token client against a real HTTP token endpoint on loopback, through the real guarded client: each test says
// what the endpoint answers (status, content type, body) and reads what the client makes of it (RFC 6749 §5.1, §5.2).

const NOW = new Date('2026-12-02T10:00:00.000Z');
const TIMEOUT_MS = 1_500;

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

interface Answer {
  status?: number;
  /** null: no content-type header at all. */
  contentType?: string | null;
  body?: string;
  /** Never answer (the client's timeout must cut the wait). */
  hang?: boolean;
}

let server: Server;
let base: string;
let answer: Answer;
let seen: Seen[];

function respond(response: ServerResponse, reply: Answer): void {
  const headers: Record<string, string> = {};
  const contentType = reply.contentType === undefined ? 'application/json' : reply.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  response.writeHead(reply.status ?? 200, headers);
  response.end(reply.body ?? '');
}

before(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (answer.hang) return;
      respond(response, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  answer = { body: JSON.stringify({ access_token: 'at-1', token_type: 'Bearer' }) };
  seen = [];
});

function clientWith(policy: { allowPrivate: boolean } = { allowPrivate: true }): TokenClient {
  const guarded = new GuardedClient({ resolve: systemResolve, send: pinnedSend }, { trustedPrefixes: [], allowPrivate: policy.allowPrivate, allowHttp: true });
  return new TokenClient(guarded, () => NOW, TIMEOUT_MS);
}

function endpoint(overrides: Partial<TokenEndpoint> = {}): TokenEndpoint {
  return { url: new URL(`${base}/oauth/token`), clientId: 'client-1', clientSecret: 'client-secret-1', providerName: 'Example', ...overrides };
}

const grant = { code: 'the-code-1', redirectUri: 'https://hub.example/cb', codeVerifier: 'the-verifier-1' };

async function refusal(call: () => Promise<unknown>): Promise<OAuthProviderError> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof OAuthProviderError, String(error));
    return error;
  }
  assert.fail('the call must throw an OAuthProviderError');
}

describe('TokenClient: what it sends', () => {
  it('a code exchange is a form POST asking for JSON, to the endpoint as given', async () => {
    await clientWith().exchangeCode(endpoint(), grant);
    assert.equal(seen.length, 1);
    const [request] = seen;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.url, '/oauth/token');
    assert.equal(request!.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(request!.headers.accept, 'application/json');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(request!.body)), {
      grant_type: 'authorization_code',
      code: 'the-code-1',
      redirect_uri: 'https://hub.example/cb',
      code_verifier: 'the-verifier-1',
    });
  });

  it('a refresh sends grant_type refresh_token and the refresh token, nothing else in the body (Basic)', async () => {
    await clientWith().refresh(endpoint(), 'rt-old');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(seen[0]!.body)), { grant_type: 'refresh_token', refresh_token: 'rt-old' });
    assert.match(String(seen[0]!.headers.authorization), /^Basic /);
  });

  it('tokenEndpointOf: the connector name, its token_auth and the client given', () => {
    const url = new URL('https://id.example/token');
    const client = { clientId: 'id-9', clientSecret: 'secret-9' };
    assert.deepEqual(tokenEndpointOf({ name: 'Xero', oauth: { token_auth: 'client_secret_post' } }, url, client), {
      url,
      clientId: 'id-9',
      clientSecret: 'secret-9',
      providerName: 'Xero',
      auth: 'client_secret_post',
    });
    assert.equal(tokenEndpointOf({ name: 'Plain' }, url, client).auth, undefined);
  });
});

describe('TokenClient: a token answer', () => {
  it('keeps the tokens, the type, the scope and an absolute expiry from the injected clock; other text and number members go to extra', async () => {
    answer.body = JSON.stringify({
      access_token: 'at-2',
      refresh_token: 'rt-2',
      id_token: 'idt',
      token_type: 'bearer',
      expires_in: 3600,
      scope: 'a b',
      instance_url: 'https://eu.example',
      api_version: 52,
      nested: { no: 'objects' },
      flag: true,
      list: ['x'],
    });
    const tokens = await clientWith().exchangeCode(endpoint(), grant);
    assert.deepEqual(tokens, {
      access_token: 'at-2',
      refresh_token: 'rt-2',
      token_type: 'bearer',
      expires_at: '2026-12-02T11:00:00.000Z',
      scope: 'a b',
      extra: { instance_url: 'https://eu.example', api_version: '52' },
    });
  });

  it('the defaults: no refresh token, type Bearer, no expiry, no scope, nothing extra (empty strings count as absent)', async () => {
    answer.body = JSON.stringify({ access_token: 'at-3', refresh_token: '', token_type: '', scope: '' });
    assert.deepEqual(await clientWith().exchangeCode(endpoint(), grant), {
      access_token: 'at-3',
      refresh_token: null,
      token_type: 'Bearer',
      expires_at: null,
      scope: null,
      extra: {},
    });
  });

  it('expires_in: a numeric string counts, zero, negative and non-numbers mean no expiry', async () => {
    const expiryOf = async (expiresIn: unknown) => {
      answer.body = JSON.stringify({ access_token: 'at', expires_in: expiresIn });
      return (await clientWith().exchangeCode(endpoint(), grant)).expires_at;
    };
    assert.equal(await expiryOf('60'), '2026-12-02T10:01:00.000Z');
    assert.equal(await expiryOf(1), '2026-12-02T10:00:01.000Z');
    assert.equal(await expiryOf(0), null);
    assert.equal(await expiryOf(-5), null);
    assert.equal(await expiryOf('soon'), null);
  });

  it('the error members are standard: never in extra (nor error_uri)', async () => {
    answer.body = JSON.stringify({ access_token: 'at', error_uri: 'https://x', error_description: 'none', other: 'kept' });
    assert.deepEqual((await clientWith().exchangeCode(endpoint(), grant)).extra, { other: 'kept' });
  });

  it('a form-encoded answer is read (RFC 6749 allowed it early on), whatever the case of its content type', async () => {
    answer = { contentType: 'Application/X-WWW-Form-Urlencoded; charset=utf-8', body: 'access_token=at-form&refresh_token=rt-form&expires_in=120&scope=read' };
    const tokens = await clientWith().exchangeCode(endpoint(), grant);
    assert.equal(tokens.access_token, 'at-form');
    assert.equal(tokens.refresh_token, 'rt-form');
    assert.equal(tokens.expires_at, '2026-12-02T10:02:00.000Z');
    assert.equal(tokens.scope, 'read');
    // A brace inside a form value does not make the answer JSON: only a body that starts with one looks like JSON.
    answer = { contentType: 'application/x-www-form-urlencoded', body: 'access_token=at{form}&state={"a":1}' };
    assert.equal((await clientWith().exchangeCode(endpoint(), grant)).access_token, 'at{form}');
  });

  it('JSON is read by its content type (any case), or by its look when the type says something else', async () => {
    answer = { contentType: 'Application/JSON', body: ' {"access_token":"at-json"}' };
    assert.equal((await clientWith().exchangeCode(endpoint(), grant)).access_token, 'at-json');
    answer = { contentType: 'text/plain', body: '\n {"access_token":"at-look"}' };
    assert.equal((await clientWith().exchangeCode(endpoint(), grant)).access_token, 'at-look');
    answer = { contentType: null, body: '{"access_token":"at-bare"}' };
    assert.equal((await clientWith().exchangeCode(endpoint(), grant)).access_token, 'at-bare');
  });

  it('refresh: a rotated refresh token replaces the old one; none in the answer keeps the old one', async () => {
    answer.body = JSON.stringify({ access_token: 'at-r', refresh_token: 'rt-new' });
    assert.equal((await clientWith().refresh(endpoint(), 'rt-old')).refresh_token, 'rt-new');
    answer.body = JSON.stringify({ access_token: 'at-r' });
    const kept = await clientWith().refresh(endpoint(), 'rt-old');
    assert.equal(kept.refresh_token, 'rt-old');
    assert.equal(kept.access_token, 'at-r');
  });
});

describe('TokenClient: answers that are not tokens', () => {
  it('2xx without an access token (or an empty one): invalid_response naming the provider', async () => {
    for (const body of [JSON.stringify({ token_type: 'Bearer' }), JSON.stringify({ access_token: '' }), JSON.stringify({ access_token: 42 })]) {
      answer.body = body;
      const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
      assert.equal(error.failure, 'invalid_response');
      assert.equal(error.code, 'invalid_token_response');
      assert.equal(error.description, 'Example answered without an access token.');
      assert.equal(error.providerResponse, 'HTTP 200');
      assert.equal(error.name, 'OAuthProviderError');
      assert.equal(error.message, 'invalid_token_response: Example answered without an access token.');
    }
  });

  it('2xx that is not an object (JSON array, null, a number, broken JSON, HTML): rejected, token_request_failed with the status', async () => {
    for (const reply of [
      { body: '[{"access_token":"at"}]' },
      { body: 'null' },
      { body: '7' },
      { body: '{"access_token": ' },
      { contentType: 'text/html', body: '<html>sign in</html>' },
      { contentType: null, body: 'access_token=at' },
    ] satisfies Answer[]) {
      answer = reply;
      const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
      assert.equal(error.failure, 'rejected', reply.body);
      assert.equal(error.code, 'token_request_failed');
      assert.equal(error.description, 'Example refused the token request (HTTP 200).');
      assert.equal(error.httpStatus, 200);
    }
  });

  it('an error member in a 2xx is a refusal with the provider\'s code and description, and the status', async () => {
    answer.body = JSON.stringify({ access_token: 'at', error: 'invalid_grant', error_description: 'Code expired' });
    const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
    assert.equal(error.failure, 'rejected');
    assert.equal(error.code, 'invalid_grant');
    assert.equal(error.description, 'Code expired');
    assert.equal(error.httpStatus, 200);
    assert.equal(error.providerResponse, 'HTTP 200: invalid_grant: Code expired');
  });

  it('an empty or non-text error member in a 2xx is no error, and is not copied into extra either', async () => {
    for (const error of ['', 0, 42]) {
      answer.body = JSON.stringify({ access_token: 'at-ok', error });
      const tokens = await clientWith().exchangeCode(endpoint(), grant);
      assert.equal(tokens.access_token, 'at-ok');
      assert.deepEqual(tokens.extra, {});
    }
  });

  it('the 2xx bounds: 201 and 299 are answers, 300 and up are refusals', async () => {
    answer = { status: 299, body: JSON.stringify({ access_token: 'at-299' }) };
    assert.equal((await clientWith().exchangeCode(endpoint(), grant)).access_token, 'at-299');
    answer = { status: 201, body: JSON.stringify({ access_token: 'at-201' }) };
    assert.equal((await clientWith().exchangeCode(endpoint(), grant)).access_token, 'at-201');
    for (const status of [300, 400, 500]) {
      answer = { status, body: JSON.stringify({ access_token: 'at' }) };
      const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
      assert.equal(error.failure, 'rejected');
      assert.equal(error.code, 'token_request_failed');
      assert.equal(error.description, `Example refused the token request (HTTP ${status}).`);
      assert.equal(error.httpStatus, status);
      assert.equal(error.providerResponse, `HTTP ${status}`);
    }
  });

  it('a 4xx with the provider\'s code and description passes them on, bounded (code 100, description the excerpt limit)', async () => {
    answer = { status: 400, body: JSON.stringify({ error: 'e'.repeat(150), error_description: 'd'.repeat(EXCERPT_LIMIT + 50) }) };
    const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
    assert.equal(error.code, 'e'.repeat(100));
    assert.equal(error.description, 'd'.repeat(EXCERPT_LIMIT));
    assert.equal(error.httpStatus, 400);
  });

  it('an answer over 64 KiB is not read: a refusal without the provider\'s words', async () => {
    answer.body = JSON.stringify({ access_token: 'at', padding: 'x'.repeat(64 * 1024) });
    const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
    assert.equal(error.failure, 'rejected');
    assert.equal(error.code, 'token_request_failed');
    assert.equal(error.providerResponse, 'HTTP 200');
  });

  it('an answer of just under 64 KiB is read', async () => {
    const envelope = JSON.stringify({ access_token: 'at-big', padding: '' });
    answer.body = JSON.stringify({ access_token: 'at-big', padding: 'x'.repeat(64 * 1024 - envelope.length) });
    assert.equal(Buffer.byteLength(answer.body), 64 * 1024);
    assert.equal((await clientWith().exchangeCode(endpoint(), grant)).access_token, 'at-big');
  });

  it('the secrets sent are scrubbed from the code and description: client secret, code, verifier (exchange) and refresh token', async () => {
    answer = { status: 400, body: JSON.stringify({ error: 'bad the-code-1', error_description: 'got client-secret-1 and the-verifier-1' }) };
    const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
    assert.equal(error.code, 'bad [redacted]');
    assert.equal(error.description, 'got [redacted] and [redacted]');
    assert.equal(error.providerResponse, 'HTTP 400: bad [redacted]: got [redacted] and [redacted]');
    answer = { status: 400, body: JSON.stringify({ error: 'invalid_grant', error_description: 'rt-secret-1 is revoked' }) };
    const refreshError = await refusal(() => clientWith().refresh(endpoint(), 'rt-secret-1'));
    assert.equal(refreshError.description, '[redacted] is revoked');
  });
});

describe('TokenClient: a token endpoint that cannot be asked', () => {
  it('no answer within the timeout: timeout, naming the provider and the wait', async () => {
    answer.hang = true;
    const error = await refusal(() => clientWith().exchangeCode(endpoint(), grant));
    assert.equal(error.failure, 'timeout');
    assert.equal(error.code, 'provider_timeout');
    assert.equal(error.description, `Example did not answer the token request within ${TIMEOUT_MS} ms.`);
    assert.equal(error.httpStatus, undefined);
  });

  it('nothing listening: unreachable, naming the provider and the host', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await refusal(() => clientWith().exchangeCode(endpoint({ url: new URL(`http://127.0.0.1:${port}/token`) }), grant));
    assert.equal(error.failure, 'unreachable');
    assert.equal(error.code, 'provider_unreachable');
    assert.equal(error.description, `Could not reach Example (127.0.0.1:${port}) to get the tokens.`);
  });

  it('an address the guard refuses (loopback, private addresses not allowed): unreachable, provider_address_refused with the guard\'s reason', async () => {
    const error = await refusal(() => clientWith({ allowPrivate: false }).exchangeCode(endpoint(), grant));
    assert.equal(error.failure, 'unreachable');
    assert.equal(error.code, 'provider_address_refused');
    assert.match(error.description, /^Example's token endpoint cannot be called: 127\.0\.0\.1 points to an address that is not on the public internet \(.+\)\.$/);
    assert.equal(seen.length, 0, 'no request was made');
  });

  it('an error that is not the guarded client\'s passes through as it is', async () => {
    const broken = { request: async () => Promise.reject(new RangeError('a bug')) } as unknown as GuardedClient;
    await assert.rejects(new TokenClient(broken, () => NOW, TIMEOUT_MS).exchangeCode(endpoint(), grant), RangeError);
    await assert.rejects(new TokenClient(broken, () => NOW, TIMEOUT_MS).followUp({ method: 'GET', url: new URL(`${base}/x`), headers: {}, providerName: 'Example' }, []), RangeError);
  });
});

describe('TokenClient.followUp (a connector\'s request after the exchange)', () => {
  const followUp = (client = clientWith(), method: 'GET' | 'POST' = 'GET') =>
    client.followUp({ method, url: new URL(`${base}/connections?x=1`), headers: { authorization: 'Bearer at-secret-1', 'xero-tenant': 't' }, providerName: 'Xero' }, ['at-secret-1']);

  it('sends the method and headers given, and answers the JSON', async () => {
    answer.body = JSON.stringify([{ tenantId: 't-1' }]);
    assert.deepEqual(await followUp(), [{ tenantId: 't-1' }]);
    assert.equal(seen[0]!.method, 'GET');
    assert.equal(seen[0]!.url, '/connections?x=1');
    assert.equal(seen[0]!.headers.authorization, 'Bearer at-secret-1');
    assert.equal(seen[0]!.headers['xero-tenant'], 't');
    await followUp(clientWith(), 'POST');
    assert.equal(seen[1]!.method, 'POST');
  });

  it('the 2xx bounds: 299 is read, 300 and 401 are follow_up_failed with the provider\'s words scrubbed', async () => {
    answer = { status: 299, body: '{"ok":true}' };
    assert.deepEqual(await followUp(), { ok: true });
    for (const status of [300, 401]) {
      answer = { status, body: JSON.stringify({ error: 'denied', message: 'token at-secret-1 unknown' }) };
      const error = await refusal(() => followUp());
      assert.equal(error.failure, 'rejected');
      assert.equal(error.code, 'follow_up_failed');
      assert.equal(error.description, `Xero refused 127.0.0.1:${new URL(base).port}/connections after the sign-in (HTTP ${status}).`);
      assert.equal(error.providerResponse, `HTTP ${status}: denied: token [redacted] unknown`);
    }
  });

  it('an answer over 64 KiB: follow_up_failed, without its words', async () => {
    answer.body = JSON.stringify({ error: 'big', padding: 'x'.repeat(64 * 1024) });
    const error = await refusal(() => followUp());
    assert.equal(error.code, 'follow_up_failed');
    assert.equal(error.providerResponse, 'HTTP 200');
  });

  it('a 2xx that is not JSON: invalid_follow_up_response', async () => {
    answer = { contentType: 'text/html', body: '<p>hello</p>' };
    const error = await refusal(() => followUp());
    assert.equal(error.failure, 'invalid_response');
    assert.equal(error.code, 'invalid_follow_up_response');
    assert.equal(error.description, 'Xero answered /connections with something other than JSON.');
    assert.equal(error.providerResponse, 'HTTP 200');
  });

  it('no answer within the timeout, or nothing listening: timeout / unreachable naming the step', async () => {
    answer.hang = true;
    const slow = await refusal(() => followUp());
    assert.equal(slow.failure, 'timeout');
    assert.equal(slow.code, 'provider_timeout');
    assert.equal(slow.description, `Xero did not answer 127.0.0.1:${new URL(base).port}/connections within ${TIMEOUT_MS} ms.`);
    const refused = await refusal(() => followUp(clientWith({ allowPrivate: false })));
    assert.equal(refused.failure, 'unreachable');
    assert.equal(refused.code, 'provider_unreachable');
    assert.equal(refused.description, `Could not reach Xero (127.0.0.1:${new URL(base).port}) after the sign-in.`);
  });
});
