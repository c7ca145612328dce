import { expect, test, type Page } from '@playwright/test';
import { createSession, listAccounts, uniqueOwner, verifiedResultToken } from './support/connect-api.js';
import { apiKeyInput, pickSandboxHris, watchForBrokenLoads } from './support/hub-flow.js';
import { setAllowedOrigins } from './support/project-settings.js';
import { E2E_HOST_ORIGIN, E2E_HOST_PORT, E2E_SERVER_URL } from './support/server-config.js';
import { startStaticHost, type StaticHost } from './support/static-host.js';

// The launcher from /sdk on a host page of another origin (the project allows it), and on the demo page,
// whose backend hands out a fresh token at each click.
let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost(E2E_HOST_PORT);
  await setAllowedOrigins([E2E_HOST_ORIGIN]);
});
test.afterAll(async () => {
  await setAllowedOrigins([]);
  await host.close();
});

type LaunchResult = { resolved?: { id: string; provider: string; result_token?: string }; rejected?: { name: string; reason: string } };
const launchResults = (page: Page) => page.evaluate(() => (window as unknown as { launchResults: LaunchResult[] }).launchResults);
const buttonEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { buttonEvents: Array<{ type: string; detail: unknown; target: string }> }).buttonEvents);

async function openHostPage(page: Page, token: string, mode: 'modal' | 'popup' | 'redirect'): Promise<void> {
  expect(new URL(host.origin).origin).not.toBe(new URL(E2E_SERVER_URL).origin);
  await page.goto(`${host.origin}/launcher.html?${new URLSearchParams({ server: E2E_SERVER_URL, token, mode })}`);
  await expect(page.getByRole('button', { name: 'Connect with the button' })).toBeVisible();
}

async function connectSandbox(page: Page): Promise<void> {
  await pickSandboxHris(page);
  await page.getByLabel('Subdomain').fill('acme');
  await apiKeyInput(page).fill('sandbox_good');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText('Connection successful')).toBeVisible();
}

/** The element that really has focus, through open shadow roots, as `tag#id` / `tag.class`. */
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const host = (active?.getRootNode() as ShadowRoot | Document) instanceof ShadowRoot ? (active!.getRootNode() as ShadowRoot).host.localName : 'document';
    return `${host} > ${active?.localName}`;
  });

test('modal: opens, Escape closes and focus returns; a completed connection resolves {id, provider}', async ({ page, request }) => {
  const owner = uniqueOwner('launcher-modal');
  const session = await createSession(request, { origin_owner_id: owner });
  const { problems } = watchForBrokenLoads(page);
  await openHostPage(page, session.token, 'modal');

  const trigger = page.getByRole('button', { name: 'Connect with the button' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Connect an account' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focusedElement(page)).toBe('connect-link-button > button');
  // The dialog's close event comes a task after it hides.
  await expect.poll(async () => (await buttonEvents(page)).filter((event) => event.type === 'connect-link:closed')).toEqual([
    { type: 'connect-link:closed', detail: { source: 'escape', connected: false }, target: 'connect-link-button' },
  ]);

  await page.getByRole('button', { name: 'Open with openConnectHub()' }).click();
  await expect(dialog).toBeVisible();
  await connectSandbox(page);
  await expect.poll(() => launchResults(page)).toHaveLength(1);
  const [result] = await launchResults(page);
  const accounts = await listAccounts(request, owner);
  expect(accounts).toHaveLength(1);
  expect(result).toEqual({ resolved: { id: accounts[0]!.id, provider: 'sandbox_hris', result_token: expect.any(String) } });
  expect(await verifiedResultToken(request, result!.resolved?.result_token)).toMatchObject({ account_id: accounts[0]!.id, provider: 'sandbox_hris', origin_owner_id: owner });

  // The success screen's Close button closes the dialog and gives focus back.
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();
  expect(await focusedElement(page)).toBe('document > button');
  expect(problems).toEqual([]);
});

test('popup: the auth-link page runs in a centred window and its AccountConnected reaches the button', async ({ page, request }) => {
  const owner = uniqueOwner('launcher-popup');
  const session = await createSession(request, { origin_owner_id: owner });
  await openHostPage(page, session.token, 'popup');

  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect with the button' }).click();
  const popup = await popupOpened;
  await popup.waitForURL(/\/embedded\/integrations\?token=/);
  expect(new URL(popup.url()).origin).toBe(E2E_SERVER_URL);
  const closed = popup.waitForEvent('close');
  await connectSandbox(popup);

  await expect.poll(async () => (await buttonEvents(page)).filter((event) => event.type === 'connect-hub:success')).toHaveLength(1);
  const [account] = await listAccounts(request, owner);
  const success = (await buttonEvents(page)).find((event) => event.type === 'connect-hub:success');
  expect(success).toEqual({ type: 'connect-hub:success', detail: { id: account!.id, provider: 'sandbox_hris', result_token: expect.any(String) }, target: 'connect-link-button' });
  expect(await verifiedResultToken(request, (success!.detail as { result_token: string }).result_token)).toMatchObject({ account_id: account!.id, origin_owner_id: owner });
  // The launcher closes the window shortly after the success screen showed.
  await closed;
  await expect.poll(async () => (await buttonEvents(page)).some((event) => event.type === 'connect-link:closed')).toBe(true);
});

test('popup: openConnectHub() rejects "closed" when the user closes the window', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('launcher-popup-closed') });
  await openHostPage(page, session.token, 'popup');
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open with openConnectHub()' }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
  await popup.close();
  await expect.poll(() => launchResults(page)).toEqual([{ rejected: { name: 'ConnectHubLaunchError', reason: 'closed' } }]);
});

test('token-url: every click POSTs to the host backend and opens the hub with a fresh token', async ({ page }) => {
  const sessionResponses: string[] = [];
  const hubTokens = new Set<string>();
  page.on('response', async (response) => {
    if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/demo/api/session') {
      sessionResponses.push(((await response.json()) as { token: string }).token);
    }
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/hub/connectors') hubTokens.add(request.headers()['x-hub-session-token'] ?? '');
  });
  await page.goto(`${E2E_SERVER_URL}/demo/`);
  // The inline hub takes one session when the page loads.
  await expect(page.locator('#inline-hub').getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
  await expect.poll(() => sessionResponses.length).toBe(1);

  const trigger = page.getByRole('button', { name: 'Connect in a dialog' });
  const dialog = page.getByRole('dialog', { name: 'Connect an account' });
  for (const click of [1, 2]) {
    await trigger.click();
    await expect(dialog.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
    await expect.poll(() => sessionResponses.length).toBe(1 + click);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  expect(new Set(sessionResponses).size, 'three different sessions').toBe(3);
  await expect.poll(() => hubTokens.size).toBe(3);
  expect([...hubTokens].sort()).toEqual([...sessionResponses].sort());
});

test('redirect: the tab goes to the auth link and comes back to the host with the account and a result_token that verifies', async ({ page, request }) => {
  const owner = uniqueOwner('launcher-redirect');
  const session = await createSession(request, { origin_owner_id: owner });
  await openHostPage(page, session.token, 'redirect');
  const hostUrl = page.url();
  await page.getByRole('button', { name: 'Open with openConnectHub()' }).click();
  await page.waitForURL(new RegExp(`^${E2E_SERVER_URL}/embedded/integrations\\?token=`));
  expect(new URL(page.url()).searchParams.get('return_url')).toBe(hostUrl);
  await connectSandbox(page);

  // The token comes back in the fragment: the host's server (this static host) never sees it in a request line.
  const hostRequests: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().startsWith(host.origin)) hostRequests.push(`${sent.url()} ${sent.headers().referer ?? ''}`);
  });
  await page.waitForURL(new RegExp(`^${host.origin}/launcher\\.html`));
  await expect(page.locator('#host-log')).toContainText('Back with acc_');
  const [account] = await listAccounts(request, owner);
  const returned = await page.evaluate(() => (window as unknown as { returnedAccount: { id: string; provider: string; result_token?: string } }).returnedAccount);
  expect({ id: returned.id, provider: returned.provider }).toEqual({ id: account!.id, provider: 'sandbox_hris' });
  const claims = await verifiedResultToken(request, returned.result_token);
  expect(claims.account_id).toBe(account!.id);
  expect(claims.provider).toBe('sandbox_hris');
  expect(claims.origin_owner_id).toBe(owner);
  expect(claims.session_id).toBe(session.id);
  expect(hostRequests.length).toBeGreaterThan(0);
  expect(hostRequests.filter((line) => line.includes(returned.result_token!))).toEqual([]);
  // The parameters, and the token in the fragment, are taken out of the address bar once read.
  const after = new URL(page.url());
  expect(after.searchParams.has('connect_hub_account_id')).toBe(false);
  expect(after.hash).toBe('');
});
