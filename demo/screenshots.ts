/**
 * Screenshots of the demo page and of the launcher's modal, light and dark, 1280 and 375 px wide, into
 * docs/screenshots/ (demo-<theme>-<width>.png, launcher-modal-<theme>-<width>.png).
 * `node --import tsx demo/screenshots.ts` after `npm run build`; it starts its own server on an empty data dir.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_LAUNCH } from '../scripts/chromium-launch.mjs';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(REPO_ROOT, process.argv[2] ?? 'docs/screenshots');
const WIDTHS = [1280, 375] as const;
const THEMES = ['light', 'dark'] as const;

if (!existsSync(join(REPO_ROOT, 'dist/app/demo/index.html'))) {
  console.error('dist/app/demo/index.html is missing: run `npm run build` first');
  process.exit(1);
}

const port = await new Promise<number>((resolvePort, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
  });
});
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = await mkdtemp(join(tmpdir(), 'connect-hub-demo-shots-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--no-link'], {
  cwd: REPO_ROOT,
  env: { ...process.env, PUBLIC_URL: baseUrl, NO_COLOR: '1' },
  stdio: 'ignore',
});

async function waitHealthy(): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error('the server did not start');
}

async function linkInline(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search connectors' }).first().fill('sandbox');
  await page.getByRole('button', { name: /Sandbox HRIS/ }).first().click();
  await page.getByLabel('Subdomain').fill('acme');
  await page.getByLabel('API key', { exact: true }).fill('sandbox_good');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByText('Connection successful').waitFor();
  await page.locator('.webhook').first().waitFor({ timeout: 20_000 });
}

try {
  await waitHealthy();
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 812 }, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/demo/`);
      await linkInline(page);
      await page.getByRole('button', { name: 'Create link' }).click();
      await page.locator('#link-url').waitFor();
      await page.mouse.click(1, 1);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(OUT_DIR, `demo-${theme}-${width}.png`), fullPage: true });

      await page.getByRole('button', { name: 'Connect in a dialog' }).click();
      await page.getByRole('dialog').getByRole('searchbox', { name: 'Search connectors' }).waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(OUT_DIR, `launcher-modal-${theme}-${width}.png`) });
      await context.close();
      console.log(`demo + launcher modal, ${theme}, ${width}px`);
    }
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
  await rm(dataDir, { recursive: true, force: true });
}
