import { expect, test } from '@playwright/test';
import { ar } from '../../src/hub/strings/ar.js';
import { ja } from '../../src/hub/strings/ja.js';
import { createSession, uniqueOwner } from './support/connect-api.js';

test('auth link: ?lang=ar gives an Arabic, right-to-left page and hub', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('lang-ar'), locale: 'ja' });
  await page.goto(`${session.auth_link_url}&lang=ar`);
  // ?lang= wins over the session's locale.
  await expect(page.locator('connect-hub').getByRole('heading', { name: ar.chooseTitle })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText(ar.pageFooter!)).toBeVisible();
  await expect(page.locator('#page-eyebrow')).toHaveText(ar.pageConnectTo!);
});

test("auth link: the session's locale picks the language when the link has no ?lang=", async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('lang-ja'), locale: 'ja' });
  await page.goto(session.auth_link_url);
  await expect(page.locator('connect-hub').getByRole('heading', { name: ja.chooseTitle })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveTitle(/アカウントを接続/);
});

test('auth link: an unknown ?lang= falls back (browser language here: English)', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('lang-xx') });
  await page.goto(`${session.auth_link_url}&lang=xx`);
  await expect(page.locator('connect-hub').getByRole('heading', { name: 'Connect an account' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
