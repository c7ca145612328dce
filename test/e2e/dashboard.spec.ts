import { expect, test, type Page } from '@playwright/test';
import { listAccounts, uniqueOwner } from './support/connect-api.js';
import { apiKeyInput, pickSandboxHris, watchForBrokenLoads, watchForCspViolations } from './support/hub-flow.js';
import { projectSettings } from './support/project-settings.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './support/server-config.js';
import { axeViolations } from './support/axe.js';

const DASHBOARD_URL = `${E2E_SERVER_URL}/dashboard/`;
const DAY_MS = 86_400_000;

async function signIn(page: Page, apiKey = E2E_API_KEY): Promise<void> {
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('dashboard: a bad API key gets a clear sign-in error; nothing is stored', async ({ page }) => {
  const { problems } = watchForBrokenLoads(page);
  await page.goto(DASHBOARD_URL);
  await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
  await signIn(page, 'chk_definitely_not_the_key');
  await expect(page.getByText('This API key was not accepted by this server. Check it and try again.')).toBeVisible();
  await expect(page.getByLabel('API key')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }))).toEqual({ session: {}, local: {} });
  expect(problems).toEqual([]);
});

test('dashboard: sign in, + Link Account, Generate, copy; the copied link links a sandbox account in another browser; Accounts shows it', async ({
  page,
  context,
  browser,
}) => {
  const owner = uniqueOwner('dash');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: E2E_SERVER_URL });
  const { problems } = watchForBrokenLoads(page);
  const cspViolations = await watchForCspViolations(page);

  await page.goto(DASHBOARD_URL);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Linked accounts', exact: true })).toBeVisible();
  expect(page.url(), 'the key never goes into the URL').not.toContain(E2E_API_KEY);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '+ Link Account' }).click();
  await page.getByLabel('Origin owner ID').fill(owner);
  await page.getByLabel('Origin owner name').fill('Globex Corporation');
  await page.getByLabel('Origin username').fill('hank@globex.test');
  await page.getByLabel('Category').selectOption('hris');
  await expect(page.getByLabel('Link expires after')).toHaveValue('30');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await expect(page.getByText('Globex Corporation')).toBeVisible();
  const generatedAt = Date.now();
  await page.getByRole('button', { name: 'Generate link' }).click();
  await expect(page.getByRole('heading', { name: 'Auth link ready' })).toBeVisible();

  // The expiry shown is 30 days ahead.
  const expiry = page.locator('dashboard-auth-link time');
  const expiresAt = Date.parse((await expiry.getAttribute('datetime')) ?? '');
  expect(Math.abs(expiresAt - (generatedAt + 30 * DAY_MS))).toBeLessThan(5 * 60_000);
  const shownDate = new Intl.DateTimeFormat('en', { dateStyle: 'full' }).format(new Date(expiresAt));
  await expect(expiry).toContainText(shownDate);
  await expect(page.getByRole('img', { name: 'QR code of the auth link' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByRole('textbox', { name: 'Auth link' }).inputValue());
  expect(copied).toMatch(new RegExp(`^${E2E_SERVER_URL.replace(/[.]/g, '\\.')}/embedded/integrations\\?token=`));

  // The end user: another browser context, no dashboard session, only the link.
  const endUser = await browser.newContext();
  try {
    const linkPage = await endUser.newPage();
    await linkPage.goto(copied);
    await pickSandboxHris(linkPage);
    await linkPage.getByLabel('Subdomain').fill('globex');
    await apiKeyInput(linkPage).fill('sandbox_good');
    await linkPage.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(linkPage.getByText('Connection successful')).toBeVisible();
  } finally {
    await endUser.close();
  }

  const [account] = await listAccounts(page.request, owner);
  expect(account).toMatchObject({ provider: 'sandbox_hris', origin_owner_name: 'Globex Corporation', origin_username: 'hank@globex.test' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByLabel('Origin owner ID', { exact: true }).fill(owner);
  const row = page.locator(`tr[data-account-id="${account!.id}"]`);
  await expect(row).toContainText('Sandbox HRIS');
  await expect(row).toContainText('Globex Corporation');
  await expect(row).toContainText('hank@globex.test');
  await expect(row).toContainText('active');

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Sandbox HRIS', level: 1 })).toBeVisible();
  await expect(page.getByText('globex', { exact: true })).toBeVisible();

  expect(await cspViolations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('dashboard: the Links setting (self-renewals per link) is saved to the project, read back by the API; a refused value is named at the field', async ({
  page,
}) => {
  const before = (await projectSettings()).max_link_renewals;
  const next = before === 7 ? 8 : 7;
  await page.goto(`${DASHBOARD_URL}#/link`);
  await signIn(page);
  const settings = page.getByRole('region', { name: 'Links' });
  const field = settings.getByLabel('Self-renewals per link');
  await expect(field).toHaveValue(String(before));
  try {
    await field.fill(String(next));
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings.getByRole('status')).toHaveText(`Saved: a link renews itself at most ${next} times.`);
    expect((await projectSettings()).max_link_renewals).toBe(next);

    await field.fill('500');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.locator('#f-max_link_renewals-error')).toContainText('max_link_renewals');
    expect((await projectSettings()).max_link_renewals, 'the refused value changed nothing').toBe(next);

    // Another visit shows what the server has.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Links' }).getByLabel('Self-renewals per link')).toHaveValue(String(next));
  } finally {
    await fetch(`${E2E_SERVER_URL}/project`, {
      method: 'PATCH',
      headers: { authorization: `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ max_link_renewals: before }),
    });
  }
});

test('dashboard: works with the keyboard alone: sign in, generate a link, delete an account with the dialog', async ({ page, request }) => {
  const owner = uniqueOwner('keys');
  await page.goto(DASHBOARD_URL);
  await page.getByLabel('API key').focus();
  await page.keyboard.type(E2E_API_KEY);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Linked accounts', exact: true })).toBeFocused();

  await page.goto(`${DASHBOARD_URL}#/link`);
  await expect(page.getByLabel('Origin owner ID')).toBeVisible();
  await page.getByLabel('Origin owner ID').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Origin owner ID is required.')).toBeVisible();
  await expect(page.getByLabel('Origin owner ID')).toBeFocused();
  await page.keyboard.type(owner);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Review' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Generate link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Auth link ready' })).toBeVisible();

  // An account to delete, linked through the API like a host backend would.
  const session = await request.post(`${E2E_SERVER_URL}/connect_sessions`, {
    headers: { authorization: `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}` },
    data: { origin_owner_id: owner, origin_owner_name: 'Keyboard Co' },
  });
  const { token } = (await session.json()) as { token: string };
  const linked = await request.post(`${E2E_SERVER_URL}/hub/accounts`, {
    headers: { 'x-hub-session-token': token },
    data: { integration_id: 'sandbox_hris', credentials: { subdomain: 'keys', api_key: 'sandbox_good' } },
  });
  const { id } = (await linked.json()) as { id: string };

  await page.goto(`${DASHBOARD_URL}#/accounts/${id}`);
  const remove = page.getByRole('button', { name: 'Delete', exact: true });
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete this account?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete account' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The account was deleted.')).toBeVisible();
  expect(await listAccounts(request, owner)).toEqual([]);
});

test('dashboard: axe finds no violations on any page, light and dark', async ({ browser, request }) => {
  // axe is injected as a script: let it past the page's CSP in this context only.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const owner = uniqueOwner('axe');
  const session = await request.post(`${E2E_SERVER_URL}/connect_sessions`, {
    headers: { authorization: `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}` },
    data: { origin_owner_id: owner, origin_owner_name: 'Axe Audits Ltd', origin_username: 'axe@example.com', metadata: { plan: 'pro' } },
  });
  const { token } = (await session.json()) as { token: string };
  const linked = await request.post(`${E2E_SERVER_URL}/hub/accounts`, {
    headers: { 'x-hub-session-token': token },
    data: { integration_id: 'sandbox_hris', credentials: { subdomain: 'axe', api_key: 'sandbox_good' } },
  });
  const { id } = (await linked.json()) as { id: string };

  const found: Record<string, string[]> = {};
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(DASHBOARD_URL);
      await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
      found[`${scheme} sign-in`] = await axeViolations(page);
      await signIn(page, 'chk_wrong');
      await expect(page.getByText('was not accepted')).toBeVisible();
      found[`${scheme} sign-in error`] = await axeViolations(page);
      await signIn(page);
      await expect(page.locator('tbody tr').first()).toBeVisible();
      found[`${scheme} accounts`] = await axeViolations(page);

      await page.goto(`${DASHBOARD_URL}#/accounts/${id}`);
      await expect(page.getByRole('heading', { name: 'Sandbox HRIS', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Send re-auth link' }).click();
      await expect(page.getByRole('textbox', { name: 'Auth link' })).toBeVisible();
      found[`${scheme} account`] = await axeViolations(page);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      found[`${scheme} delete dialog`] = await axeViolations(page);
      await page.keyboard.press('Escape');

      await page.goto(`${DASHBOARD_URL}#/link`);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByText('Origin owner ID is required.')).toBeVisible();
      found[`${scheme} link errors`] = await axeViolations(page);
      await page.getByLabel('Origin owner ID').fill(owner);
      await page.getByLabel('Origin owner name').fill('Axe Audits Ltd');
      await page.getByRole('button', { name: 'Next' }).click();
      found[`${scheme} link review`] = await axeViolations(page);
      await page.getByRole('button', { name: 'Generate link' }).click();
      await expect(page.getByRole('heading', { name: 'Auth link ready' })).toBeVisible();
      found[`${scheme} link result`] = await axeViolations(page);

      await page.goto(`${DASHBOARD_URL}#/connectors`);
      await expect(page.getByRole('switch').first()).toBeVisible();
      found[`${scheme} connectors`] = await axeViolations(page);
      await page.getByRole('button', { name: 'Sign out' }).click();
    }
  } finally {
    await context.close();
  }
  expect(Object.keys(found)).toHaveLength(18);
  expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0))).toEqual({});
});

test('dashboard: fits a 375 px phone without horizontal page scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(DASHBOARD_URL);
  await signIn(page);
  for (const hash of ['#/accounts', '#/link', '#/connectors', '#/webhooks']) {
    await page.goto(`${DASHBOARD_URL}${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${hash} overflows`).toBeLessThanOrEqual(0);
  }
});
