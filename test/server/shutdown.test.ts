import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GOOD_KEY, createSession, startTestServer } from './harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('shutdown (a deploy, Ctrl-C)', () => {
  it('a request under way when the server closes still answers, and what it wrote is kept', async () => {
    // The provider check of the sandbox connector goes through this fetch (to the server itself): its answer
    // is held back, so the request is still running when the server closes.
    let providerAnswered!: () => void;
    const answered = new Promise<void>((resolve) => (providerAnswered = resolve));
    const slowFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      providerAnswered();
      await sleep(400);
      return response;
    };
    const t = await startTestServer({ overrides: { fetch: slowFetch } });
    try {
      const { token } = await createSession(t, { origin_owner_id: 'org-deploy' });
      const submitted = t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
      // Close once the provider check has its answer (a closing server takes no new connections, and the
      // sandbox provider is this server): the request is then mid-flight, between the check and the write.
      await answered;
      const closing = t.server.close();
      const answer = await submitted;
      await closing;
      assert.equal(answer.status, 201, answer.text);

      await t.restart();
      const stored = await t.call('GET', `/accounts/${String(answer.body.id)}`);
      assert.equal(stored.status, 200, 'the account written during the shutdown is there after it');
      assert.equal(stored.body.origin_owner_id, 'org-deploy');
    } finally {
      await t.stop();
    }
  });
});
