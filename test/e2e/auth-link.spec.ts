import { expect, test } from '@playwright/test';
import { createSession, listAccounts, uniqueOwner } from './support/connect-api.js';
import {
  pickSandboxHris,
  recordAccountWrites,
  submitBadKeyThenGoodKey,
  watchForBrokenLoads,
  watchForCspViolations,
} from './support/hub-flow.js';
import { E2E_SERVER_URL } from './support/server-config.js';

test('auth link: search, a bad key shows the provider response, sandbox_good connects, the account is listed', async ({
  page,
  request,
}) => {
  const owner = uniqueOwner('link');
  const session = await createSession(request, { origin_owner_id: owner, origin_username: 'ada@example.com' });
  expect(session.auth_link_url).toBe(`${E2E_SERVER_URL}/embedded/integrations?token=${encodeURIComponent(session.token)}`);

  const settings = await request.get(`${E2E_SERVER_URL}/hub/settings`, {
    headers: { 'x-hub-session-token': session.token },
  });
  const { project_name: projectName } = (await settings.json()) as { project_name?: string };
  expect(projectName, 'the server names the project in /hub/settings').toBeTruthy();

  const { problems } = watchForBrokenLoads(page);
  const writes = recordAccountWrites(page);
  await page.goto(session.auth_link_url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(projectName!);
  await expect(page).toHaveTitle(`Connect your account to ${projectName}`);

  await pickSandboxHris(page);
  await submitBadKeyThenGoodKey(page);
  await expect(page.getByText('You can close this window now.')).toBeVisible();
  // Opened by the user, the window cannot close itself (window.close() is refused): no Close, the note says what to do.
  await expect(page.getByRole('button', { name: 'Close', exact: true })).toHaveCount(0);

  expect(writes.map((write) => write.method)).toEqual(['POST', 'POST']);
  const accounts = await listAccounts(request, owner);
  expect(accounts).toHaveLength(1);
  expect(accounts[0]).toMatchObject({ provider: 'sandbox_hris', origin_owner_id: owner, status: 'active' });
  expect(JSON.stringify(accounts), 'the API key never comes back').not.toContain('sandbox_good');
  expect(problems).toEqual([]);
});

test('auth link: every view runs under the page CSP (no unsafe-inline/eval) without a violation', async ({
  page,
  request,
}) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('csp') });
  const cspViolations = await watchForCspViolations(page);
  const pageResponse = await page.goto(session.auth_link_url);
  const csp = pageResponse?.headers()['content-security-policy'] ?? '';
  expect(csp, 'the page is served with a CSP').toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');

  await pickSandboxHris(page);
  await submitBadKeyThenGoodKey(page);
  expect(await cspViolations()).toEqual([]);
});

test('auth link: an expired session shows the expired view, never a blank page', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('expired'), expires_in: 1 });
  await new Promise((resolve) => setTimeout(resolve, 2_200));
  await page.goto(session.auth_link_url);
  await expect(page.getByText('This link has expired or is invalid')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search connectors' })).toHaveCount(0);
});

test('auth link: an unknown token shows the expired view', async ({ page }) => {
  await page.goto(`${E2E_SERVER_URL}/embedded/integrations?token=chs_not_a_real_token`);
  await expect(page.getByText('This link has expired or is invalid')).toBeVisible();
});

test('auth link: the page fits a 320 px phone without horizontal scrolling', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('phone') });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(session.auth_link_url);
  await expect(page.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('auth link: /link?token= is the same page', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('alias') });
  await page.goto(`${E2E_SERVER_URL}/link?token=${encodeURIComponent(session.token)}`);
  await expect(page.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Sandbox HRIS/ })).toBeVisible();
});

test('auth link: the first response already draws the list (server render), and the hub takes it over without a blank or a doubled list', async ({
  page,
  request,
}) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('ssr') });
  const html = await (await request.get(session.auth_link_url)).text();
  // The hub's own shadow root, drawn on the server: its rows are in the HTML, not only in the inline JSON.
  const shadow = /<connect-hub id="hub"[^>]*><template [^>]*shadowrootmode="open"[^>]*>([\s\S]*?)<\/connect-hub>/.exec(html)?.[1];
  expect(shadow, 'a declarative shadow root inside <connect-hub>').toBeTruthy();
  expect(shadow).toContain('Sandbox HRIS');

  const { problems } = watchForBrokenLoads(page);
  const cspViolations = await watchForCspViolations(page);
  await page.goto(session.auth_link_url);
  const rows = page.locator('connect-hub').getByRole('button', { name: /Sandbox HRIS/ });
  await expect(rows).toHaveCount(1);
  // Taken over: the rows are the live element's (search filters them), not the server's markup.
  await page.getByRole('searchbox', { name: 'Search connectors' }).fill('sandbox h');
  await expect(page.locator('connect-hub').getByRole('button', { name: /Sandbox ATS/ })).toHaveCount(0);
  await rows.click();
  await expect(page.getByLabel('Subdomain')).toBeVisible();
  expect(problems).toEqual([]);
  expect(await cspViolations()).toEqual([]);
});

test('auth link: nothing on a phone moves once painted (no layout shift from the server render to the live hub)', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('shift') });
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: { value: number; at: number }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, at: Math.round(entry.startTime) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(session.auth_link_url);
  // Taken over by the live hub (the list's defer-hydration is gone), with the logos' sprite loaded.
  await page.waitForFunction(() => {
    const list = document.querySelector('connect-hub')?.shadowRoot?.querySelector('connect-hub-connector-list');
    const logos = [...(list?.shadowRoot?.querySelectorAll('img') ?? [])];
    return !!list && !list.hasAttribute('defer-hydration') && logos.length > 0 && logos.slice(0, 8).every((img) => img.complete);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts)).toEqual([]);
  // Every logo, server-rendered or live, is a fragment of one versioned (immutable) sprite: one request for the list.
  const sources = await page.evaluate(() =>
    [...(document.querySelector('connect-hub')?.shadowRoot?.querySelector('connect-hub-connector-list')?.shadowRoot?.querySelectorAll('img') ?? [])].map((img) => img.src),
  );
  expect(new Set(sources.map((source) => source.split('#')[0])).size).toBe(1);
  expect(sources[0]).toMatch(/\/logos\/sprite\.svg\?k=[\w,]+&v=[0-9a-f]{10}#sandbox_hris$/);
});
