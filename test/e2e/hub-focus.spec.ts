import { expect, test, type Page } from '@playwright/test';
import { createSession, uniqueOwner } from './support/connect-api.js';
import { apiKeyInput } from './support/hub-flow.js';

/** The focused element through every shadow root: `tag#id` and its text, or null when focus is on <body>. */
function deepFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${(element.textContent ?? '').trim()}`.trim();
  });
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search connectors' });
const hrisPill = (page: Page) => page.getByRole('button', { name: 'HRIS', exact: true });

/** From the search field, by keyboard only: into the list, Enter on the first row (Sandbox HRIS). */
async function openFirstRowByKeyboard(page: Page): Promise<void> {
  await search(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Subdomain')).toBeVisible();
}

async function expectListKept(page: Page): Promise<void> {
  await expect(search(page)).toHaveValue('sandbox');
  await expect(hrisPill(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /Sandbox HRIS/ })).toBeVisible();
}

test('auth link: focus follows each view, Escape and browser Back return to the list with search and category kept', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('focus') });
  await page.goto(session.auth_link_url);
  await hrisPill(page).click();
  await search(page).fill('sandbox');

  await openFirstRowByKeyboard(page);
  expect(await deepFocus(page), 'Enter on a connector: focus on the form’s heading').toBe('h2 Connect Sandbox HRIS');

  await page.getByRole('button', { name: 'Connect', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Subdomain is required')).toBeVisible();
  expect(await deepFocus(page), 'a validation error: focus on the first invalid field').toBe('input#f-subdomain');

  await page.keyboard.press('Escape');
  await expect(search(page)).toBeVisible();
  expect(await deepFocus(page), 'Escape: back to the list, focus on its heading').toBe('h2 Connect an account');
  await expectListKept(page);

  // Browser history follows the hub: the connector is an entry, Back is the list as it was.
  const listUrl = page.url();
  await openFirstRowByKeyboard(page);
  await page.goBack();
  await expect(search(page)).toBeVisible();
  expect(page.url()).toBe(listUrl);
  await expectListKept(page);
  // Forward after Back: the same connector again, its heading focused; Back once more is the list as it was.
  await page.goForward();
  await expect(page.getByLabel('Subdomain')).toBeVisible();
  await expect.poll(() => deepFocus(page), { message: 'Forward: focus on the form’s heading' }).toBe('h2 Connect Sandbox HRIS');
  await page.goBack();
  await expect(search(page)).toBeVisible();
  await expectListKept(page);

  // The hub's own Back, by keyboard: the list, its heading focused, the same search and category.
  await openFirstRowByKeyboard(page);
  await page.getByRole('button', { name: 'Back', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(search(page)).toBeVisible();
  expect(await deepFocus(page)).toBe('h2 Connect an account');
  await expectListKept(page);
  await page.goBack();
  await expect(page, 'the hub’s Back stepped history back too: one more Back leaves the page').toHaveURL('about:blank');
  await page.goForward();
  await hrisPill(page).click();
  await search(page).fill('sandbox');

  await openFirstRowByKeyboard(page);
  await page.getByLabel('Subdomain').fill('acme');
  await apiKeyInput(page).fill('sandbox_good');
  await apiKeyInput(page).press('Enter');
  await expect(page.getByText('Connection successful')).toBeVisible();
  expect(await deepFocus(page), 'success: focus on the result’s heading').toBe('h2 Connection successful');
  // A tab the user opened cannot be closed by the page: no Close that does nothing.
  await expect(page.getByRole('button', { name: 'Close', exact: true })).toHaveCount(0);

  await page.goBack();
  await expect(search(page)).toBeVisible();
  await expectListKept(page);
});
