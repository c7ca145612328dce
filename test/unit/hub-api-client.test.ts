import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConnectApiClient, ConnectApiError, SessionExpiredError } from '../../src/client/index.js';

/**
 * Transport failures the real server cannot be made to produce on demand (a flaky proxy, a dropped
 * connection). The happy paths run against the real server in test/component/.
 */
function scriptedFetch(responses: (() => Response)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), init });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const settings = { enabled_features: [] };

test('sends the session token and version headers', async () => {
  const { fetch, calls } = scriptedFetch([json(200, settings)]);
  const client = new ConnectApiClient({ baseUrl: 'http://hub.test/', token: 'tok', fetch });
  assert.deepEqual(await client.getSettings(), settings);
  assert.equal(calls[0]?.url, 'http://hub.test/hub/settings');
  const headers = calls[0]?.init?.headers as Record<string, string>;
  assert.equal(headers['x-hub-session-token'], 'tok');
  assert.match(headers['x-hub-version'] ?? '', /connect-hub/);
});

test('GETs retry transient failures with the configured delays, then succeed', async () => {
  const { fetch, calls } = scriptedFetch([json(503, { statusCode: 503, message: 'busy', timestamp: '' }), () => { throw new TypeError('reset'); }, json(200, settings)]);
  const client = new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch, retryDelays: [1, 1] });
  assert.deepEqual(await client.getSettings(), settings);
  assert.equal(calls.length, 3);
});

test('GETs give up after the last delay and do not retry 4xx', async () => {
  const failing = scriptedFetch([json(500, { statusCode: 500, message: 'down', timestamp: '' }), json(500, { statusCode: 500, message: 'still down', timestamp: '' })]);
  const client = new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch: failing.fetch, retryDelays: [1] });
  await assert.rejects(client.getSettings(), (error: unknown) => error instanceof ConnectApiError && error.message === 'still down');
  const notFound = scriptedFetch([json(404, { statusCode: 404, message: 'no such connector', code: 'not_found', timestamp: '' })]);
  const client404 = new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch: notFound.fetch, retryDelays: [1, 1] });
  await assert.rejects(client404.getConnector('x'), (error: unknown) => error instanceof ConnectApiError && error.code === 'not_found');
  assert.equal(notFound.calls.length, 1);
});

test('POST is never retried and carries the provider response', async () => {
  const body = { statusCode: 422, code: 'provider_rejected', message: 'Bad key', provider_response: '{"error":"nope"}', timestamp: '' };
  const { fetch, calls } = scriptedFetch([json(422, body), json(201, { id: 'never' })]);
  const client = new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch, retryDelays: [1, 1] });
  await assert.rejects(client.createAccount({ integration_id: 'x', credentials: {} }), (error: unknown) => {
    assert.ok(error instanceof ConnectApiError);
    assert.equal(error.status, 422);
    assert.equal(error.providerResponse, '{"error":"nope"}');
    return true;
  });
  assert.equal(calls.length, 1);
  assert.equal(calls[0]?.init?.method, 'POST');
});

test('401/403 are SessionExpiredError, PATCH included; an empty 2xx PATCH is a success', async () => {
  const { fetch } = scriptedFetch([
    json(401, { statusCode: 401, message: 'expired', timestamp: '' }),
    () => new Response('', { status: 403 }),
    () => new Response(null, { status: 204 }),
  ]);
  const client = new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch, retryDelays: [1] });
  await assert.rejects(client.getSettings(), SessionExpiredError);
  await assert.rejects(client.updateAccount('acc_1', { integration_id: 'x', credentials: {} }), SessionExpiredError);
  assert.deepEqual(await client.updateAccount('acc_1', { integration_id: 'x', credentials: {} }), { id: 'acc_1' });
});

test('responses that break the contract are errors, not data', async () => {
  const { fetch } = scriptedFetch([json(200, { integrations: 'nope' }), () => new Response('<html>', { status: 200 })]);
  const client = new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch, retryDelays: [] });
  await assert.rejects(client.listConnectors(), (error: unknown) => error instanceof ConnectApiError && error.code === 'invalid_response');
  await assert.rejects(client.listConnectors(), (error: unknown) => error instanceof ConnectApiError && error.code === 'invalid_response');
});

test('an aborted request rejects with the abort, without retrying', async () => {
  const controller = new AbortController();
  const fetch: typeof globalThis.fetch = (_input, init) =>
    new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
  const client = new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch, retryDelays: [1, 1] });
  const pending = client.listConnectors('sandbox_hris', controller.signal);
  controller.abort();
  await assert.rejects(pending, (error: unknown) => error instanceof DOMException && error.name === 'AbortError');
});
