import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseTrustProxy, type RateLimitSettings } from '../../src/server/http/rate-limit/index.js';
import { newAttempt, startUrl } from '../oauth/support.js';
import { createSession, startTestServer, type TestServer } from './harness.js';

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

/** The API-key and renewal checks under their limits (src/server/http/auth.ts), each counted apart. */
describe('the API key and the renewal page under their limits', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { rateLimits: { ...TIGHT, renewals: { points: 2, seconds: 3600 } }, trustProxy: parseTrustProxy('on') } });
  });
  after(() => t.stop());

  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('an Authorization header of another scheme is a 401 that says which schemes are taken', async () => {
    const answer = await t.call('GET', '/accounts', { apiKey: null, headers: { authorization: 'Digest username="x"', ...from('203.0.113.70') } });
    assert.equal(answer.status, 401);
    assert.equal((answer.body.error as { message?: string } | undefined)?.message ?? answer.body.message, 'Unsupported Authorization header: use HTTP Basic with the API key as username, or Bearer <key>');
  });

  it('a key check that fails for another reason than a wrong key (the database down) is no guess: it is not counted', async () => {
    const address = '203.0.113.71';
    const projects = t.server.services.projects;
    const real = projects.projectForApiKey;
    projects.projectForApiKey = async () => {
      throw new Error('the database is down');
    };
    try {
      for (let i = 0; i < 4; i++) assert.equal((await t.call('GET', '/accounts', { headers: from(address) })).status, 500, `failure ${i + 1}`);
    } finally {
      projects.projectForApiKey = real;
    }
    assert.equal((await t.call('GET', '/accounts', { headers: from(address) })).status, 200, 'the address is not over the limit');
  });

  it('unknown tokens on the renewal page count as guesses: the fourth ask from that address is a 429', async () => {
    const address = '203.0.113.72';
    for (let i = 0; i < 3; i++) assert.equal((await t.call('POST', '/hub/renewal', { token: `chs_guess_renewal_${i}`, headers: from(address) })).status, 401);
    const { token } = await createSession(t, { origin_owner_id: 'renew-after-guesses', expires_in: 60 });
    t.clock.advanceSeconds(61);
    assert.equal((await t.call('POST', '/hub/renewal', { token, headers: from(address) })).status, 429);
    assert.equal((await t.call('POST', '/hub/renewal', { token, headers: from('203.0.113.73') })).status, 200, 'another address is not affected');
  });

  it('one expired link asks for renewal at most as often as the renewals limit allows, whatever the address', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'renew-limit', expires_in: 60 });
    const other = await createSession(t, { origin_owner_id: 'renew-limit-other', expires_in: 60 });
    t.clock.advanceSeconds(61);
    assert.equal((await t.call('POST', '/hub/renewal', { token, headers: from('203.0.113.74') })).status, 200);
    assert.equal((await t.call('POST', '/hub/renewal', { token, headers: from('203.0.113.75') })).status, 200);
    const third = await t.call('POST', '/hub/renewal', { token, headers: from('203.0.113.76') });
    assert.equal(third.status, 429);
    assert.match(third.headers.get('retry-after') ?? '', /^\d+$/);
    assert.equal((await t.call('POST', '/hub/renewal', { token: other.token, headers: from('203.0.113.74') })).status, 200, 'another link is not affected');
  });
});
