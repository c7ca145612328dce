// Navigation → "Sandbox HRIS" painted, side by side: our auth link (the real server's /link page, server-rendered,
// and again from a server with the render off, the inline JSON alone) and
// StackOne's published <stackone-hub> element (@stackone/hub 1.11.4, unmodified) hosted on a local page
// against the same server, the way test/e2e/stackone-compat.spec.ts hosts it (demo/e2e-host/stackone-hub.html).
// Alternating, 7 rounds each after one warm-up each, every round in a fresh browser context (cold cache),
// median and ratio; on loopback, then with Chromium's CPU 4× slower and the network at 1.6 Mbps / 150 ms RTT
// (CDP Emulation.setCPUThrottlingRate + Network.emulateNetworkConditions, Lighthouse's mobile profile).
// StackOne's files are served gzip-compressed (as any CDN would), so the comparison is not about our compression.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_LAUNCH, REPO_ROOT, requireBuild, startHubServer } from './hub-server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const TEXT = 'Sandbox HRIS';
const HOST_DIR = join(REPO_ROOT, 'demo/e2e-host');
const VENDOR = { '/vendor/stackone-hub.js': join(REPO_ROOT, 'node_modules/@stackone/hub/dist/webcomponent.js') };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const PROFILES = [
  { name: 'loopback', cpu: 1, network: undefined },
  // Lighthouse's mobile ("slow 4G") numbers: 150 ms RTT, 1.6 Mbps down, 750 Kbps up.
  { name: 'CPU 4x slower, 1.6 Mbps / 150 ms RTT', cpu: 4, network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 } },
];

// Runs in every page before its own scripts: each frame, look for the text in the composed tree (shadow
// roots included) on a box that is visible; the frame that has it paints right after its rAF callbacks, and
// a message posted from there arrives once that frame is out: that time, from navigation start, is the figure.
const PAINT_PROBE = `(() => {
  const want = ${JSON.stringify(TEXT)};
  const visible = (node) => {
    const element = node.parentElement;
    if (!element || !element.checkVisibility()) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  };
  const search = (root) => {
    for (let node = root.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && node.data.includes(want) && visible(node)) return true;
      if (node.nodeType === 1) {
        if (node.shadowRoot && search(node.shadowRoot)) return true;
        if (search(node)) return true;
      }
    }
    return false;
  };
  const frame = () => {
    if (document.documentElement && search(document.documentElement)) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__paintedAt = performance.now());
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

function startVendorHost() {
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const file = VENDOR[path] ?? normalize(join(HOST_DIR, path));
    if (!VENDOR[path] && !file.startsWith(HOST_DIR)) return response.writeHead(403).end();
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return response.writeHead(404).end();
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })),
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  const handle = await page.waitForFunction(() => window.__paintedAt, undefined, { timeout: 120_000, polling: 50 });
  const paintedAt = await handle.jsonValue();
  await context.close();
  return { ms: paintedAt, requests: requests.length };
}

requireBuild(['dist/app/index.html', 'dist/lib/define.js', 'dist/ssr/auth-link.js']);
const server = await startHubServer({ env: { CONNECT_HUB_AUTH_LINK_SSR: 'on' } });
// The same server without the server render (CONNECT_HUB_AUTH_LINK_SSR=off): the page carries the inline JSON only.
const inlineOnly = await startHubServer({ env: { CONNECT_HUB_AUTH_LINK_SSR: 'off' } });
const host = await startVendorHost();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const ours = async () => (await server.createSession({ origin_owner_id: `bench-paint-${Math.random()}` })).auth_link_url;
  const inline = async () => (await inlineOnly.createSession({ origin_owner_id: `bench-paint-${Math.random()}` })).auth_link_url;
  const theirs = async () => {
    const session = await server.createSession({ origin_owner_id: `bench-paint-${Math.random()}` });
    return `${host.origin}/stackone-hub.html?${new URLSearchParams({ server: server.url, token: session.token })}`;
  };
  const variants = [
    { name: 'Connect Hub auth link (server-rendered)', url: ours },
    { name: 'Connect Hub auth link (inline JSON only)', url: inline },
    { name: 'StackOne <stackone-hub>', url: theirs },
  ];
  console.log(`navigation → "${TEXT}" painted (ms from navigation start; median of ${ROUNDS}, alternating, cold cache each round)`);
  for (const profile of PROFILES) {
    // One round each first, not counted: the server's and the browser's first-time costs.
    for (const variant of variants) await measure(browser, await variant.url(), profile);
    const results = variants.map(() => ({ ms: [], requests: 0 }));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, variant] of variants.entries()) {
        const { ms, requests } = await measure(browser, await variant.url(), profile);
        results[index].ms.push(ms);
        results[index].requests = requests;
      }
    }
    const medians = results.map((result) => median(result.ms));
    const stackone = medians[medians.length - 1];
    console.log(`  ${profile.name}:`);
    for (const [index, variant] of variants.entries()) {
      const { ms, requests } = results[index];
      const ratio = index === variants.length - 1 ? '' : `  ${(stackone / medians[index]).toFixed(1)}x faster than StackOne`;
      console.log(`    ${variant.name.padEnd(42)} ${medians[index].toFixed(0).padStart(6)} ms${ratio}  (${ms.map((v) => v.toFixed(0)).join(', ')}; ${requests} requests)`);
    }
  }
} finally {
  await browser.close();
  await host.close();
  await server.stop();
  await inlineOnly.stop();
}
