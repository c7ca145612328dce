import { createRequire } from 'node:module';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { createSession, listAccounts, uniqueOwner } from './support/connect-api.js';
import { apiKeyInput, pickSandboxHris } from './support/hub-flow.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './support/server-config.js';
import { LoopbackReceiver } from './support/webhook-receiver.js';

// Issue 17 §1–§2 on the real server and the built bundle: renewable links, and the live hand-off to a phone.
const authorization = `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`;
const JSQR_PATH = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/** A one-second session, past its end: what the host sent weeks ago. */
async function expiredLink(request: APIRequestContext, body: Record<string, unknown>) {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('renew'), expires_in: 1, ...body });
  await expect.poll(async () => (await request.get(`${E2E_SERVER_URL}/hub/settings`, { headers: { 'x-hub-session-token': session.token } })).status()).toBe(401);
  return session;
}

async function connectSandboxHris(page: Page, pick = true): Promise<void> {
  if (pick) await pickSandboxHris(page);
  await page.getByLabel('Subdomain').fill('acme');
  await apiKeyInput(page).fill('sandbox_good');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText('Connection successful')).toBeVisible();
}

test('an expired link asks for a new one: signed webhook, the dashboard sends it, it connects; a renewable link renews itself until N', async ({ page, request, browser }) => {
  const receiver = await LoopbackReceiver.start();
  const endpoint = await request.post(`${E2E_SERVER_URL}/webhooks`, {
    headers: { authorization },
    data: { url: receiver.url, events: ['connect_session.renewal_requested', 'connect_session.renewed'] },
  });
  expect(endpoint.status()).toBe(201);
  const { id: endpointId, secret } = (await endpoint.json()) as { id: string; secret: string };
  const projectName = String(((await (await request.get(`${E2E_SERVER_URL}/project`, { headers: { authorization } })).json()) as { name: string }).name);
  try {
    const expired = await expiredLink(request, { origin_owner_name: 'Initech', origin_username: 'peter@initech.test' });
    await page.goto(expired.auth_link_url);
    await expect(page.getByRole('heading', { name: 'This link has expired or is invalid' })).toBeVisible();
    await page.getByRole('button', { name: 'Request a new link' }).click();
    await expect(page.getByText(`${projectName} has been told; you'll get a new link.`)).toBeVisible();

    await expect.poll(() => receiver.received.filter((r) => r.event === 'connect_session.renewal_requested').length).toBe(1);
    const hook = receiver.received.find((r) => r.event === 'connect_session.renewal_requested')!;
    const payload = new Webhook(secret).verify(hook.body, hook.headers) as { record_id: string; origin_owner_id: string; origin_username: string };
    expect(payload).toMatchObject({ record_id: String(expired.id), origin_owner_id: expired.origin_owner_id, origin_username: 'peter@initech.test' });

    const dashboard = await browser.newPage();
    await dashboard.goto(`${E2E_SERVER_URL}/dashboard/#/accounts`);
    await dashboard.getByLabel('API key').fill(E2E_API_KEY);
    await dashboard.getByRole('button', { name: 'Sign in' }).click();
    const row = dashboard.locator('li', { hasText: expired.origin_owner_id });
    await row.getByRole('button', { name: 'Send new link' }).click();
    await expect(row.getByText('New link ready')).toBeVisible();
    await expect(row.getByRole('img', { name: 'QR code of the auth link' })).toBeVisible();
    const fresh = await row.getByRole('textbox', { name: 'Auth link' }).inputValue();
    await dashboard.close();

    const endUser = await browser.newPage();
    await endUser.goto(fresh);
    await connectSandboxHris(endUser);
    await endUser.close();
    expect((await listAccounts(request, expired.origin_owner_id)).map((a) => a.provider)).toEqual(['sandbox_hris']);

    // A renewable link, with a project limit of 1: renews itself once (the page goes on), then asks the host.
    expect((await request.patch(`${E2E_SERVER_URL}/project`, { headers: { authorization }, data: { max_link_renewals: 1 } })).status()).toBe(200);
    const renewable = await expiredLink(request, { renewable: true });
    await page.goto(renewable.auth_link_url);
    await page.getByRole('button', { name: 'Request a new link' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search connectors' })).toBeVisible();
    const renewedToken = new URL(page.url()).searchParams.get('token');
    expect(renewedToken).not.toBe(renewable.token);
    await expect.poll(() => receiver.received.filter((r) => r.event === 'connect_session.renewed').length).toBe(1);
    // The fresh session lives one second too; once it is over, the chain is spent.
    await expect.poll(async () => (await request.get(`${E2E_SERVER_URL}/hub/settings`, { headers: { 'x-hub-session-token': renewedToken! } })).status()).toBe(401);
    await page.reload();
    await page.getByRole('button', { name: 'Request a new link' }).click();
    await expect(page.getByText(`${projectName} has been told; you'll get a new link.`)).toBeVisible();
  } finally {
    await request.patch(`${E2E_SERVER_URL}/project`, { headers: { authorization }, data: { max_link_renewals: 3 } });
    await request.delete(`${E2E_SERVER_URL}/webhooks/${endpointId}`, { headers: { authorization } });
    await receiver.stop();
  }
});

/** The URL in the hand-off QR code, read back from its pixels with jsQR (in a blank page: no CSP there). */
async function decodeQr(browser: Browser, dataUrl: string): Promise<string> {
  const decoder = await browser.newPage();
  try {
    await decoder.addScriptTag({ path: JSQR_PATH });
    return await decoder.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.imageSmoothingEnabled = false;
      context.drawImage(image, 0, 0, 400, 400);
      const pixels = context.getImageData(0, 0, 400, 400);
      const jsQR = (window as unknown as { jsQR: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null }).jsQR;
      return jsQR(pixels.data, 400, 400)?.data ?? '';
    }, dataUrl);
  } finally {
    await decoder.close();
  }
}

test('continue on the phone: the desktop shows a QR, the phone links Sandbox HRIS, the desktop shows it live; a third device is refused', async ({ page, request, browser }) => {
  const session = await createSession(request, { origin_owner_id: uniqueOwner('handoff') });
  await page.goto(session.auth_link_url);
  await page.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(window, { __successes: seen, __sameDocument: true });
    document.addEventListener('connect-hub:success', (event) => seen.push((event as CustomEvent).detail));
  });
  await pickSandboxHris(page);
  await page.getByRole('button', { name: 'Continue on your phone' }).click();
  const qr = page.getByRole('img', { name: 'QR code of the link to open on your phone' });
  await expect(qr).toBeVisible();
  const url = await decodeQr(browser, (await qr.getAttribute('src'))!);
  expect(url).toMatch(new RegExp(`^${E2E_SERVER_URL.replace(/[.]/g, '\\.')}/embedded/integrations\\?handoff=chh_`));

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const third = await browser.newContext();
  try {
    const phonePage = await phone.newPage();
    await phonePage.goto(url);
    // The connector chosen on the desktop is open on the phone.
    await expect(phonePage.getByLabel('Subdomain')).toBeVisible();
    await expect(page.getByText('Opened on your phone. Finish there.')).toBeVisible();
    await expect(phonePage.getByRole('button', { name: 'Continue on your phone' })).toHaveCount(0);
    await connectSandboxHris(phonePage, false);
    const phoneDone = Date.now();

    await expect(page.getByText('Connection successful')).toBeVisible({ timeout: 2000 });
    expect(Date.now() - phoneDone).toBeLessThan(2000);
    const [account] = await listAccounts(request, session.origin_owner_id);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    const successes = (await page.evaluate(() => (window as unknown as { __successes: Array<{ id: string; provider: string }> }).__successes)) ?? [];
    expect(successes).toHaveLength(1);
    expect(successes[0]).toMatchObject({ id: account!.id, provider: 'sandbox_hris' });

    const thirdPage = await third.newPage();
    await thirdPage.goto(url);
    await expect(thirdPage.getByText('This link is already open on another device.', { exact: false })).toBeVisible();
  } finally {
    await phone.close();
    await third.close();
  }
});
