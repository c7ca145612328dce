import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/free-port.mjs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForBrokenLoads, watchForCspViolations } from './support/hub-flow.js';

// The demo as a newcomer meets it: `connect-hub serve` on an EMPTY data dir, no API key configured, then
// the /demo page. Its own server, so nothing the other specs did is in its database.
const REPO_ROOT = resolve(import.meta.dirname, '../..');
let server: ChildProcess;
let serverUrl: string;
let dataDir: string;
const serverLog: string[] = [];


test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'connect-hub-demo-e2e-'));
  expect(await readdir(dataDir)).toEqual([]);
  const port = await freePort();
  serverUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PUBLIC_URL: serverUrl, NO_COLOR: '1' };
  delete env.CONNECT_HUB_API_KEY;
  delete env.CONNECT_HUB_DATA_DIR;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => serverLog.push(String(chunk)));
  server.stderr?.on('data', (chunk) => serverLog.push(String(chunk)));
  await expect
    .poll(async () => (await fetch(`${serverUrl}/healthz`).catch(() => undefined))?.status, { timeout: 60_000, message: serverLog.join('') })
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await rm(dataDir, { recursive: true, force: true });
});

/** The end-user steps in one hub: the page's only one, or the one inside `scope` (the inline hub, the dialog). */
async function linkSandboxHris(scope: Page | Locator): Promise<void> {
  const search = scope.getByRole('searchbox', { name: 'Search connectors' });
  await expect(search).toBeVisible();
  await search.fill('sandbox');
  await scope.getByRole('button', { name: /Sandbox HRIS/ }).click();
  await scope.getByLabel('Subdomain').fill('acme');
  await scope.getByLabel('API key', { exact: true }).fill('sandbox_good');
  await scope.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(scope.getByText('Connection successful')).toBeVisible();
}

test('demo on a fresh server: link a sandbox account inline, see its account.created webhook arrive', async ({ page }) => {
  expect(serverLog.join('')).toContain(`Demo`);
  const { problems } = watchForBrokenLoads(page);
  const cspViolations = await watchForCspViolations(page);
  const demoApiCalls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/demo/api/')) demoApiCalls.push(`${request.method()} ${url.pathname}`);
    // The page never holds the API key: no request from it carries Basic auth.
    expect(request.headers()['authorization']).toBeUndefined();
  });

  await page.goto(`${serverUrl}/demo/`);
  await expect(page.getByRole('heading', { name: 'Connect your HR system' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Operator dashboard' })).toHaveAttribute('href', '/dashboard/');
  await expect(page.getByRole('link', { name: 'OpenAPI' }).first()).toHaveAttribute('href', '/openapi.json');
  await expect(page.locator('#webhook-empty')).toBeVisible();

  const inline = page.locator('#inline-hub');
  await linkSandboxHris(inline);
  await expect(page.locator('#inline-status')).toContainText(/Linked sandbox_hris account acc_/);
  const accountId = (await page.locator('#inline-status').textContent())?.match(/acc_[\w-]+/)?.[0];
  expect(accountId).toBeTruthy();

  const received = page.getByRole('list', { name: 'Received webhooks' }).getByRole('listitem');
  await expect(received).toHaveCount(1, { timeout: 20_000 });
  await expect(received.first()).toContainText('account.created');
  await expect(received.first()).toContainText('sandbox_hris · Globex Corporation');
  await expect(received.first()).toContainText(accountId!);
  await expect(received.first()).toContainText('both signatures verified');
  await expect(page.locator('#webhook-empty')).toBeHidden();

  // Close starts over with a new session, ready for the next link.
  await inline.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(inline.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();

  expect(demoApiCalls).toEqual(expect.arrayContaining(['POST /demo/api/start', 'POST /demo/api/session', 'GET /demo/api/received']));
  expect(problems).toEqual([]);
  expect(await cspViolations()).toEqual([]);
});

test('demo: "send an auth link" makes a 30-day link that works in another browser, and the launcher modal links too', async ({ page, browser }) => {
  await page.goto(`${serverUrl}/demo/`);
  await expect(page.locator('#inline-hub').getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();

  // A field error shows at the field.
  await page.getByLabel('Customer ID').fill('');
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.locator('#owner-id-error')).toHaveText('Customer ID is required');
  await expect(page.getByLabel('Customer ID')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Customer ID').fill('initech');
  await page.getByLabel('Customer name').fill('Initech');
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = page.getByLabel('Auth link', { exact: true });
  await expect(link).toHaveValue(new RegExp(`^${serverUrl}/embedded/integrations\\?token=chs_`));
  const expiry = await page.locator('#link-expiry').textContent();
  const in30Days = new Date(Date.now() + 30 * 86_400_000);
  expect(expiry).toContain(String(in30Days.getFullYear()));
  // The link's own session says how long it lives: 30 days (a year check would pass a 30-minute link).
  const token = new URL(await link.inputValue()).searchParams.get('token')!;
  const settings = await page.request.get(`${serverUrl}/hub/settings`, { headers: { 'x-hub-session-token': token } });
  expect(settings.status()).toBe(200);
  const expiresAt = Date.parse(((await settings.json()) as { expires_at: string }).expires_at);
  expect(Math.abs(expiresAt - in30Days.getTime())).toBeLessThan(10 * 60_000);

  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await customerPage.goto(await link.inputValue());
  await linkSandboxHris(customerPage);
  await customer.close();

  const received = page.getByRole('list', { name: 'Received webhooks' }).getByRole('listitem');
  await expect(received.filter({ hasText: 'Initech' })).toHaveCount(1, { timeout: 20_000 });
  await expect(received.filter({ hasText: 'Initech' })).toContainText('account.created');

  await page.getByRole('button', { name: 'Connect in a dialog' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect an account' });
  await expect(dialog).toBeVisible();
  await linkSandboxHris(dialog);
  await expect(page.locator('#launcher-status')).toContainText(/Linked sandbox_hris account acc_.* \(dialog\)/);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();

  // Popup: the auth-link page on the same origin tells this page which account it linked.
  // Count once the dialog's own account.created has arrived, so the popup's is the only one still due.
  const dialogAccount = (await page.locator('#launcher-status').textContent())?.match(/acc_[\w-]+/)?.[0] ?? 'missing';
  await expect(received.filter({ hasText: dialogAccount })).toHaveCount(1, { timeout: 20_000 });
  const globex = received.filter({ hasText: 'Globex Corporation' });
  const before = await globex.count();
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect in a popup' }).click();
  const popup = await popupOpened;
  await linkSandboxHris(popup);
  await expect(page.locator('#launcher-status')).toContainText(/Linked sandbox_hris account acc_.* \(popup\)/);
  await expect(globex).toHaveCount(before + 1, { timeout: 20_000 });
});

test('demo at 375 px: the hub fits inside its card, no page scrolls sideways, and layout shift (CLS) stays ≤ 0.1', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  // Registered before any script of the page: every layout shift from the first paint on is counted
  // (buffered), the way the CLS metric sums them (shifts right after input excluded by the browser).
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${serverUrl}/demo/`);
  const inline = page.locator('#inline-hub');
  await expect(inline.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
  await expect(inline.getByRole('button', { name: /Sandbox HRIS/ })).toBeVisible();
  // The webhook list's first poll and the fonts settle too before the sum is read.
  await page.evaluate(() => document.fonts.ready);
  // The first poll has drawn the list (empty, or the webhooks the other tests' links produced).
  const received = page.getByRole('list', { name: 'Received webhooks' }).getByRole('listitem');
  await expect.poll(async () => (await page.locator('#webhook-empty').isVisible()) || (await received.count()) > 0).toBe(true);
  await page.waitForTimeout(1000);

  const layout = await page.evaluate(() => {
    const hub = document.querySelector('#inline-hub')!.getBoundingClientRect();
    const card = document.querySelector('#inline-hub')!.closest('section, article, .card')!.getBoundingClientRect();
    return {
      hub: { left: hub.left, right: hub.right },
      card: { left: card.left, right: card.right },
      scrollWidth: document.documentElement.scrollWidth,
      cls: (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
    };
  });
  console.log(`# demo 375: CLS ${layout.cls.toFixed(4)}, hub ${layout.hub.left}–${layout.hub.right} in card ${layout.card.left}–${layout.card.right}`);
  expect(layout.scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(375);
  expect(layout.hub.left).toBeGreaterThanOrEqual(layout.card.left);
  expect(layout.hub.right, 'the hub ends inside its card').toBeLessThanOrEqual(layout.card.right);
  expect(layout.cls, `layout shifts: ${layout.cls}`).toBeLessThanOrEqual(0.1);
});
