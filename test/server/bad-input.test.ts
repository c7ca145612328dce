import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { assertClientError, createSession, GOOD_KEY, startTestServer, type TestServer } from './harness.js';

/** The inputs that used to answer 5xx: each is now a 4xx naming the problem, on both engines. */
describe('inputs that used to be 5xx', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('PATCH /project {} changes nothing and answers 200', async () => {
    const before = await t.call('GET', '/project');
    const patched = await t.call('PATCH', '/project', { json: {} });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.name, before.body.name);
  });

  it('NUL characters in path params, query params and bodies: 400 naming where', async () => {
    assertClientError(await t.call('GET', '/accounts/acc%00x'), 400, /NUL/);
    assertClientError(await t.call('GET', '/connect_sessions/1%00'), 400, /NUL/);
    const search = await t.call('GET', '/accounts?search=%00');
    assertClientError(search, 400, /search: .*NUL/);
    assert.equal(search.body.field, 'search');
    const body = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'a\u0000b', origin_owner_name: 'Globex' } });
    assertClientError(body, 400, /origin_owner_id: must not contain a NUL/);
    assert.equal(body.body.field, 'origin_owner_id');
    const nested = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'a', origin_owner_name: 'G', metadata: { deep: { list: ['ok', 'x\u0000'] } } } });
    assertClientError(nested, 400, /metadata\.deep\.list\.1: must not contain a NUL/);
    const { token } = await createSession(t, { origin_owner_id: 'nul-hub' });
    const hub = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'key\u0000' } } });
    assertClientError(hub, 400, /credentials\.api_key: must not contain a NUL/);
    assert.doesNotMatch(hub.text, /key\\u0000/);
  });

  it('deep and large metadata: 400 naming the limit; the limits are in the OpenAPI document', async () => {
    const deep = `${'{"d":'.repeat(5000)}"leaf"${'}'.repeat(5000)}`;
    const tooDeep = await t.call('POST', '/connect_sessions', { rawBody: `{"origin_owner_id":"a","origin_owner_name":"G","metadata":${deep}}` });
    assertClientError(tooDeep, 400, /nested deeper than 32 levels/);
    let six: unknown = 'leaf';
    for (let i = 0; i < 6; i++) six = { d: six };
    assertClientError(await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'a', origin_owner_name: 'G', metadata: six } }), 400, /metadata: nested deeper than 5 levels/);
    const big = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'a', origin_owner_name: 'G', metadata: { blob: 'x'.repeat(9000) } } });
    assertClientError(big, 400, /metadata: larger than 8192 bytes/);
    assert.equal((await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'a', origin_owner_name: 'G', metadata: { ok: { a: { b: 1 } } } } })).status, 201);
    const openapi = (await t.call('GET', '/openapi.json')).text;
    assert.match(openapi, /at most 8192 bytes as JSON, nested at most 5 levels/);
  });

  it('bad percent-escapes in static and API paths: 400, not a URIError', async () => {
    for (const path of ['/sdk/%zz', '/assets/%E0%A4%A', '/dashboard/%', '/accounts/%zz']) {
      assertClientError(await t.call('GET', path), 400, /percent-escape/);
    }
  });

  it('a credential with CR/LF or a character above U+00FF in a header-bound field: 400 naming the field', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'crlf', multiple: true });
    for (const bad of [`${GOOD_KEY}\r\nX: 1`, `${GOOD_KEY}\n`, `${GOOD_KEY}😀`, `${GOOD_KEY}\u0100`]) {
      const result = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: bad } } });
      assertClientError(result, 400, /credentials\.api_key: API key contains a line break/);
      assert.equal(result.body.field, 'credentials.api_key');
    }
    assert.doesNotMatch(t.logLines.join('\n'), /sandbox_good/);
  });

  it('an oversized chunked body is a 413 that closes its connection, so the next request on it is answered', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const url = new URL(t.server.url);
    const send = (chunks: number) =>
      new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
        const req = httpRequest({ host: url.hostname, port: url.port, path: '/connect_sessions', method: 'POST', agent, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', authorization: `Basic ${Buffer.from(`${t.apiKey}:`).toString('base64')}` } }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
        });
        req.on('error', reject);
        if (chunks === 0) req.end(JSON.stringify({ origin_owner_id: 'after-413', origin_owner_name: 'G' }));
        else {
          for (let i = 0; i < chunks; i++) req.write('x'.repeat(16 * 1024));
          req.end();
        }
      });
    try {
      for (let round = 0; round < 5; round++) {
        const big = await send(20);
        assert.equal(big.status, 413);
        assert.equal(JSON.parse(big.body).statusCode, 413);
        assert.equal(big.connection, 'close');
        const next = await send(0);
        assert.equal(next.status, 201, next.body);
      }
    } finally {
      agent.destroy();
    }
  });
});
