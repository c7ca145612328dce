import { expect, test, type Page } from '@playwright/test';
import { createSession, listAccounts, uniqueOwner, verifiedResultToken } from './support/connect-api.js';
import { apiKeyInput, pickSandboxHris } from './support/hub-flow.js';
import { setAllowedOrigins } from './support/project-settings.js';
import { E2E_HOST_ORIGIN, E2E_HOST_PORT, E2E_SERVER_URL } from './support/server-config.js';
import { startStaticHost, type StaticHost } from './support/static-host.js';

// The auth-link page tells its opener about the new account with postMessage, naming the target origin
// (the project's allowed origins): an opener on any other origin must receive nothing.
let allowedHost: StaticHost;
let otherHost: StaticHost;
test.beforeAll(async () => {
  allowedHost = await startStaticHost(E2E_HOST_PORT);
  otherHost = await startStaticHost();
});
test.afterAll(async () => {
  await setAllowedOrigins([]);
  await Promise.all([allowedHost.close(), otherHost.close()]);
});

type Received = Array<{ origin: string; data: unknown }>;

async function connectThroughPopup(opener: Page, hostOrigin: string, authLink: string): Promise<Page> {
  await opener.goto(`${hostOrigin}/opener.html?${new URLSearchParams({ link: authLink })}`);
  const popupOpened = opener.waitForEvent('popup');
  await opener.getByRole('button', { name: 'Connect your HR system' }).click();
  const popup = await popupOpened;
  await pickSandboxHris(popup);
  await popup.getByLabel('Subdomain').fill('acme');
  await apiKeyInput(popup).fill('sandbox_good');
  await popup.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(popup.getByText('Connection successful')).toBeVisible();
  await expect(popup.getByText('You can close this window now.')).toBeVisible();
  return popup;
}

const receivedBy = (page: Page) => page.evaluate(() => (window as unknown as { receivedMessages: Received }).receivedMessages);

/**
 * "Nothing was posted" without a silence window: the hub posts as soon as it shows its success (a microtask
 * after the event), so a marker the popup posts after that arrives after anything the hub posted (messages
 * from one window to another keep their order). Once the marker is in, what came before it is all there is.
 */
async function receivedBeforeMarker(opener: Page, popup: Page): Promise<Received> {
  await popup.evaluate(() => (window.opener as Window).postMessage({ type: 'test-marker' }, '*'));
  await expect.poll(async () => (await receivedBy(opener)).some((m) => (m.data as { type?: string } | null)?.type === 'test-marker')).toBe(true);
  const received = await receivedBy(opener);
  return received.slice(0, received.findIndex((m) => (m.data as { type?: string } | null)?.type === 'test-marker'));
}

test('posts AccountConnected to an opener on an allowed origin', async ({ page, request }) => {
  await setAllowedOrigins(['https://app.example.com', E2E_HOST_ORIGIN]);
  const owner = uniqueOwner('opener');
  const session = await createSession(request, { origin_owner_id: owner });
  const popup = await connectThroughPopup(page, allowedHost.origin, session.auth_link_url);

  await expect.poll(() => receivedBy(page).then((messages) => messages.length)).toBe(1);
  const [account] = await listAccounts(request, owner);
  expect(await receivedBy(page)).toEqual([
    { origin: E2E_SERVER_URL, data: { type: 'AccountConnected', account: { id: account!.id, provider: 'sandbox_hris', result_token: expect.any(String) } } },
  ]);
  const [message] = await receivedBy(page);
  const token = (message as { data: { account: { result_token: string } } }).data.account.result_token;
  expect(await verifiedResultToken(request, token)).toMatchObject({ account_id: account!.id, origin_owner_id: owner });

  // A window opened by script may close itself: the hub's Close button does it.
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Close', exact: true }).click({ noWaitAfter: true }).catch(() => undefined);
  await closed;
});

test('an opener on an origin the project does not allow receives nothing', async ({ page, request }) => {
  await setAllowedOrigins([E2E_HOST_ORIGIN]);
  const session = await createSession(request, { origin_owner_id: uniqueOwner('opener-other') });
  const popup = await connectThroughPopup(page, otherHost.origin, session.auth_link_url);
  expect(await receivedBeforeMarker(page, popup)).toEqual([]);
});

test('with no allowed origins the page posts nothing, even to its opener', async ({ page, request }) => {
  await setAllowedOrigins([]);
  const session = await createSession(request, { origin_owner_id: uniqueOwner('opener-none') });
  const popup = await connectThroughPopup(page, allowedHost.origin, session.auth_link_url);
  expect(await receivedBeforeMarker(page, popup)).toEqual([]);
});
