import { expect, test } from '@playwright/test';
import { createSession, listAccounts, uniqueOwner } from './support/connect-api.js';
import { apiKeyInput, recordAccountWrites } from './support/hub-flow.js';
import { E2E_SERVER_URL } from './support/server-config.js';

test('edit mode: the account opens pre-filled, the secret stays redacted and is not resent on Update', async ({
  page,
  request,
}) => {
  const owner = uniqueOwner('edit');
  // Setup: link an account the way the hub does (E5), through the real server.
  const first = await createSession(request, { origin_owner_id: owner });
  const created = await request.post(`${E2E_SERVER_URL}/hub/accounts`, {
    headers: { 'x-hub-session-token': first.token },
    data: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: accountId } = (await created.json()) as { id: string };

  const session = await createSession(request, { origin_owner_id: owner, account_id: accountId });
  const writes = recordAccountWrites(page);
  await page.goto(session.auth_link_url);

  await expect(page.getByLabel('Subdomain')).toHaveValue('acme');
  const apiKey = apiKeyInput(page);
  await expect(apiKey).not.toBeEditable();
  await expect(apiKey).not.toHaveValue('sandbox_good');
  await expect(page.getByRole('button', { name: /Edit/ })).toBeVisible();

  await page.getByLabel('Subdomain').fill('globex');
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  // The server re-verifies the merged credentials with the provider, which accepts only `sandbox_good`:
  // success proves the stored key was kept although the browser never had it.
  await expect(page.getByText('Account updated')).toBeVisible();

  expect(writes).toHaveLength(1);
  expect(writes[0]!.method).toBe('PATCH');
  expect(new URL(writes[0]!.url).pathname).toBe(`/hub/accounts/${accountId}`);
  expect(writes[0]!.body).toEqual({ integration_id: 'sandbox_hris', credentials: { subdomain: 'globex' } });

  const accounts = await listAccounts(request, owner);
  expect(accounts).toHaveLength(1);
  expect(accounts[0]).toMatchObject({ id: accountId, setup_information: { subdomain: 'globex' } });
});
