import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createSession, uniqueOwner } from './support/connect-api.js';
import { pickSandboxHris, watchForBrokenLoads } from './support/hub-flow.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './support/server-config.js';
import { startStaticHost } from './support/static-host.js';
import { axeViolations } from './support/axe.js';

const DASHBOARD_URL = `${E2E_SERVER_URL}/dashboard/`;
const authorization = `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`;
const STEPS = ['created', 'opened', 'selected', 'submitted', 'connected', 'failed'] as const;

/** The hub's own report of its steps (what src/hub/controllers/event-stream.ts sends), with the session header. */
async function report(request: APIRequestContext, token: string, names: Array<[string, string?, string?]>) {
  const events = names.map(([name, provider, error_code]) => ({ name, ...(provider ? { provider } : {}), ...(error_code ? { error_code } : {}), at: new Date().toISOString() }));
  const sent = await request.post(`${E2E_SERVER_URL}/hub/events`, { headers: { 'x-hub-session-token': token }, data: { events } });
  expect(sent.status()).toBe(202);
}

async function funnel(request: APIRequestContext, from: string) {
  const answer = await request.get(`${E2E_SERVER_URL}/analytics/funnel`, { headers: { authorization }, params: { from } });
  expect(answer.status()).toBe(200);
  return (await answer.json()) as { steps: Record<string, number>; failures: Array<{ reason: string; sessions: number }> };
}

/**
 * A scripted run: 2 links never opened (one fetched by a plain GET, as a mail scanner does), 2 opened in a real
 * browser and left at the list, 1 that failed with a rejected key, 1 that connected. GET /analytics/funnel and
 * the Insights page must show exactly those counts; the page also passes axe in both themes and fits a phone.
 */
test('insights: a scripted run of sessions gives exactly its counts in GET /analytics/funnel and on the Insights page', async ({ browser, request }) => {
  test.setTimeout(120_000);
  // Other specs made sessions before: count from now (the e2e runs one spec at a time).
  const from = new Date().toISOString();
  const owner = uniqueOwner('insights');
  const never = await createSession(request, { origin_owner_id: `${owner}-never-1` });
  await createSession(request, { origin_owner_id: `${owner}-never-2` });
  const scanned = await request.get(never.auth_link_url);
  expect(scanned.status()).toBe(200);

  // Two end users open the hub in a host page and leave at the list: the page's script reports `opened`.
  const host = await startStaticHost();
  for (const i of [1, 2]) {
    const session = await createSession(request, { origin_owner_id: `${owner}-list-${i}` });
    const visitor = await browser.newPage();
    const sent: string[] = [];
    visitor.on('request', (request) => {
      if (request.url() === `${E2E_SERVER_URL}/hub/events`) sent.push(...(request.postDataJSON() as { events: Array<{ name: string }> }).events.map((event) => event.name));
    });
    await visitor.goto(`${host.origin}/connect-hub.html?${new URLSearchParams({ server: E2E_SERVER_URL, token: session.token, bundle: 'esm' })}`);
    if (i === 1) {
      await pickSandboxHris(visitor);
      await visitor.keyboard.press('Escape');
    }
    await expect.poll(() => sent).toEqual(i === 1 ? ['opened', 'connector-selected', 'back'] : ['opened']);
    await visitor.close();
  }
  await host.close();

  const rejected = await createSession(request, { origin_owner_id: `${owner}-bad` });
  await report(request, rejected.token, [['opened'], ['connector-selected', 'sandbox_hris'], ['credentials-submitted', 'sandbox_hris']]);
  const refused = await request.post(`${E2E_SERVER_URL}/hub/accounts`, {
    headers: { 'x-hub-session-token': rejected.token },
    data: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'wrong_key' } },
  });
  expect(refused.status()).toBe(422);
  await report(request, rejected.token, [['failed', 'sandbox_hris', ((await refused.json()) as { code: string }).code]]);

  const good = await createSession(request, { origin_owner_id: `${owner}-good` });
  await report(request, good.token, [['opened'], ['connector-selected', 'sandbox_hris'], ['credentials-submitted', 'sandbox_hris']]);
  const linked = await request.post(`${E2E_SERVER_URL}/hub/accounts`, {
    headers: { 'x-hub-session-token': good.token },
    data: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } },
  });
  expect(linked.status()).toBe(201);
  await report(request, good.token, [['connected', 'sandbox_hris']]);

  // The first visitor chose Sandbox HRIS and went back: selected, not submitted.
  const expected = { created: 6, opened: 4, selected: 3, submitted: 2, connected: 1, failed: 1 };
  await expect.poll(async () => (await funnel(request, from)).steps, { timeout: 15_000 }).toEqual(expected);
  expect((await funnel(request, from)).failures).toEqual([{ reason: 'provider_rejected', sessions: 1 }]);

  // The Insights page, from a link that names the range (CSP bypassed only so that axe can be injected).
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const { problems } = watchForBrokenLoads(page);
  const scripts: string[] = [];
  page.on('request', (sent) => void (sent.resourceType() === 'script' && scripts.push(sent.url())));
  await page.goto(`${DASHBOARD_URL}#/accounts`);
  await page.getByLabel('API key').fill(E2E_API_KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.some((url) => /uPlot|uplot/i.test(url)), 'uPlot is not loaded before the Insights page').toBe(false);
  await page.goto(`${DASHBOARD_URL}#/insights?from=${encodeURIComponent(from)}`);
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  for (const step of STEPS) await expect(page.locator(`tr[data-step="${step}"] .count`)).toHaveText(String(expected[step]));
  const hris = page.locator('tr[data-provider="sandbox_hris"]');
  await expect(hris.locator('.opened')).toHaveText('3');
  await expect(hris.locator('.connected')).toHaveText('1');
  await expect(hris).toContainText('provider_rejected · 1');
  await expect(page.locator('#funnel-chart canvas').first()).toBeVisible();
  await expect(page.locator('#days-chart canvas').first()).toBeVisible();
  expect(scripts.some((url) => /uPlot|uplot/i.test(url)), 'the Insights page loads uPlot').toBe(true);

  // CSV export: the same figures.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(csv[0]).toBe('scope,provider,name,created,opened,selected,submitted,connected,failed,opened_to_connected,failure_reasons,from,to');
  expect(csv[1]).toMatch(/^all,,,6,4,3,2,1,1,0\.25,provider_rejected:1,/);

  // A filter applies as it changes and goes into the URL.
  await page.getByLabel('Provider', { exact: true }).selectOption('sandbox_ats');
  await expect(page).toHaveURL(/provider=sandbox_ats/);
  await expect(page.locator('tr[data-step="connected"] .count')).toHaveText('0');
  await page.getByLabel('Provider', { exact: true }).selectOption('');
  await expect(page.locator('tr[data-step="connected"] .count')).toHaveText('1');

  // axe in both themes; a phone shows it without scrolling sideways.
  const found: Record<string, string[]> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('#funnel-chart canvas').first()).toBeVisible();
    found[scheme] = await axeViolations(page);
  }
  await page.setViewportSize({ width: 375, height: 760 });
  await expect(page.locator('tr[data-step="connected"] .count')).toHaveText('1');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  found.phone = await axeViolations(page);
  expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0))).toEqual({});
  expect(problems).toEqual([]);
  await context.close();
});
