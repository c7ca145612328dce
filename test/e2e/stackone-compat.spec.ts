import { expect, test } from '@playwright/test';
import { createSession, listAccounts, uniqueOwner } from './support/connect-api.js';
import { E2E_SERVER_URL } from './support/server-config.js';
import { startStaticHost, type StaticHost } from './support/static-host.js';

// StackOne's own published web component (@stackone/hub 1.11.4, unmodified), pointed at our server:
// the proof that our server keeps the contract for a client we did not write.
let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost();
});
test.afterAll(async () => {
  await host.close();
});

test('StackOne <stackone-hub> lists our connectors and links the sandbox account', async ({ page, request }) => {
  const owner = uniqueOwner('stackone');
  const session = await createSession(request, { origin_owner_id: owner });
  const hubCalls: string[] = [];
  page.on('request', (req) => {
    if (req.url().startsWith(`${E2E_SERVER_URL}/hub/`)) hubCalls.push(`${req.method()} ${new URL(req.url()).pathname}`);
  });

  const query = new URLSearchParams({ server: E2E_SERVER_URL, token: session.token });
  await page.goto(`${host.origin}/stackone-hub.html?${query}`);

  const search = page.getByPlaceholder('Search Integrations');
  await expect(search).toBeVisible();
  await search.fill('sandbox');
  await page.getByText('Sandbox HRIS', { exact: true }).first().click();

  await page.getByPlaceholder('acme').fill('acme');
  await page.getByPlaceholder('sandbox_good').fill('sandbox_good');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();

  await expect(page.getByText(/Connection Successful/i)).toBeVisible();
  await expect(page.locator('#host-log')).toContainText('(sandbox_hris)');

  expect(hubCalls).toEqual(
    expect.arrayContaining(['GET /hub/settings', 'GET /hub/connectors', 'GET /hub/connectors/sandbox_hris', 'POST /hub/accounts']),
  );
  const accounts = await listAccounts(request, owner);
  expect(accounts).toHaveLength(1);
  expect(accounts[0]).toMatchObject({ provider: 'sandbox_hris', origin_owner_id: owner });
});

test('StackOne <stackone-hub> shows our provider rejection for a bad key', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('stackone-bad') });
  const query = new URLSearchParams({ server: E2E_SERVER_URL, token: session.token });
  await page.goto(`${host.origin}/stackone-hub.html?${query}`);
  await page.getByPlaceholder('Search Integrations').fill('sandbox');
  await page.getByText('Sandbox HRIS', { exact: true }).first().click();
  await page.getByPlaceholder('acme').fill('acme');
  await page.getByPlaceholder('sandbox_good').fill('wrong_key');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  // StackOne renders our `message` as the alert title; a 401 here would have shown "Failed to create account".
  await expect(page.getByText(/Failed to create account/)).toHaveCount(0);
  await expect(page.getByText(/Sandbox HRIS/).filter({ hasText: /reject|invalid/i }).first()).toBeVisible();
});
