import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseTrustProxy, type RateLimitSettings } from '../../src/server/http/rate-limit/index.js';
import { newAttempt, startUrl } from '../oauth/support.js';
import { startTestServer, type TestServer } from './harness.js';

const TIGHT: RateLimitSettings = {
  apiKeyFailures: { points: 3, seconds: 60 },
  sessionFailures: { points: 3, seconds: 60 },
  submits: { points: 3, seconds: 60 },
  renewals: null,
};

/** What the OAuth popup's start page counts against an address: a wrong token, and nothing else. */
describe('the OAuth start page under the session-token failure limit', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { rateLimits: TIGHT, trustProxy: parseTrustProxy('on') } });
  });
  after(() => t.stop());

  const load = (url: string, address: string) => fetch(url, { redirect: 'manual', headers: { 'x-forwarded-for': address } });

  it('pages that start a flow with a good token never use up the limit', async () => {
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'page-good' });
    for (let i = 0; i < 6; i++) assert.equal((await load(startUrl(t, { token, attemptId }), '203.0.113.60')).status, 302, `load ${i + 1}`);
  });

  it('pages without a token are not guesses: they are not counted', async () => {
    const address = '203.0.113.61';
    for (let i = 0; i < 6; i++) {
      const page = await load(`${t.server.url}/connect/oauth2/sandbox_crm?connection_attempt_id=x`, address);
      assert.ok(page.status === 400 || page.status === 401, `a page without a token is refused (${page.status})`);
    }
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'page-after-tokenless' });
    assert.equal((await load(startUrl(t, { token, attemptId }), address)).status, 302, 'the address is not over the limit');
  });

  it('wrong tokens are: the fourth page from that address is a 429, even with a good token', async () => {
    const address = '203.0.113.62';
    for (let i = 0; i < 3; i++) assert.equal((await load(`${t.server.url}/connect/oauth2/sandbox_crm?token=chs_guess_${i}&connection_attempt_id=x`, address)).status, 401);
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'page-after-guesses' });
    const refused = await load(startUrl(t, { token, attemptId }), address);
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('retry-after') ?? '', /^\d+$/);
    assert.equal((await load(startUrl(t, { token, attemptId }), '203.0.113.63')).status, 302, 'another address is not affected');
  });
});
