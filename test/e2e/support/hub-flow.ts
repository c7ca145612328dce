import { expect, type Page, type Request } from '@playwright/test';

/**
 * The end-user steps through OUR hub (`<connect-hub>`, shadow DOM: Playwright's locators pierce it),
 * the same whether it runs on the auth-link page or embedded in a host page.
 */
export async function pickSandboxHris(page: Page): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search connectors' });
  await expect(search).toBeVisible();
  await search.fill('sandbox');
  await page.getByRole('button', { name: /Sandbox HRIS/ }).click();
  await expect(page.getByLabel('Subdomain')).toBeVisible();
}

export function apiKeyInput(page: Page) {
  return page.getByLabel('API key', { exact: true });
}

export async function submitBadKeyThenGoodKey(page: Page): Promise<void> {
  await page.getByLabel('Subdomain').fill('acme');
  await apiKeyInput(page).fill('wrong_key');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();

  // Plain words naming the provider and the field; the provider's own answer waits behind Details (issue 13 §3).
  await expect(page.getByText("Sandbox HRIS didn't accept that API key. Check it and try again.")).toBeVisible();
  await expect(apiKeyInput(page)).toHaveAttribute('aria-invalid', 'true');
  await page.getByText('Details', { exact: true }).click();
  await expect(page.getByText(/Response from Sandbox HRIS/)).toBeVisible();
  await expect(page.getByText(/invalid_api_key/).first()).toBeVisible();

  // The form stays filled beside the error ("Try again" would resend the same key): fix the key.
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByLabel('Subdomain')).toHaveValue('acme');
  await apiKeyInput(page).fill('sandbox_good');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText('Connection successful')).toBeVisible();
}

/** Records what a page must never do: request a missing file (a 404) or throw an uncaught error. */
export function watchForBrokenLoads(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) problems.push(`404 ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { problems };
}

/** Collects Content-Security-Policy violations as the document reports them (`securitypolicyviolation`). */
export async function watchForCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      const target = event.target instanceof Element ? `<${event.target.localName}>` : 'document';
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (sample "${event.sample}") on ${target}`);
    }, true);
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The JSON bodies of the hub's account writes, from the network log. */
export function recordAccountWrites(page: Page): Array<{ method: string; url: string; body: unknown }> {
  const writes: Array<{ method: string; url: string; body: unknown }> = [];
  page.on('request', (request: Request) => {
    const method = request.method();
    if ((method === 'POST' || method === 'PATCH') && new URL(request.url()).pathname.startsWith('/hub/accounts')) {
      writes.push({ method, url: request.url(), body: request.postDataJSON() as unknown });
    }
  });
  return writes;
}
