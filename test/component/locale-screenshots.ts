/**
 * The hub in Arabic on a phone (375 px) and in Japanese on a desktop (1280 px): list, form, error and success,
 * against the real server. `node --import tsx test/component/locale-screenshots.ts [out dir]` (default docs/screenshots).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright';
import { readConfig, startServer } from '../../src/server/index.js';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium-launch.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
const API_KEY = 'chk_screenshots_key_0123456789abcdef';

const bundle = await build({ entryPoints: ['src/hub/define.ts'], bundle: true, format: 'esm', write: false, tsconfig: 'tsconfig.json', logLevel: 'error' });
const hubScript = bundle.outputFiles[0]?.text ?? '';
const dataDir = await mkdtemp(join(tmpdir(), 'connect-hub-locale-shots-'));
const server = await startServer(readConfig({}, { port: 0, dataDir, apiKey: API_KEY }), {
  logger: { info: () => undefined, error: (line) => console.error(line) },
});

async function sessionToken(body: Record<string, unknown> = {}): Promise<string> {
  const response = await fetch(`${server.url}/connect_sessions`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ origin_owner_id: `o-${Math.random()}`, origin_owner_name: 'Screenshots Ltd', ...body }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function openHub(page: Page, locale: string, theme: string, token: string): Promise<void> {
  const background = theme === 'dark' ? '#0b0c10' : '#eef0f4';
  await page.setContent(
    `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
     <body style="margin:0;min-height:100vh;background:${background};display:grid;place-items:start center;padding:40px 12px;box-sizing:border-box">
     <connect-hub base-url="${server.url}" theme="${theme}" locale="${locale}" token="${token}" style="width:min(440px,100%)"></connect-hub></body></html>`,
  );
  await page.addScriptTag({ type: 'module', content: hubScript });
}

const hub = (page: Page) => page.locator('connect-hub');
const submit = (page: Page) => hub(page).locator('button[type="submit"]');

const scenarios: { name: string; session?: Record<string, unknown>; act: (page: Page) => Promise<void> }[] = [
  { name: 'list', act: async (page) => void (await hub(page).locator('.row').first().waitFor()) },
  { name: 'form', session: { provider: 'sandbox_hris' }, act: async (page) => void (await hub(page).locator('#f-api_key').waitFor()) },
  {
    name: 'error',
    session: { provider: 'sandbox_hris' },
    act: async (page) => {
      await hub(page).locator('#f-subdomain').fill('acme');
      await hub(page).locator('#f-api_key').fill('wrong-key');
      await submit(page).click();
      await hub(page).getByRole('alert').waitFor();
    },
  },
  {
    name: 'success',
    session: { provider: 'sandbox_hris' },
    act: async (page) => {
      await hub(page).locator('#f-subdomain').fill('acme');
      await hub(page).locator('#f-api_key').fill('sandbox_good');
      await submit(page).click();
      await hub(page).locator('connect-hub-status[tone="success"]').waitFor();
    },
  },
];

const browser = await chromium.launch(CHROMIUM_LAUNCH);
await mkdir(outDir, { recursive: true });
try {
  for (const [locale, width] of [['ar', 375], ['ja', 1280]] as const) {
    for (const theme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: width > 400 ? 800 : 760 }, colorScheme: theme === 'dark' ? 'dark' : 'light', locale });
      for (const scenario of scenarios) {
        await openHub(page, locale, theme, await sessionToken(scenario.session));
        await scenario.act(page);
        await page.screenshot({ path: join(outDir, `hub-${locale}-${scenario.name}-${theme}-${width}.png`), fullPage: true });
      }
      await page.close();
    }
  }
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
