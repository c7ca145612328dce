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

test("auth link: a connector's own label and help read in ?lang=fr, and in the session's ar (right to left)", async ({ page, request }) => {
  const french = await createSession(request, { origin_owner_id: uniqueOwner('lang-fr-form'), provider: 'sandbox_ats' });
  await page.goto(`${french.auth_link_url}&lang=fr`);
  const hub = page.locator('connect-hub');
  await expect(hub.getByLabel('Région')).toBeVisible();
  await expect(hub.getByText('Où se trouve le compte fictif ; les deux régions fonctionnent.')).toBeVisible();
  await expect(hub.getByRole('note').filter({ hasText: 'Seul le mot de passe « sandbox_good » est accepté.' })).toBeVisible();

  const arabic = await createSession(request, { origin_owner_id: uniqueOwner('lang-ar-form'), provider: 'sandbox_ats', locale: 'ar' });
  await page.goto(arabic.auth_link_url);
  await expect(hub.getByLabel('المنطقة')).toBeVisible();
  await expect(hub.getByText('مكان الحساب التجريبي؛ المنطقتان كلتاهما تعملان.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(hub.getByLabel('المنطقة')).toHaveCSS('direction', 'rtl');
});
