import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { uniqueOwner } from './support/connect-api.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './support/server-config.js';
import { LoopbackReceiver } from './support/webhook-receiver.js';

/** Screenshots of every dashboard page, light and dark, 1280 and 375 px: docs/screenshots/dashboard-<page>-<theme>-<width>.png. */
const OUT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const DASHBOARD_URL = `${E2E_SERVER_URL}/dashboard/`;
const basic = `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`;

async function link(request: APIRequestContext, owner: string, name: string, username: string, provider: 'sandbox_hris' | 'sandbox_ats'): Promise<string> {
  const session = await request.post(`${E2E_SERVER_URL}/connect_sessions`, {
    headers: { authorization: basic },
    data: { origin_owner_id: owner, origin_owner_name: name, origin_username: username, label: `${name} ${provider === 'sandbox_ats' ? 'ATS' : 'HR'}`, metadata: { plan: 'growth' } },
  });
  const { token } = (await session.json()) as { token: string };
  const credentials = provider === 'sandbox_hris' ? { subdomain: 'acme', api_key: 'sandbox_good' } : { region: 'us', company_id: '7', username: 'demo', password: 'sandbox_good' };
  const linked = await request.post(`${E2E_SERVER_URL}/hub/accounts`, {
    headers: { 'x-hub-session-token': token },
    data: { integration_id: provider, credentials },
  });
  expect(linked.status()).toBe(201);
  return ((await linked.json()) as { id: string }).id;
}

async function shoot(page: Page, name: string, theme: string, width: number, fullPage = true) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: join(OUT_DIR, `dashboard-${name}-${theme}-${width}.png`), fullPage, animations: 'disabled', caret: 'hide' });
}

test('dashboard screenshots: every page, light and dark, desktop and phone', async ({ browser, request }) => {
  test.setTimeout(180_000);
  mkdirSync(OUT_DIR, { recursive: true });
  const tag = uniqueOwner('shot').slice(-6);
  const id = await link(request, `org-4821-${tag}`, 'Globex Corporation', 'hank@globex.test', 'sandbox_hris');
  await link(request, `org-4821-${tag}`, 'Globex Corporation', 'marge@globex.test', 'sandbox_ats');
  await link(request, `org-7710-${tag}`, 'Initech', 'peter@initech.test', 'sandbox_hris');

  // The Webhooks page: one endpoint whose receiver answered 200 then 500 (a failure in the log), one disabled.
  const receiver = await LoopbackReceiver.start();
  const created = await request.post(`${E2E_SERVER_URL}/webhooks`, { headers: { authorization: basic }, data: { url: receiver.url, description: 'Billing service' } });
  const endpointId = ((await created.json()) as { id: string }).id;
  const disabled = await request.post(`${E2E_SERVER_URL}/webhooks`, {
    headers: { authorization: basic },
    data: { url: 'https://crm.example.test/hooks/connect', events: ['account.deleted'], enabled: false },
  });
  const disabledId = ((await disabled.json()) as { id: string }).id;
  await request.post(`${E2E_SERVER_URL}/webhooks/${endpointId}/test`, { headers: { authorization: basic } });
  await expect.poll(() => receiver.received.length).toBe(1);
  receiver.status = 400;
  await request.post(`${E2E_SERVER_URL}/webhooks/${endpointId}/test`, { headers: { authorization: basic }, data: { event: 'account.updated' } });
  await expect.poll(() => receiver.received.length).toBe(2);
  receiver.status = 200;

  try {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 820 : 760 }, colorScheme: theme, deviceScaleFactor: width > 600 ? 1 : 2 });
      const page = await context.newPage();
      await page.goto(DASHBOARD_URL);
      await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
      await page.getByLabel('API key').fill('chk_wrong_key');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByText('was not accepted')).toBeVisible();
      await shoot(page, 'sign-in-error', theme, width);

      await page.getByLabel('API key').fill(E2E_API_KEY);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.locator('tbody tr').first()).toBeVisible();
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      await shoot(page, 'accounts', theme, width);

      await page.goto(`${DASHBOARD_URL}#/accounts/${id}`);
      await expect(page.getByRole('heading', { name: 'Sandbox HRIS', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Send re-auth link' }).click();
      await expect(page.getByRole('textbox', { name: 'Auth link' })).toBeVisible();
      await shoot(page, 'account', theme, width);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shoot(page, 'delete-dialog', theme, width, false);
      await page.keyboard.press('Escape');

      await page.goto(`${DASHBOARD_URL}#/link`);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByText('Origin owner ID is required.')).toBeVisible();
      await shoot(page, 'link-errors', theme, width);
      await page.getByLabel('Origin owner ID').fill('org-5150');
      await page.getByLabel('Origin owner name').fill('Umbrella Corp');
      await page.getByLabel('Origin username').fill('alice@umbrella.test');
      await page.getByLabel('Category').selectOption('hris');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
      await shoot(page, 'link-review', theme, width);
      await page.getByRole('button', { name: 'Generate link' }).click();
      await expect(page.getByRole('heading', { name: 'Auth link ready' })).toBeVisible();
      await shoot(page, 'link-result', theme, width);

      await page.goto(`${DASHBOARD_URL}#/connectors`);
      await expect(page.getByRole('switch').first()).toBeVisible();
      await shoot(page, 'connectors', theme, width, false);

      await page.goto(`${DASHBOARD_URL}#/webhooks?endpoint=${endpointId}`);
      await expect(page.locator('tr[data-status="failed"]')).toHaveCount(1);
      await expect(page.locator('tr[data-endpoint-id] .failure-rate').first()).not.toHaveText('—');
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      await shoot(page, 'webhooks', theme, width);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shoot(page, 'webhook-dialog', theme, width, false);
      await context.close();
    }
  }
  } finally {
    await request.delete(`${E2E_SERVER_URL}/webhooks/${endpointId}`, { headers: { authorization: basic } });
    await request.delete(`${E2E_SERVER_URL}/webhooks/${disabledId}`, { headers: { authorization: basic } });
    await receiver.stop();
  }
});

/** Steps as the hub reports them (POST /hub/events), for a session made by the host's backend. */
async function session(request: APIRequestContext, owner: string, steps: Array<[string, string?, string?]>, provider?: string): Promise<void> {
  const created = await request.post(`${E2E_SERVER_URL}/connect_sessions`, { headers: { authorization: basic }, data: { origin_owner_id: owner, origin_owner_name: owner, ...(provider ? { provider } : {}) } });
  const { token } = (await created.json()) as { token: string };
  if (steps.length === 0) return;
  const events = steps.map(([name, provider, error_code]) => ({ name, ...(provider ? { provider } : {}), ...(error_code ? { error_code } : {}) }));
  expect((await request.post(`${E2E_SERVER_URL}/hub/events`, { headers: { 'x-hub-session-token': token }, data: { events } })).status()).toBe(202);
}

test('dashboard screenshots: Insights, light and dark, desktop and phone', async ({ browser, request }) => {
  test.setTimeout(120_000);
  mkdirSync(OUT_DIR, { recursive: true });
  const from = new Date().toISOString();
  const tag = uniqueOwner('insights').slice(-6);
  const hris: Array<[string, string?, string?]> = [['opened'], ['connector-selected', 'sandbox_hris'], ['credentials-submitted', 'sandbox_hris']];
  const ats: Array<[string, string?, string?]> = [['opened'], ['connector-selected', 'sandbox_ats'], ['credentials-submitted', 'sandbox_ats']];
  for (let i = 0; i < 5; i++) await session(request, `never-${i}-${tag}`, []);
  for (let i = 0; i < 4; i++) await session(request, `list-${i}-${tag}`, [['opened']]);
  for (let i = 0; i < 3; i++) await session(request, `bad-${i}-${tag}`, [...hris, ['failed', 'sandbox_hris', 'provider_rejected']]);
  await session(request, `slow-${tag}`, [...hris, ['failed', 'sandbox_hris', 'provider_timeout']]);
  for (let i = 0; i < 6; i++) await session(request, `good-${i}-${tag}`, [...hris, ['connected', 'sandbox_hris']]);
  for (let i = 0; i < 3; i++) await session(request, `ats-${i}-${tag}`, [...ats, ['connected', 'sandbox_ats']], 'sandbox_ats');
  await session(request, `ats-bad-${tag}`, [...ats, ['failed', 'sandbox_ats', 'validation_failed']], 'sandbox_ats');
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 820 : 760 }, colorScheme: theme, deviceScaleFactor: width > 600 ? 1 : 2 });
      const page = await context.newPage();
      await page.goto(DASHBOARD_URL);
      await page.getByLabel('API key').fill(E2E_API_KEY);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goto(`${DASHBOARD_URL}#/insights?from=${encodeURIComponent(from)}`);
      await expect(page.locator('tr[data-step="created"] .count')).toHaveText('23');
      await expect(page.locator('#days-chart canvas').first()).toBeVisible();
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      await shoot(page, 'insights', theme, width);
      await context.close();
    }
  }
});
