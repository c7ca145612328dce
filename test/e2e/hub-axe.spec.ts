import { expect, test, type Page } from '@playwright/test';
import { ar } from '../../src/hub/strings/ar.js';
import { en } from '../../src/hub/strings/en.js';
import { axeViolations } from './support/axe.js';
import { createSession, uniqueOwner } from './support/connect-api.js';

// axe on every view of the end user's hub, on the auth link, in English and in Arabic (right to left), light and
// dark (issue 13). Field ids (`#f-<key>`) and the submit button are found the same way in both languages.
const hub = (page: Page) => page.locator('connect-hub');

for (const [lang, s] of [['en', en], ['ar', ar]] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`hub views pass axe: ${lang}, ${colorScheme}`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme });
      const seen: Record<string, string[]> = {};
      const check = async (view: string) => {
        seen[view] = await axeViolations(page);
      };

      const session = await createSession(request, { origin_owner_id: uniqueOwner(`axe-${lang}-${colorScheme}`) });
      await page.goto(`${session.auth_link_url}&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const search = hub(page).getByRole('searchbox', { name: s.searchLabel });
      await expect(search).toBeVisible();
      await check('list');

      await search.fill('zzz no such thing');
      await expect(hub(page).locator('.row')).toHaveCount(0);
      await check('search, nothing found');

      await search.fill('sandbox');
      await hub(page).getByRole('button', { name: /Sandbox HRIS/ }).click();
      await expect(hub(page).locator('#f-subdomain')).toBeVisible();
      await check('form');

      await hub(page).locator('button[type="submit"]').click();
      await expect(hub(page).locator('#f-subdomain')).toHaveAttribute('aria-invalid', 'true');
      await check('form with field errors');

      await hub(page).locator('#f-subdomain').fill('acme');
      await hub(page).locator('#f-api_key').fill('wrong_key');
      await hub(page).locator('button[type="submit"]').click();
      await expect(hub(page).locator('#f-api_key')).toHaveAttribute('aria-invalid', 'true');
      await expect(hub(page).getByRole('alert')).toBeVisible();
      await check('rejected key');

      await hub(page).locator('#f-api_key').fill('sandbox_good');
      await hub(page).locator('button[type="submit"]').click();
      await expect(hub(page).getByRole('heading', { name: s.successTitle })).toBeVisible();
      await check('success');

      const expiring = await createSession(request, { origin_owner_id: uniqueOwner(`axe-expired-${lang}`), expires_in: 1 });
      await page.waitForTimeout(1_200);
      await page.goto(`${expiring.auth_link_url}&lang=${lang}`);
      await expect(hub(page).getByRole('heading', { name: s.expiredTitle })).toBeVisible();
      await check('expired link');

      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((view) => [view, []])));
      expect(Object.keys(seen)).toHaveLength(7);
    });
  }
}
