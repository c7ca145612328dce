import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createSession, listAccounts, uniqueOwner } from './support/connect-api.js';
import { pickSandboxHris, recordAccountWrites, submitBadKeyThenGoodKey, watchForBrokenLoads } from './support/hub-flow.js';
import { E2E_SERVER_URL } from './support/server-config.js';
import { startStaticHost, type StaticHost } from './support/static-host.js';

let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost();
});
test.afterAll(async () => {
  await host.close();
});

for (const bundle of ['iife', 'esm'] as const) {
  test(`embedded (${bundle} bundle from /sdk) in a host page on another origin: bad key, then sandbox_good`, async ({
    page,
    request,
  }) => {
    expect(new URL(host.origin).origin).not.toBe(new URL(E2E_SERVER_URL).origin);
    const owner = uniqueOwner(`embed-${bundle}`);
    const session = await createSession(request, { origin_owner_id: owner });
    const { problems } = watchForBrokenLoads(page);
    const writes = recordAccountWrites(page);
    const reported: Array<{ events: Array<{ name: string }> }> = [];
    page.on('request', (sent) => {
      if (sent.url() === `${E2E_SERVER_URL}/hub/events` && sent.method() === 'POST') reported.push(sent.postDataJSON() as { events: Array<{ name: string }> });
    });

    const query = new URLSearchParams({ server: E2E_SERVER_URL, token: session.token, bundle });
    await page.goto(`${host.origin}/connect-hub.html?${query}`);
    await pickSandboxHris(page);
    await submitBadKeyThenGoodKey(page);

    await expect(page.locator('#host-log')).toContainText('(sandbox_hris)');
    const events = await page.evaluate(() => (window as unknown as { hostEvents: Array<{ type: string; detail: unknown }> }).hostEvents);
    const success = events.filter((event) => event.type === 'connect-hub:success');
    expect(success).toHaveLength(1);
    // One documented event per step, in the order the user went; the server gets the same steps, and nothing typed.
    const steps = events.filter((event) => event.type === 'connect-hub:event').map((event) => event.detail as { name: string; provider?: string; error_code?: string; at: string });
    expect(steps.map((step) => step.name)).toEqual(['opened', 'connector-selected', 'credentials-submitted', 'failed', 'credentials-submitted', 'connected']);
    expect(steps[3]).toMatchObject({ provider: 'sandbox_hris', error_code: 'provider_rejected' });
    expect(steps.every((step) => !Number.isNaN(Date.parse(step.at)))).toBe(true);
    await expect.poll(() => reported.flatMap((body) => body.events.map((event) => event.name))).toEqual(steps.map((step) => step.name));
    expect(JSON.stringify(reported)).not.toMatch(/wrong_key|sandbox_good|acme/);

    // The host's `button { background: hotpink !important }` must not reach inside the hub.
    const connectBackground = await page
      .getByRole('button', { name: 'Close', exact: true })
      .evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(connectBackground).not.toBe('rgb(255, 105, 180)');

    expect(writes.every((write) => write.url.startsWith(E2E_SERVER_URL))).toBe(true);
    const accounts = await listAccounts(request, owner);
    expect(accounts.map((account) => account.id)).toEqual([(success[0]!.detail as { id: string }).id]);
    expect(problems).toEqual([]);
  });
}

// The IIFE inlines only English: another language is the ESM build's own file beside it on /sdk, fetched when asked
// for (a classic script's import() resolves against the script's URL), with the plural helper it imports.
test('embedded IIFE from /sdk in Polish: the catalog loads on demand beside the IIFE and the hub reads in Polish', async ({ page, request }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('embed-iife-pl') });
  const { problems } = watchForBrokenLoads(page);
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' || /\.js$/.test(new URL(response.url()).pathname)) scripts.push(new URL(response.url()).pathname);
  });

  const query = new URLSearchParams({ server: E2E_SERVER_URL, token: session.token, bundle: 'iife', locale: 'pl' });
  await page.goto(`${host.origin}/connect-hub.html?${query}`);
  const hub = page.locator('connect-hub');
  await expect(hub.getByRole('searchbox', { name: 'Szukaj konektorów' })).toBeVisible();
  await expect(hub.getByRole('heading', { name: 'Połącz konto' })).toBeVisible();
  // The count (announced, visually hidden) goes through the plural helper: `# konektory` / `# konektorów` / …
  await expect(hub.getByRole('status').filter({ hasText: /^\d+ konektor(y|ów|a)?$/ })).toHaveCount(1);
  await expect(hub.getByText(/\bconnectors?\b/)).toHaveCount(0);

  const fromSdk = scripts.filter((path) => path.startsWith('/sdk/'));
  expect(fromSdk).toContain('/sdk/connect-hub.iife.js');
  expect(fromSdk.some((path) => /^\/sdk\/pl-[\w-]{8}\.js$/.test(path))).toBe(true);
  expect(fromSdk.some((path) => /^\/sdk\/plural-[\w-]{8}\.js$/.test(path))).toBe(true);
  // Only the language asked for: no other catalog is fetched.
  expect(fromSdk.filter((path) => /^\/sdk\/(?!pl-|plural-|connect-hub\.iife)/.test(path))).toEqual([]);
  expect(problems).toEqual([]);
});

// Sizes, not timings: on the build this suite made. The IIFE must never inline a catalog again (it was 67 KB gzip).
test('the built IIFE names every language file beside it and inlines none of their catalogs', () => {
  const lib = resolve(import.meta.dirname, '../../dist/lib');
  const iife = readFileSync(join(lib, 'connect-hub.iife.js'), 'utf8');
  const languages = readdirSync(lib).filter((name) => /^(?!plural-)[a-z]{2}(-Hans)?-[\w-]{8}\.js$/.test(name));
  expect(languages).toHaveLength(20);
  for (const file of languages) {
    expect(iife.includes(`\`${file}\``), `the IIFE does not load ${file}`).toBe(true);
    // The catalog's own words (its `loading` line, unique to each language) stay out of the IIFE.
    const loading = /loading:`([^`]+)`/.exec(readFileSync(join(lib, file), 'utf8'))?.[1];
    expect(loading, `${file} has a loading string`).toBeTruthy();
    expect(iife.includes(loading!), `the IIFE inlines ${file}`).toBe(false);
  }
});
