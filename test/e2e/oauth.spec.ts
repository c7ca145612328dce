import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { AccountCredentials } from '../../src/contract/oauth.js';
import { createSession, listAccounts, uniqueOwner } from './support/connect-api.js';
import { watchForBrokenLoads } from './support/hub-flow.js';
import { setAllowedOrigins } from './support/project-settings.js';
import { E2E_API_KEY, E2E_PROVIDER_URL, E2E_SERVER_URL } from './support/server-config.js';
import { startStaticHost, type StaticHost } from './support/static-host.js';

// OAuth end to end: our <connect-hub>, the real connect server, and the real sandbox OAuth provider (our own code,
// src/sandbox/oauth.ts, run on an origin of its own like a real provider: support/sandbox-oauth-provider.ts), in
// Chromium. Nothing is intercepted: the connect server answers every start and callback.

const basicAuth = `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`;

let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost();
});
test.afterAll(async () => {
  await host.close();
});

async function credentialsOf(request: APIRequestContext, accountId: string): Promise<AccountCredentials> {
  const response = await request.get(`${E2E_SERVER_URL}/accounts/${accountId}/credentials`, { headers: { authorization: basicAuth } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as AccountCredentials;
}

function outboxEvents(accountId: string): string[] {
  const db = new Database(join(process.env.CONNECT_HUB_E2E_DATA_DIR!, 'connect-hub.sqlite'), { readonly: true });
  try {
    return (db.prepare('select event from account_events where account_id = ? order by id').all(accountId) as { event: string }[]).map((r) => r.event);
  } finally {
    db.close();
  }
}

/** The host page on another origin with our hub, opened straight on Sandbox CRM. */
async function openEmbeddedCrm(page: Page, request: APIRequestContext, owner: string): Promise<void> {
  const session = await createSession(request, { origin_owner_id: owner, provider: 'sandbox_crm' });
  const query = new URLSearchParams({ server: E2E_SERVER_URL, token: session.token, bundle: 'iife' });
  await page.goto(`${host.origin}/connect-hub.html?${query}`);
  await expect(page.getByLabel('Consent')).toBeVisible();
}

const PROVIDER_AUTHORIZE = `${E2E_PROVIDER_URL}/sandbox/oauth/authorize`;

/**
 * Keeps the end user "at the provider": the provider's next authorize request answers its sign-in page (which
 * waits for the user, as a real provider's does) instead of consenting at once.
 */
async function holdNextSignIn(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${E2E_PROVIDER_URL}/e2e/hold-next-sign-in`)).status()).toBe(204);
}

/** The popup, sent by the connect server's real start answer, waits at the provider's sign-in page: its URL. */
async function signInPageOf(popup: Page): Promise<string> {
  await expect(popup.getByRole('heading', { name: 'Sign in to Sandbox CRM' })).toBeVisible();
  const url = popup.url();
  expect(url.startsWith(`${PROVIDER_AUTHORIZE}?`), url).toBe(true);
  return url;
}

test('embedded hub: Sandbox CRM connects through the popup; the account has tokens and account.created', async ({ page, request }) => {
  const owner = uniqueOwner('oauth-popup');
  const { problems } = watchForBrokenLoads(page);
  await openEmbeddedCrm(page, request, owner);

  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = await popupOpened;
  await expect(page.getByText('Connection successful')).toBeVisible();
  await expect(page.locator('#host-log')).toContainText('(sandbox_crm)');
  await expect.poll(() => popup.isClosed(), { message: 'the popup closes itself' }).toBe(true);

  const accounts = await listAccounts(request, owner);
  expect(accounts).toHaveLength(1);
  expect(accounts[0]).toMatchObject({ provider: 'sandbox_crm', status: 'active', setup_information: { outcome: 'approve' } });
  const credentials = await credentialsOf(request, accounts[0]!.id);
  expect(credentials.type).toBe('oauth2');
  expect(credentials.credentials.access_token?.split('.')).toHaveLength(3);
  expect(outboxEvents(accounts[0]!.id)).toEqual(['account.created']);
  expect(problems).toEqual([]);
});

test('standalone auth-link page: the same through a full-page redirect, resumed on return', async ({ page, request }) => {
  const owner = uniqueOwner('oauth-redirect');
  const session = await createSession(request, { origin_owner_id: owner, provider: 'sandbox_crm' });
  const popups: Page[] = [];
  page.on('popup', (popup) => popups.push(popup));
  await page.goto(session.auth_link_url);
  await expect(page.getByLabel('Consent')).toBeVisible();

  const visited: string[] = [];
  page.on('request', (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) visited.push(new URL(req.url()).origin + new URL(req.url()).pathname);
  });
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText('Connection successful')).toBeVisible({ timeout: 30_000 });

  expect(popups).toEqual([]);
  expect(visited).toEqual(
    expect.arrayContaining(
      [`${E2E_SERVER_URL}/connect/oauth2/sandbox_crm`, PROVIDER_AUTHORIZE, ...['/connect/oauth2/sandbox_crm/callback', '/embedded/accounts/callback', '/embedded/integrations'].map((p) => E2E_SERVER_URL + p)],
    ),
  );
  expect(new URL(page.url()).searchParams.get('connection_attempt_id'), 'the hub tidies its URL').toBeNull();
  const accounts = await listAccounts(request, owner);
  expect(accounts.map((account) => account.provider)).toEqual(['sandbox_crm']);
});

test('the provider denies consent: the hub shows its error, and a retry connects', async ({ page, request }) => {
  const owner = uniqueOwner('oauth-deny');
  await openEmbeddedCrm(page, request, owner);
  await page.getByLabel('Consent').selectOption('deny');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText('Connection failed')).toBeVisible();
  await expect(page.getByText(/^You declined access/)).toBeVisible();
  // Plain words for the end user (issue 13 §3): the provider's error code is not shown.
  await expect(page.getByText('access_denied')).toHaveCount(0);
  expect(await listAccounts(request, owner)).toHaveLength(0);

  await page.getByLabel('Consent').selectOption('approve');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText('Connection successful')).toBeVisible();
  expect(await listAccounts(request, owner)).toHaveLength(1);
});

test('the user cancels: the attempt is cancelled and the late provider answer changes nothing', async ({ page, request }) => {
  const owner = uniqueOwner('oauth-cancel');
  await openEmbeddedCrm(page, request, owner);
  await holdNextSignIn(request);
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = await popupOpened;
  const providerUrl = await signInPageOf(popup);
  await expect(page.getByText('Waiting for Sandbox CRM…')).toBeVisible();

  const cancelled = page.waitForResponse((response) => response.request().method() === 'DELETE' && response.url().includes('/hub/connection_attempts/'));
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect((await cancelled).status()).toBe(204);
  await expect(page.getByLabel('Consent')).toBeVisible();
  await expect.poll(() => popup.isClosed()).toBe(true);

  // The user finishes at the provider anyway: its answer arrives late and the server refuses it.
  const consent = await request.get(providerUrl, { maxRedirects: 0 });
  const callbackUrl = consent.headers().location!;
  expect(callbackUrl).toContain('/connect/oauth2/sandbox_crm/callback?');
  const late = await page.context().newPage();
  const answer = await late.goto(callbackUrl);
  expect(answer?.status()).toBe(409);
  await expect(late.getByRole('heading', { name: 'This sign-in was cancelled' })).toBeVisible();
  expect(await listAccounts(request, owner)).toHaveLength(0);
});

test('the popup closed by hand mid-flow: the hub offers Reopen / Cancel (no false failure), and Reopen finishes', async ({ page, request }) => {
  const owner = uniqueOwner('oauth-closed');
  await openEmbeddedCrm(page, request, owner);
  await holdNextSignIn(request);
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = await popupOpened;
  await signInPageOf(popup);
  await popup.close();

  await expect(page.getByRole('button', { name: 'Reopen window' })).toBeVisible();
  await expect(page.getByText(/window looks closed/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
  await expect(page.getByText('Connection failed')).toHaveCount(0);

  const reopened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Reopen window' }).click();
  await reopened;
  await expect(page.getByText('Connection successful')).toBeVisible();
  expect(await listAccounts(request, owner)).toHaveLength(1);
});

test('refresh: an access token past its expiry is refreshed by /credentials with a new one from the provider', async ({ page, request }) => {
  const owner = uniqueOwner('oauth-refresh');
  await openEmbeddedCrm(page, request, owner);
  // The sandbox's "expires at once" consent issues a 1-second access token, refreshed once half of it is gone
  // (margin min(60 s, half the lifetime)); a read before that gets it as it is, without spending the refresh token.
  await page.getByLabel('Consent').selectOption('approve_short');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText('Connection successful')).toBeVisible();
  const [account] = await listAccounts(request, owner);

  let first!: AccountCredentials;
  await expect.poll(async () => (first = await credentialsOf(request, account!.id)).refreshed, { intervals: [250] }).toBe(true);
  const second = await credentialsOf(request, account!.id);
  expect(second.refreshed).toBe(false);
  expect(second.credentials.access_token).toBe(first.credentials.access_token);
  expect(Date.parse(second.expires_at!)).toBeGreaterThan(Date.now() + 60_000);
});

test('a tampered state, a foreign redirect_uri or an unknown link gets a readable page, never a 500', async ({ page, request }) => {
  const tampered = await page.goto(`${E2E_SERVER_URL}/connect/oauth2/sandbox_crm/callback?code=abc&state=forged`);
  expect(tampered?.status()).toBe(400);
  await expect(page.getByRole('heading', { name: 'This sign-in answer is not valid' })).toBeVisible();
  // A live link and attempt, so that the redirect_uri is what gets refused (an unknown token would stop earlier).
  const session = await createSession(request, { origin_owner_id: uniqueOwner('oauth-foreign-redirect'), provider: 'sandbox_crm' });
  const attempt = await request.post(`${E2E_SERVER_URL}/hub/connection_attempts`, { headers: { 'x-hub-session-token': session.token }, data: { token: session.token } });
  expect(attempt.status()).toBe(201);
  const attemptId = String(((await attempt.json()) as { id: string }).id);
  const foreignQuery = new URLSearchParams({ redirect_uri: 'https://evil.example/', token: session.token, connection_attempt_id: attemptId, outcome: 'approve' });
  const foreign = await page.goto(`${E2E_SERVER_URL}/connect/oauth2/sandbox_crm?${foreignQuery}`);
  expect(foreign?.status()).toBe(400);
  expect(new URL(page.url()).origin).toBe(E2E_SERVER_URL);
  await expect(page.getByRole('heading', { name: 'Cannot start the sign-in' })).toBeVisible();
  await expect(page.getByText('The redirect_uri is not one this project allows')).toBeVisible();

  const unknown = await page.goto(`${E2E_SERVER_URL}/connect/oauth2/sandbox_crm?redirect_uri=https%3A%2F%2Fevil.example%2F&token=chs_x&connection_attempt_id=cat_x`);
  expect(unknown?.status()).toBe(401);
  await expect(page.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
});

test('a blocked popup: the hub says so; "Continue in this tab" connects through a full-page redirect back to the host', async ({ page, request }) => {
  await setAllowedOrigins([host.origin]);
  try {
    const owner = uniqueOwner('oauth-blocked');
    // What a popup blocker does to window.open: it returns null.
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await openEmbeddedCrm(page, request, owner);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Pop-up blocked' })).toBeVisible();
    await expect(page.getByText(/blocked the Sandbox CRM sign-in window/)).toBeVisible();

    await page.getByRole('button', { name: 'Continue in this tab' }).click();
    await expect(page.getByText('Connection successful')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('#host-log')).toContainText('(sandbox_crm)');
    expect(new URL(page.url()).origin).toBe(host.origin);
    expect(new URL(page.url()).searchParams.get('connection_attempt_id')).toBeNull();
    expect(await listAccounts(request, owner)).toHaveLength(1);
  } finally {
    await setAllowedOrigins([]);
  }
});

test('a blocked popup where this page cannot be returned to: "Try again" once pop-ups are allowed', async ({ page, request }) => {
  const owner = uniqueOwner('oauth-blocked-retry');
  await page.addInitScript(() => {
    const realOpen = window.open.bind(window);
    (window as unknown as { allowPopups: boolean }).allowPopups = false;
    window.open = (...args) => ((window as unknown as { allowPopups: boolean }).allowPopups ? realOpen(...args) : null);
  });
  await openEmbeddedCrm(page, request, owner);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText(/Allow pop-ups for this site/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue in this tab' })).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { allowPopups: boolean }).allowPopups = true;
  });
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Try again' }).click();
  await popupOpened;
  await expect(page.getByText('Connection successful')).toBeVisible();
});

test("StackOne's published <stackone-hub> links Sandbox CRM through our OAuth popup too", async ({ page, request }) => {
  const owner = uniqueOwner('oauth-stackone');
  const session = await createSession(request, { origin_owner_id: owner, provider: 'sandbox_crm' });
  const query = new URLSearchParams({ server: E2E_SERVER_URL, token: session.token });
  await page.goto(`${host.origin}/stackone-hub.html?${query}`);
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await popupOpened;
  await expect(page.getByText(/Connection Successful/i)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#host-log')).toContainText('(sandbox_crm)');
  const accounts = await listAccounts(request, owner);
  expect(accounts.map((account) => account.provider)).toEqual(['sandbox_crm']);
});

test('narrow screen, embedded on an allowed origin: a full-page redirect instead of a popup, resumed on return', async ({ page, request }) => {
  await setAllowedOrigins([host.origin]);
  try {
    await page.setViewportSize({ width: 375, height: 740 });
    const owner = uniqueOwner('oauth-narrow');
    const popups: Page[] = [];
    page.on('popup', (popup) => popups.push(popup));
    await openEmbeddedCrm(page, request, owner);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText('Connection successful')).toBeVisible({ timeout: 30_000 });
    expect(popups).toEqual([]);
    expect(new URL(page.url()).origin).toBe(host.origin);
    expect(await listAccounts(request, owner)).toHaveLength(1);
  } finally {
    await setAllowedOrigins([]);
  }
});
