import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { uniqueOwner } from './support/connect-api.js';
import { watchForBrokenLoads } from './support/hub-flow.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './support/server-config.js';
import { LoopbackReceiver } from './support/webhook-receiver.js';
import { axeViolations } from './support/axe.js';

const DASHBOARD_URL = `${E2E_SERVER_URL}/dashboard/`;
const authorization = `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`;

async function signIn(page: Page, hash = ''): Promise<void> {
  await page.goto(`${DASHBOARD_URL}${hash}`);
  await page.getByLabel('API key').fill(E2E_API_KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function link(request: APIRequestContext, owner: string, ownerName = `${owner} Ltd`, provider: 'sandbox_hris' | 'sandbox_ats' = 'sandbox_hris'): Promise<string> {
  const session = await request.post(`${E2E_SERVER_URL}/connect_sessions`, {
    headers: { authorization },
    data: { origin_owner_id: owner, origin_owner_name: ownerName, multiple: true },
  });
  expect(session.status()).toBe(201);
  const { token } = (await session.json()) as { token: string };
  const credentials = provider === 'sandbox_hris' ? { subdomain: 'acme', api_key: 'sandbox_good' } : { region: 'us', company_id: '7', username: 'demo', password: 'sandbox_good' };
  const linked = await request.post(`${E2E_SERVER_URL}/hub/accounts`, { headers: { 'x-hub-session-token': token }, data: { integration_id: provider, credentials } });
  expect(linked.status()).toBe(201);
  return ((await linked.json()) as { id: string }).id;
}

async function addEndpoint(request: APIRequestContext, url: string): Promise<string> {
  const created = await request.post(`${E2E_SERVER_URL}/webhooks`, { headers: { authorization }, data: { url } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

async function deleteEndpoints(request: APIRequestContext, url: string): Promise<void> {
  const listed = (await (await request.get(`${E2E_SERVER_URL}/webhooks`, { headers: { authorization } })).json()) as Array<{ id: string; url: string }>;
  for (const endpoint of listed.filter((e) => e.url === url)) await request.delete(`${E2E_SERVER_URL}/webhooks/${endpoint.id}`, { headers: { authorization } });
}

test('webhooks page: add an endpoint, send a test event to a real receiver, see it delivered; failures, then Retry all failed delivers them', async ({ page, request }) => {
  const receiver = await LoopbackReceiver.start();
  const { problems } = watchForBrokenLoads(page);
  try {
    await signIn(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
    expect(page.url()).toContain('#/webhooks');

    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
    await dialog.getByLabel('URL').fill(receiver.url);
    await dialog.getByLabel('Description').fill('e2e receiver');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('textbox', { name: /Signing secret/ })).toHaveValue(/^whsec_/);
    await page.getByRole('button', { name: 'Done' }).click();

    const row = page.locator('tr[data-endpoint-id]', { hasText: receiver.url });
    await expect(row).toContainText('All events');
    await expect(row).toContainText('enabled');
    await expect(row.locator('.failure-rate')).toHaveText('no deliveries');
    const endpointId = await row.getAttribute('data-endpoint-id');
    await page.getByLabel('Endpoint', { exact: true }).selectOption(endpointId!);
    await expect(page).toHaveURL(new RegExp(`endpoint=${endpointId}`));

    await row.getByRole('button', { name: 'Send test' }).click();
    await expect(page.getByText(`A test event is on its way to ${receiver.url}.`).first()).toBeVisible();
    const logRows = page.locator('tr[data-delivery-id]');
    await expect(logRows).toHaveCount(1);
    await expect(logRows.first()).toHaveAttribute('data-status', 'delivered');
    await expect(logRows.first()).toContainText('HTTP 200');
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ event: 'account.created', accountId: 'test_account' });
    await expect(row.locator('.failure-rate')).toHaveText('0% (0 of 1)');

    // The receiver breaks: 400 is not retried, so the deliveries fail at once.
    receiver.status = 400;
    await row.getByRole('button', { name: 'Send test' }).click();
    await expect(page.locator('tr[data-status="failed"]')).toHaveCount(1);
    await row.getByRole('button', { name: 'Send test' }).click();
    await expect(page.locator('tr[data-status="failed"]')).toHaveCount(2);
    await expect(page.locator('tr[data-status="failed"]').first()).toContainText('HTTP 400');
    await expect(row.locator('.failure-rate')).toHaveText('67% (2 of 3)');
    await page.getByLabel('Status', { exact: true }).selectOption('failed');
    await expect(logRows).toHaveCount(2);
    const failedIds = await logRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-delivery-id')));

    receiver.status = 200;
    await page.getByRole('button', { name: 'Retry all failed' }).click();
    await expect(page.getByText('2 deliveries are queued again.').first()).toBeVisible();
    await page.getByLabel('Status', { exact: true }).selectOption('delivered');
    await expect(logRows).toHaveCount(3);
    await expect(row.locator('.failure-rate')).toHaveText('0% (0 of 3)');
    // Same webhook-ids as the failed attempts: the receiver can deduplicate.
    expect(receiver.received.slice(-2).map((r) => r.id).sort()).toEqual([...failedIds].sort());

    // Retry one: the single delivery goes out again with its id.
    const before = receiver.received.length;
    await logRows.first().getByRole('button', { name: /^Retry delivery/ }).click();
    await expect.poll(() => receiver.received.length).toBe(before + 1);

    // Disable and delete from the page.
    await row.getByRole('button', { name: 'Disable' }).click();
    await expect(row).toContainText('disabled');
    await expect(row.getByRole('button', { name: 'Send test' })).toBeDisabled();
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete this endpoint?' }).getByRole('button', { name: 'Delete endpoint' }).click();
    await expect(row).toHaveCount(0);
    expect(problems).toEqual([]);
  } finally {
    await deleteEndpoints(request, receiver.url);
    await receiver.stop();
  }
});

test('account page: deliveries older than the newest 50 of the endpoint still show (read by account_id on the server)', async ({ page, request }) => {
  test.setTimeout(120_000);
  const receiver = await LoopbackReceiver.start();
  try {
    await addEndpoint(request, receiver.url);
    const owner = uniqueOwner('old-deliveries');
    const oldest = await link(request, owner);
    for (let i = 0; i < 55; i++) await link(request, uniqueOwner('newer'));
    await expect.poll(() => receiver.received.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(56);
    await signIn(page, `#/accounts/${oldest}`);
    const section = page.locator('section.deliveries');
    await expect(section.locator('tbody tr')).toHaveCount(1);
    await expect(section).toContainText('account.created');
    await expect(section).toContainText('delivered');
  } finally {
    await deleteEndpoints(request, receiver.url);
    await receiver.stop();
  }
});

test('accounts: a just-linked account is the first row; sort by owner; Back and reload keep page, sort and filters', async ({ page, request }) => {
  for (let i = 0; i < 27; i++) await link(request, uniqueOwner('fill'), `Filler ${String(i).padStart(2, '0')}`);
  await signIn(page);
  const fresh = await link(request, uniqueOwner('fresh'), 'Just Linked Co');
  await page.reload();
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-account-id', fresh);
  await expect(page.locator('.page-number')).toHaveText(/^Page 1 of \d+$/);
  await expect(page.locator('caption')).toContainText('accounts in all');

  await page.getByLabel('Provider', { exact: true }).selectOption('sandbox_hris');
  await page.getByRole('button', { name: /^Origin owner/ }).click();
  await expect(page.getByRole('columnheader', { name: /Origin owner/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=origin_owner_name/);
  const owners = async () => page.locator('tbody tr td:nth-child(2) .stack span:first-child').allTextContents();
  await expect.poll(async () => (await owners()).length).toBe(25);
  const names = await owners();
  expect(names, 'ascending by owner name (byte order, as SQLite sorts)').toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.page-number')).toHaveText(/^Page 2 of /);
  await expect(page).toHaveURL(/page=2/);
  const firstOnPage2 = await page.locator('tbody tr').first().getAttribute('data-account-id');

  await page.locator('tbody tr').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Sandbox HRIS', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.locator('.page-number')).toHaveText(/^Page 2 of /);
  await expect(page.getByLabel('Provider', { exact: true })).toHaveValue('sandbox_hris');
  await expect(page.getByRole('columnheader', { name: /Origin owner/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-account-id', firstOnPage2!);

  // The detail page's "All accounts" goes back to the same place too, and so does a reload.
  await page.locator('tbody tr').first().getByRole('link').click();
  await page.getByRole('link', { name: 'All accounts' }).click();
  await expect(page.locator('.page-number')).toHaveText(/^Page 2 of /);
  await page.reload();
  await expect(page.locator('.page-number')).toHaveText(/^Page 2 of /);
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-account-id', firstOnPage2!);
});

test('webhooks page: axe finds no violations, light and dark, with endpoints, the log and the dialogs', async ({ browser, request }) => {
  const receiver = await LoopbackReceiver.start();
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  try {
    const endpointId = await addEndpoint(request, receiver.url);
    await request.post(`${E2E_SERVER_URL}/webhooks/${endpointId}/test`, { headers: { authorization } });
    await expect.poll(() => receiver.received.length).toBe(1);
    receiver.status = 400;
    await request.post(`${E2E_SERVER_URL}/webhooks/${endpointId}/test`, { headers: { authorization }, data: { event: 'account.deleted' } });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await signIn(page, `#/webhooks?endpoint=${endpointId}`);
      await expect(page.locator('tr[data-status="failed"]')).toHaveCount(1);
      await expect(page.locator('tr[data-status="delivered"]')).toHaveCount(1);
      found[`${scheme} webhooks`] = await axeViolations(page);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      found[`${scheme} endpoint dialog`] = await axeViolations(page);
      await page.keyboard.press('Escape');
      await page.locator('tr[data-endpoint-id]', { hasText: receiver.url }).getByRole('button', { name: 'Rotate secret' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Rotate' }).click();
      await expect(page.getByRole('textbox', { name: /Signing secret/ })).toHaveValue(/^whsec_/);
      found[`${scheme} secret`] = await axeViolations(page);
      await page.getByRole('button', { name: 'Sign out' }).click();
    }
  } finally {
    await context.close();
    await deleteEndpoints(request, receiver.url);
    await receiver.stop();
  }
  expect(Object.keys(found)).toHaveLength(6);
  expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0))).toEqual({});
});
