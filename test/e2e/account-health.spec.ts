import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { readConfig, startServer, type RunningServer } from '../../src/server/index.js';
import { apiKeyInput } from './support/hub-flow.js';
import { LoopbackReceiver } from './support/webhook-receiver.js';

// Issue 17 §3 end to end: a server of this file's own, so its clock can be moved (the shared e2e server runs on
// real time). The real built hub in Chromium, the real sandbox provider, a real loopback webhook receiver.

const DAY_MS = 86_400_000;
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);

let server: RunningServer;
let receiver: LoopbackReceiver;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'connect-hub-health-e2e-'));
  receiver = await LoopbackReceiver.start();
  server = await startServer(readConfig({}, { port: 0, host: '127.0.0.1', dataDir, webhookAllowPrivate: true, logLevel: 'error' }), { clock });
});

test.afterAll(async () => {
  await server?.close();
  await receiver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Basic ${Buffer.from(`${server.apiKey}:`).toString('base64')}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

test('a key the provider starts refusing turns the account invalid (webhook with the reason); its re-auth link in Chromium makes it active again', async ({ page }) => {
  const subdomain = `heal${Date.now().toString(36)}`;
  expect((await api('POST', '/webhooks', { url: receiver.url, events: ['account.updated'] })).status).toBe(201);
  const session = await api<{ token: string }>('POST', '/connect_sessions', { origin_owner_id: 'org-heal', origin_owner_name: 'Heal Ltd' });
  const created = await api<{ id: string }>('POST', '/hub/accounts', { integration_id: 'sandbox_hris', credentials: { subdomain, api_key: 'sandbox_good' } }, {
    'x-hub-session-token': session.body.token,
  });
  expect(created.status).toBe(201);
  const accountId = created.body.id;

  // The provider starts refusing the key (the sandbox's admin route); a day later the scheduled check runs.
  expect((await api('POST', '/sandbox/admin/rejections', { key: 'sandbox_good', scope: subdomain })).status).toBe(201);
  offsetMs += 1.2 * DAY_MS;
  await server.checkAccountHealth();
  const invalid = await api<{ status: string; first_failed_at: string; status_reasons: { code: string; description: string }[] }>('GET', `/accounts/${accountId}`);
  expect(invalid.body.status).toBe('invalid');
  expect(invalid.body.first_failed_at).toBeTruthy();
  const updates = () =>
    receiver.received.filter((r) => r.event === 'account.updated' && r.accountId === accountId).map((r) => JSON.parse(r.body) as Record<string, unknown>);
  await expect.poll(() => updates().length).toBe(1);
  expect(updates()[0]).toMatchObject({ status: 'invalid', first_failed_at: invalid.body.first_failed_at });
  expect((updates()[0]!.status_reasons as { description: string }[])[0]!.description).toMatch(/Sandbox HRIS refused the stored credentials \(HTTP 401\)/);

  // The owner makes a new key at the provider and enters it through the re-auth link.
  await api('DELETE', '/sandbox/admin/rejections', { key: 'sandbox_good', scope: subdomain });
  const link = await api<{ auth_link_url: string }>('POST', `/accounts/${accountId}/reauth_link`);
  expect(link.status).toBe(201);
  await page.goto(link.body.auth_link_url);
  await expect(page.getByLabel('Subdomain')).toHaveValue(subdomain);
  await page.evaluate(() => {
    document.addEventListener('connect-hub:success', (event) => {
      (window as unknown as { success: unknown }).success = (event as CustomEvent).detail;
    });
  });
  await page.getByRole('button', { name: /Edit/ }).click();
  await apiKeyInput(page).fill('sandbox_good');
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByText('Account updated')).toBeVisible();

  expect((await api<{ status: string; first_failed_at: string | null }>('GET', `/accounts/${accountId}`)).body).toMatchObject({ status: 'active', first_failed_at: null });
  await expect.poll(() => updates().length).toBe(2);
  expect(updates()[1]).toMatchObject({ status: 'active', first_failed_at: null });

  // The page's success event carries a result_token the host's backend verifies against the JWKS (issue 17 §4).
  const detail = (await page.evaluate(() => (window as unknown as { success: { id: string; result_token?: string } }).success))!;
  expect(detail.id).toBe(accountId);
  const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
  const { payload } = await jwtVerify(detail.result_token ?? '', createLocalJWKSet(jwks), { issuer: server.publicUrl, audience: server.project.id, currentDate: clock() });
  expect(payload).toMatchObject({ account_id: accountId, provider: 'sandbox_hris', origin_owner_id: 'org-heal' });
});
