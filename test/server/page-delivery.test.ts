import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createSession, startTestServer, type TestServer } from './harness.js';
import { CATALOG } from '../../src/catalog/index.js';
import { logosVersion } from '../../src/catalog/logos.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, not decoded. */
  bytes: Buffer;
}

/** node:http, so the body arrives as the server sent it (fetch would decode it unasked). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (response: RawResponse): string => {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(response.bytes).toString('utf8');
  if (coding === 'gzip') return gunzipSync(response.bytes).toString('utf8');
  assert.equal(coding, undefined, `unexpected coding ${String(coding)}`);
  return response.bytes.toString('utf8');
};

const PAGE_CSS = ':root{color:#111}.page{display:flex}';
const BUNDLE = `export const hub = ${JSON.stringify('x'.repeat(4000))};`;

describe('auth link and build files: painted from the first answer, compressed, cached', () => {
  let t: TestServer;
  let dist: string;
  before(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-delivery-'));
    const app = path.join(dist, 'app');
    mkdirSync(path.join(app, 'assets'), { recursive: true });
    mkdirSync(path.join(app, 'demo'), { recursive: true });
    mkdirSync(path.join(dist, 'lib'), { recursive: true });
    // The shape Vite writes: the module, its preloads, the stylesheet link.
    writeFileSync(
      path.join(app, 'index.html'),
      '<!doctype html><html><head><title>hub</title><script type="module" crossorigin src="/assets/index-B0MWSUqX.js"></script>' +
        '<link rel="stylesheet" crossorigin href="/assets/index-BK-iwE-6.css"></head><body><connect-hub></connect-hub></body></html>',
    );
    writeFileSync(path.join(app, 'assets', 'index-B0MWSUqX.js'), BUNDLE);
    writeFileSync(path.join(app, 'assets', 'index-BK-iwE-6.css'), `${PAGE_CSS}\n`);
    writeFileSync(path.join(app, 'assets', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(app, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(path.join(dist, 'lib', 'define.js'), BUNDLE);
    writeFileSync(path.join(dist, 'lib', 'hub-oauth-Baq_nqC4.js'), BUNDLE);
    t = await startTestServer({ config: { distDir: app } });
  });
  after(async () => {
    await t.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it("the auth link's HTML already holds the session's settings and connector names; the page CSS is inline and allowed by its hash", async () => {
    const { token } = await createSession(t, { origin_owner_id: 'delivery-1' });
    const response = await rawGet(`${t.server.url}/link?token=${token}`);
    assert.equal(response.status, 200);
    const html = decode(response);
    const block = (id: string) => {
      const match = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
      assert.ok(match, `no ${id} block`);
      return JSON.parse(match[1] ?? '') as Record<string, unknown>;
    };
    const names = (block('hub-connectors').integrations as { name: string }[]).map((integration) => integration.name);
    assert.ok(names.includes('Sandbox HRIS'), names.join(', '));
    // The same answers the hub's API gives: the page needs neither request.
    const api = await t.call('GET', '/hub/connectors', { token });
    assert.deepEqual(block('hub-connectors'), api.body);
    assert.deepEqual(block('hub-settings'), (await t.call('GET', '/hub/settings', { token })).body);
    // No stylesheet request before the first paint: the CSS is in a <style> the CSP names by its sha256.
    assert.doesNotMatch(html, /rel="stylesheet"/);
    assert.ok(html.includes(`<style>${PAGE_CSS}</style>`));
    const hash = createHash('sha256').update(PAGE_CSS).digest('base64');
    assert.match(String(response.headers['content-security-policy']), new RegExp(`style-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
  });

  it('an unknown token gets the page without data (the hub then shows the expired view)', async () => {
    const html = decode(await rawGet(`${t.server.url}/link?token=chs_unknown`));
    assert.doesNotMatch(html, /application\/json/);
    assert.match(html, /<connect-hub>/);
  });

  it('compresses with brotli or gzip when asked, and not when not: pages, bundles, JSON, SVG', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'delivery-2' });
    const urls = [`/link?token=${token}`, '/assets/index-B0MWSUqX.js', '/sdk/define.js', '/openapi.json', '/logos/sprite.svg'];
    for (const url of urls) {
      const plain = await rawGet(t.server.url + url);
      assert.equal(plain.status, 200, url);
      assert.equal(plain.headers['content-encoding'], undefined, `${url} compressed unasked`);
      assert.match(String(plain.headers.vary), /accept-encoding/i, url);
      const text = plain.bytes.toString('utf8');
      for (const coding of ['br', 'gzip'] as const) {
        const packed = await rawGet(t.server.url + url, { 'accept-encoding': coding === 'br' ? 'gzip, deflate, br' : 'gzip, deflate' });
        assert.equal(packed.headers['content-encoding'], coding, url);
        assert.ok(packed.bytes.length < plain.bytes.length / 2, `${url} ${coding}: ${packed.bytes.length} of ${plain.bytes.length} bytes`);
        // The auth link has a fresh request id in no body, so both codings decode to the same page.
        assert.equal(decode(packed), text, `${url} ${coding}`);
      }
    }
    // Refused codings are honoured; a tiny body is not worth a coding.
    assert.equal((await rawGet(`${t.server.url}/assets/index-B0MWSUqX.js`, { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding'], undefined);
    assert.equal((await rawGet(`${t.server.url}/assets/favicon.svg`, { 'accept-encoding': 'br' })).headers['content-encoding'], undefined);
  });

  it('content-hashed files are immutable for a year; unhashed names are not', async () => {
    for (const url of ['/assets/index-B0MWSUqX.js', '/assets/index-BK-iwE-6.css', '/sdk/hub-oauth-Baq_nqC4.js']) {
      assert.equal((await rawGet(t.server.url + url)).headers['cache-control'], 'public, max-age=31536000, immutable', url);
    }
    assert.doesNotMatch(String((await rawGet(`${t.server.url}/assets/favicon.svg`)).headers['cache-control']), /immutable/);
    assert.equal((await rawGet(`${t.server.url}/sdk/define.js`)).headers['cache-control'], 'public, max-age=300');
  });

  it('logos at the URLs the API gives (`?v=` their fingerprint) are immutable, and so is the sprite the hub makes of them; other versions are not', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'delivery-logos' });
    const list = await t.call('GET', '/hub/connectors', { token });
    const [first, second] = (list.body.integrations as { logo_url: string }[]).map((integration) => integration.logo_url.replace(t.server.publicUrl, t.server.url));
    const version = new URL(first!).searchParams.get('v');
    assert.equal(version, logosVersion(CATALOG));
    const sprite = `${t.server.url}/logos/sprite.svg?k=sandbox_hris,asana&v=${version}`;
    for (const url of [first!, second!, sprite]) {
      const response = await rawGet(url);
      assert.equal(response.status, 200, url);
      assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable', url);
    }
    for (const url of ['/logos/sandbox_hris.svg', '/logos/sandbox_hris.svg?v=0123456789', '/logos/sprite.svg?k=sandbox_hris,asana']) {
      assert.equal((await rawGet(t.server.url + url)).headers['cache-control'], 'public, max-age=604800', url);
    }
  });

  it('/demo and /demo/ are the same page: no trailing-slash redirect', async () => {
    for (const url of ['/demo', '/demo/']) {
      const response = await rawGet(t.server.url + url);
      assert.equal(response.status, 200, url);
      assert.equal(response.headers.location, undefined);
      assert.match(decode(response), /<title>demo<\/title>/);
    }
  });

  it('the logo sprite holds each asked logo under its key, one document for the whole list', async () => {
    const sprite = decode(await rawGet(`${t.server.url}/logos/sprite.svg?k=sandbox_hris,nope,asana`));
    assert.match(sprite, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 48">/);
    assert.match(sprite, /<view id="sandbox_hris" viewBox="0 0 24 24"\/>/);
    assert.match(sprite, /<view id="asana" viewBox="0 24 24 24"\/>/);
    assert.doesNotMatch(sprite, /id="nope"/);
    const tooMany = await t.call('GET', `/logos/sprite.svg?k=${Array.from({ length: 501 }, (_, i) => `k${i}`).join(',')}`);
    assert.equal(tooMany.status, 400);
  });
});
