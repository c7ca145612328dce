import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConnectApiClient } from '../../src/client/api-client.js';
import { ConnectApiError } from '../../src/client/errors.js';

function clientAnswering(status: number, headers: Record<string, string>): ConnectApiClient {
  const body = JSON.stringify({ statusCode: status, message: 'Too many requests', code: 'rate_limited', timestamp: new Date().toISOString() });
  return new ConnectApiClient({ baseUrl: 'http://hub.test', token: 't', fetch: async () => new Response(body, { status, headers }) });
}

async function failureOf(client: ConnectApiClient): Promise<ConnectApiError> {
  try {
    await client.createAccount({ integration_id: 'x', credentials: {} });
  } catch (error) {
    assert.ok(error instanceof ConnectApiError);
    return error;
  }
  assert.fail('the call did not fail');
}

describe('the hub client reads a 429 Retry-After (issue 13 §3: the wait in words)', () => {
  it('seconds, an HTTP date, or nothing', async () => {
    assert.equal((await failureOf(clientAnswering(429, { 'retry-after': '42' }))).retryAfterSeconds, 42);
    const date = new Date(Date.now() + 120_000).toUTCString();
    const fromDate = (await failureOf(clientAnswering(429, { 'retry-after': date }))).retryAfterSeconds!;
    assert.ok(fromDate > 100 && fromDate <= 120, `about two minutes, got ${fromDate}`);
    assert.equal((await failureOf(clientAnswering(429, {}))).retryAfterSeconds, undefined);
    assert.equal((await failureOf(clientAnswering(429, { 'retry-after': 'soon' }))).retryAfterSeconds, undefined);
    assert.equal((await failureOf(clientAnswering(429, { 'retry-after': '42' }))).code, 'rate_limited');
  });
});
