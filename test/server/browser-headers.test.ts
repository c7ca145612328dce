import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OAUTH_LANDING_PATH as LANDING_PATH } from '../../src/contract/wire.js';
import { PAGE_CSP } from '../../src/server/routes/pages.js';
import { createSession, startTestServer, type TestServer } from './harness.js';

/** A build with every page section the server serves (hub page, dashboard, demo). */
function fakeBuild(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-dist-'));
  for (const section of ['', 'dashboard', 'demo']) {
    mkdirSync(path.join(dist, 'app', section), { recursive: true });
    writeFileSync(path.join(dist, 'app', section, 'index.html'), `<!doctype html><title>${section || 'hub'}</title>`);
  }
  mkdirSync(path.join(dist, 'app', 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'app', 'assets', 'main.js'), 'export {};');
  return dist;
}

interface Page {
  path: string;
  referrerPolicy: 'no-referrer' | 'strict-origin-when-cross-origin';
}

async function headersOf(t: TestServer, urlPath: string, init: RequestInit = {}): Promise<Headers> {
  const response = await fetch(t.server.url + urlPath, { redirect: 'manual', ...init });
  await response.arrayBuffer();
  return response.headers;
}

function assertNotFramable(headers: Headers, where: string): void {
  const csp = headers.get('content-security-policy') ?? '';
  assert.match(csp, /(^|; )frame-ancestors 'none'($|;)/, `${where}: frame-ancestors in ${csp}`);
  assert.equal(csp.match(/frame-ancestors/g)?.length, 1, `${where}: one frame-ancestors directive`);
  assert.equal(headers.get('x-frame-options'), 'DENY', where);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', where);
}

describe('browser headers on every page and API answer (issue 11 §5)', () => {
  let dist: string;
  let t: TestServer;
  let token: string;
  let pages: Page[];
  before(async () => {
    dist = fakeBuild();
    t = await startTestServer({ config: { distDir: path.join(dist, 'app') } });
    token = (await createSession(t)).token;
    pages = [
      // URLs that carry a session token (or an attempt id) must not leak them as a Referer.
      { path: `/embedded/integrations?token=${token}`, referrerPolicy: 'no-referrer' },
      { path: `/link?token=${token}`, referrerPolicy: 'no-referrer' },
      { path: `/connect/oauth2/sandbox_crm?token=${token}&connection_attempt_id=nope`, referrerPolicy: 'no-referrer' },
      { path: `${LANDING_PATH}?connection_attempt_id=nope`, referrerPolicy: 'no-referrer' },
      { path: '/dashboard/', referrerPolicy: 'strict-origin-when-cross-origin' },
      { path: '/demo/', referrerPolicy: 'strict-origin-when-cross-origin' },
    ];
  });
  after(async () => {
    await t?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('no page may be framed: frame-ancestors joined to the page CSP, X-Frame-Options DENY, a Referrer-Policy', async () => {
    for (const page of pages) {
      const headers = await headersOf(t, page.path);
      assert.match(headers.get('content-type') ?? '', /^text\/html/, page.path);
      assertNotFramable(headers, page.path);
      // The page's own policy is kept whole (scripts from self only, no inline code).
      assert.match(headers.get('content-security-policy') ?? '', /script-src 'self'/, page.path);
      assert.equal(headers.get('referrer-policy'), page.referrerPolicy, page.path);
      assert.equal(headers.get('strict-transport-security'), null, `${page.path}: no HSTS on a plain-http public URL`);
    }
    assert.match(PAGE_CSP, /frame-ancestors 'none'/);
  });

  it('API answers, errors, redirects, assets and 404s carry them too', async () => {
    const answers: Array<[string, RequestInit?]> = [
      ['/accounts', { headers: { authorization: `Basic ${Buffer.from(`${t.apiKey}:`).toString('base64')}` } }],
      ['/accounts'],
      ['/hub/settings', { headers: { 'x-hub-session-token': token } }],
      ['/openapi.json'],
      ['/dashboard'],
      ['/assets/main.js'],
      ['/no-such-route'],
      ['/sdk/%zz'],
    ];
    for (const [urlPath, init] of answers) {
      const headers = await headersOf(t, urlPath, init);
      assertNotFramable(headers, urlPath);
      assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin', urlPath);
    }
  });
});

describe('the auth-link page of a project that lists its embedding origins', () => {
  let dist: string;
  let t: TestServer;
  before(async () => {
    dist = fakeBuild();
    t = await startTestServer({ config: { distDir: path.join(dist, 'app') } });
  });
  after(async () => {
    await t?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('may be framed by those origins only; an unknown token, or no list, frames nowhere', async () => {
    const { token } = await createSession(t);
    assertNotFramable(await headersOf(t, `/link?token=${token}`), 'no allowed_origins yet');
    const patched = await t.call('PATCH', '/project', { json: { allowed_origins: ['https://app.example.com', 'http://localhost:5173'] } });
    assert.equal(patched.status, 200, patched.text);
    for (const page of [`/embedded/integrations?token=${token}`, `/link?token=${token}`]) {
      const headers = await headersOf(t, page);
      const csp = headers.get('content-security-policy') ?? '';
      assert.match(csp, /(^|; )frame-ancestors https:\/\/app\.example\.com http:\/\/localhost:5173($|;)/, csp);
      assert.match(csp, /script-src 'self'/);
      assert.equal(headers.get('x-frame-options'), null, 'X-Frame-Options cannot name origins: CSP alone decides');
      assert.equal(headers.get('referrer-policy'), 'no-referrer');
    }
    assertNotFramable(await headersOf(t, '/link?token=chs_unknown'), 'unknown token');
    assertNotFramable(await headersOf(t, '/link'), 'no token');
    assertNotFramable(await headersOf(t, '/dashboard/'), 'the dashboard is never framed');
  });
});

describe('HSTS', () => {
  it('is sent on every answer when PUBLIC_URL is https, and only then', async () => {
    const dist = fakeBuild();
    const t = await startTestServer({ config: { distDir: path.join(dist, 'app'), publicUrl: 'https://hub.example.com' } });
    try {
      for (const urlPath of ['/link?token=x', '/dashboard/', '/healthz', '/accounts', '/no-such-route']) {
        const headers = await headersOf(t, urlPath);
        assert.equal(headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains', urlPath);
      }
    } finally {
      await t.stop();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
