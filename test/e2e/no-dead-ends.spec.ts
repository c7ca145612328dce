import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CATALOG, isOAuthConnector } from '../../src/catalog/index.js';
import { createSession, uniqueOwner } from './support/connect-api.js';
import { apiKeyInput } from './support/hub-flow.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './support/server-config.js';

// Issue 13 §1 and §3 on the real server: no connector the end user cannot finish, errors in plain words.
const authorization = `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`;
const SHOTS = 'reports/screenshots/issue13';
// Docebo-style connectors (oauth.client 'end_user') take the end user's own client from the form: no app needed.
const NEEDS_APP = CATALOG.filter((d) => isOAuthConnector(d) && d.sandbox !== true && d.oauth?.client !== 'end_user');

/** The focused element through every shadow root, as `tag#id`. */
function deepFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element && element !== document.body ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}` : null;
  });
}

/** The connector names the hub's list shows, read through its shadow roots. */
function listedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hub = document.querySelector('connect-hub');
    const list = hub?.shadowRoot?.querySelector('connect-hub-connector-list');
    return [...(list?.shadowRoot?.querySelectorAll('[part~="item"]') ?? [])].map((item) => (item.textContent ?? '').trim());
  });
}

async function removeApp(request: APIRequestContext, provider: string): Promise<void> {
  await request.delete(`${E2E_SERVER_URL}/oauth_clients/${provider}`, { headers: { authorization } });
}

test('the hub lists no OAuth connector without an app; the dashboard form adds one and the hub lists it at once', async ({ page, request, browser }) => {
  await removeApp(request, 'xero');
  const session = await createSession(request, { origin_owner_id: uniqueOwner('dead-ends') });
  await page.goto(session.auth_link_url);
  await expect(page.getByRole('button', { name: /Sandbox CRM/ })).toBeVisible();
  const names = await listedNames(page);
  expect(names.length).toBeGreaterThan(10);
  for (const definition of NEEDS_APP) {
    expect(names.filter((name) => name.startsWith(definition.name)), `${definition.name} has no OAuth app`).toEqual([]);
  }

  const refused = await request.post(`${E2E_SERVER_URL}/connect_sessions`, {
    headers: { authorization },
    data: { origin_owner_id: uniqueOwner('xero'), origin_owner_name: 'X', provider: 'xero' },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).message).toMatch(/no OAuth app/);

  const dashboard = await browser.newPage();
  await dashboard.goto(`${E2E_SERVER_URL}/dashboard/#/connectors`);
  await dashboard.getByLabel('API key').fill(E2E_API_KEY);
  await dashboard.getByRole('button', { name: 'Sign in' }).click();
  await dashboard.getByLabel('Search connectors').fill('Xero');
  const row = dashboard.locator('tr[data-connector="xero"]');
  await expect(row.getByText('Needs an OAuth app')).toBeVisible();
  await row.getByRole('button', { name: 'Set up OAuth app: Xero' }).click();
  await expect(dashboard.getByLabel('Redirect URI to register at the provider')).toHaveValue(/\/connect\/oauth2\/xero\/callback$/);
  await dashboard.getByLabel('Client ID').fill('xero-client');
  await dashboard.getByLabel('Client secret').fill('xero-secret');
  await dashboard.getByRole('button', { name: 'Save OAuth app' }).click();
  await expect(row.getByText('Needs an OAuth app')).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Edit OAuth app: Xero' })).toBeVisible();

  // The open hub's list is already loaded; a new load (the next link, or this one reopened) lists Xero.
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search connectors' }).fill('Xero');
  await expect(page.getByRole('button', { name: /Xero/ })).toBeVisible();
  await dashboard.close();
  await removeApp(request, 'xero');
});

for (const [width, height] of [
  [375, 740],
  [1280, 800],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a rejected key at ${width}px (${scheme}): names the provider, marks and focuses the field, which stays in view`, async ({ page, request }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const session = await createSession(request, { origin_owner_id: uniqueOwner('rejected'), provider: 'sandbox_hris' });
      await page.goto(`${session.auth_link_url}&theme=auto`);
      await page.getByLabel('Subdomain').fill('acme');
      await apiKeyInput(page).fill('wrong_key');
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(page.getByText("Sandbox HRIS didn't accept that API key. Check it and try again.")).toBeVisible();
      await expect(apiKeyInput(page)).toHaveAttribute('aria-invalid', 'true');
      await expect.poll(() => deepFocus(page)).toBe('input#f-api_key');
      await expect(apiKeyInput(page)).toBeInViewport();
      await expect(page.getByText(/HTTP 401|invalid_api_key/)).toBeHidden();
      await page.screenshot({ path: `${SHOTS}/rejected-${width}-${scheme}.png` });
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => deepFocus(page)).toBe('input#f-api_key');
    });

    test(`the "not set up" start page at ${width}px (${scheme}): the hub's card, plain words, a way back`, async ({ page, request }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const session = await createSession(request, { origin_owner_id: uniqueOwner('not-set-up') });
      const attempt = await request.post(`${E2E_SERVER_URL}/hub/connection_attempts`, {
        headers: { 'x-hub-session-token': session.token },
        data: { token: session.token },
      });
      expect(attempt.status()).toBe(201);
      const { id } = (await attempt.json()) as { id: string };
      await page.goto(session.auth_link_url);
      const query = new URLSearchParams({ token: session.token, connection_attempt_id: id, redirect_uri: `${E2E_SERVER_URL}/embedded/accounts/callback` });
      await page.goto(`${E2E_SERVER_URL}/connect/oauth2/hubspot?${query}`);
      await expect(page.getByRole('heading', { name: "This connection isn't set up yet" })).toBeVisible();
      await expect(page.getByText(/^Ask .+ to finish setting it up\.$/)).toBeVisible();
      expect(await page.content()).not.toMatch(/connect-hub oauth|--client-id|oauth_client_missing/);
      await page.screenshot({ path: `${SHOTS}/not-set-up-${width}-${scheme}.png` });
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
    });
  }
}
