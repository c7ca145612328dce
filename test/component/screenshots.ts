/**
 * Screenshots of every hub view, light and dark, at 1280 and 375 px wide, against the real server.
 * `node --import tsx test/component/screenshots.ts [out dir]` (default `reports/screenshots`).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright';
import { readConfig, startServer } from '../../src/server/index.js';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium-launch.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots';
const API_KEY = 'chk_screenshots_key_0123456789abcdef';

const bundle = await build({
  entryPoints: ['src/hub/define.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  tsconfig: 'tsconfig.json',
  logLevel: 'error',
});
const hubScript = bundle.outputFiles[0]?.text ?? '';

const dataDir = await mkdtemp(join(tmpdir(), 'connect-hub-shots-'));
const server = await startServer(readConfig({}, { port: 0, dataDir, apiKey: API_KEY }), {
  logger: { info: () => undefined, error: (line) => console.error(line) },
});

async function createSession(body: Record<string, unknown> = {}): Promise<{ token: string; account_id?: string }> {
  const response = await fetch(`${server.url}/connect_sessions`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ origin_owner_id: `o-${Math.random()}`, origin_owner_name: 'Screenshots Ltd', ...body }),
  });
  return (await response.json()) as { token: string };
}

async function linkSandboxAccount(): Promise<string> {
  const { token } = await createSession();
  const response = await fetch(`${server.url}/hub/accounts`, {
    method: 'POST',
    headers: { 'x-hub-session-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } }),
  });
  return ((await response.json()) as { id: string }).id;
}

const browser = await chromium.launch(CHROMIUM_LAUNCH);

async function openHub(page: Page, theme: string, attributes: Record<string, string>): Promise<void> {
  const attrs = Object.entries({ 'base-url': server.url, theme, locale: 'en', ...attributes })
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  const background = theme === 'dark' ? '#0b0c10' : '#eef0f4';
  await page.setContent(
    `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
     <body style="margin:0;min-height:100vh;background:${background};display:grid;place-items:start center;padding:40px 12px;box-sizing:border-box">
     <connect-hub ${attrs} style="width:min(440px,100%)"></connect-hub></body></html>`,
  );
  await page.addScriptTag({ type: 'module', content: hubScript });
}

const hub = (page: Page) => page.locator('connect-hub');

type Scenario = { name: string; attributes?: () => Promise<Record<string, string>>; act?: (page: Page) => Promise<void>; delay?: boolean };

const scenarios: Scenario[] = [
  { name: 'no-token' },
  { name: 'loading', delay: true, attributes: async () => ({ token: (await createSession()).token }) },
  {
    name: 'list',
    attributes: async () => ({ token: (await createSession()).token }),
    act: async (page) => void (await hub(page).getByRole('button', { name: /Sandbox HRIS/ }).waitFor()),
  },
  {
    name: 'list-search-empty',
    attributes: async () => ({ token: (await createSession()).token }),
    act: async (page) => {
      await hub(page).getByRole('searchbox').fill('zzzz');
      await hub(page).getByText('No connectors found').waitFor();
    },
  },
  {
    name: 'form',
    attributes: async () => ({ token: (await createSession()).token }),
    act: async (page) => {
      await hub(page).getByRole('searchbox').fill('sandbox');
      await hub(page).getByRole('button', { name: /Sandbox ATS/ }).click();
      await hub(page).getByLabel('Company ID').waitFor();
    },
  },
  {
    name: 'form-validation',
    attributes: async () => ({ token: (await createSession({ provider: 'sandbox_hris' })).token }),
    act: async (page) => {
      await hub(page).getByRole('button', { name: 'Connect' }).click();
      await hub(page).getByText('Subdomain is required').waitFor();
    },
  },
  {
    name: 'error',
    attributes: async () => ({ token: (await createSession({ provider: 'sandbox_hris' })).token }),
    act: async (page) => {
      await hub(page).getByLabel('Subdomain').fill('acme');
      await hub(page).getByLabel('API key', { exact: true }).fill('wrong-key');
      await hub(page).getByRole('button', { name: 'Connect' }).click();
      await hub(page).getByRole('alert').waitFor();
    },
  },
  {
    name: 'success',
    attributes: async () => ({ token: (await createSession({ provider: 'sandbox_hris' })).token }),
    act: async (page) => {
      await hub(page).getByLabel('Subdomain').fill('acme');
      await hub(page).getByLabel('API key', { exact: true }).fill('sandbox_good');
      await hub(page).getByRole('button', { name: 'Connect' }).click();
      await hub(page).getByText('Connection successful').waitFor();
    },
  },
  {
    name: 'edit',
    attributes: async () => {
      const accountId = await linkSandboxAccount();
      return { token: (await createSession({ account_id: accountId })).token };
    },
    act: async (page) => void (await hub(page).getByRole('button', { name: 'Update' }).waitFor()),
  },
  {
    name: 'expired',
    attributes: async () => ({ token: 'chs_not_a_real_token' }),
    act: async (page) => void (await hub(page).getByText('This link has expired or is invalid').waitFor()),
  },
];

await mkdir(outDir, { recursive: true });
try {
  for (const theme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: width > 400 ? 800 : 760 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
      for (const scenario of scenarios) {
        if (scenario.delay) await page.route('**/hub/connectors', () => undefined);
        await openHub(page, theme, (await scenario.attributes?.()) ?? {});
        await hub(page).waitFor();
        await scenario.act?.(page);
        if (scenario.delay) await page.waitForTimeout(300);
        await page.screenshot({ path: join(outDir, `${scenario.name}-${theme}-${width}.png`), fullPage: true });
        if (scenario.delay) await page.unrouteAll({ behavior: 'ignoreErrors' });
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
