import assert from 'node:assert/strict';
import { AccountCredentials, ConnectionAttempt } from '../../src/contract/index.js';
import { startSandboxOAuthProvider, type SandboxOAuthProvider } from './mock-provider.js';
import type { ConfigOverrides } from '../../src/server/config.js';
import type { ServerOverrides } from '../../src/server/index.js';
import { createSession, startTestServer, storeQuery, type SessionOptions, type TestServer } from '../server/harness.js';

export interface OAuthTestBed {
  t: TestServer;
  provider: SandboxOAuthProvider;
  stop(): Promise<void>;
}

/** A real server on a temp SQLite file, with its own real sandbox OAuth provider (oauth2-mock-server). */
export async function startOAuthTestBed(options: { config?: ConfigOverrides; overrides?: ServerOverrides } = {}): Promise<OAuthTestBed> {
  const provider = await startSandboxOAuthProvider();
  const t = await startTestServer({ config: { sandboxOAuthUrl: provider.url, ...options.config }, overrides: options.overrides });
  return {
    t,
    provider,
    async stop() {
      await t.stop();
      await provider.stop();
    },
  };
}

export function landingUrl(t: TestServer): string {
  return `${t.server.publicUrl}/embedded/accounts/callback`;
}

export async function newAttempt(t: TestServer, session?: SessionOptions): Promise<{ token: string; attemptId: string }> {
  const { token } = await createSession(t, session);
  const created = await t.call('POST', '/hub/connection_attempts', { token, json: { token } });
  assert.equal(created.status, 201, created.text);
  return { token, attemptId: String(created.body.id) };
}

/** E10 as the popup loads it (CONTRACT.md §E10), without following redirects. */
export function startUrl(
  t: TestServer,
  input: { token: string; attemptId: string; integration?: string; redirectUri?: string; fields?: Record<string, string> },
): string {
  const query = [
    `redirect_uri=${encodeURIComponent(input.redirectUri ?? landingUrl(t))}`,
    `token=${input.token}`,
    `connection_attempt_id=${input.attemptId}`,
    ...Object.entries(input.fields ?? { outcome: 'approve' }).map(([key, value]) => `${key}=${encodeURIComponent(value)}`),
  ].join('&');
  return `${t.server.url}/connect/oauth2/${input.integration ?? 'sandbox_crm'}?${query}`;
}

export function get(url: string): Promise<Response> {
  return fetch(url, { redirect: 'manual' });
}

export interface PopupRun {
  start: Response;
  authorize: Response;
  /** The provider's redirect to our callback (code/state or error). */
  callbackUrl: string;
  callback: Response;
  /** Where the callback sent the popup. */
  landing: URL;
}

/** Through the popup's three hops: our start URL → the provider's authorize → our callback. */
export async function runPopup(t: TestServer, input: Parameters<typeof startUrl>[1]): Promise<PopupRun> {
  const start = await get(startUrl(t, input));
  assert.equal(start.status, 302, await start.clone().text());
  const authorize = await get(start.headers.get('location')!);
  assert.equal(authorize.status, 302);
  const callbackUrl = authorize.headers.get('location')!;
  const callback = await get(callbackUrl);
  assert.equal(callback.status, 302, await callback.clone().text());
  return { start, authorize, callbackUrl, callback, landing: new URL(callback.headers.get('location')!) };
}

/** Reads the server's store directly: what is stored, not what the API says. */
export async function query<Row>(t: TestServer, sql: string, ...params: unknown[]): Promise<Row[]> {
  return storeQuery<Row>(t, sql, ...params);
}

export async function setAllowedOrigins(t: TestServer, origins: string[]): Promise<void> {
  await storeQuery(t, 'UPDATE projects SET allowed_origins = ?', JSON.stringify(origins));
}

export async function outboxEvents(t: TestServer, accountId: string): Promise<string[]> {
  return (await query<{ event: string }>(t, 'select event from account_events where account_id = ? order by id', accountId)).map((r) => r.event);
}

/** A sandbox CRM account linked through the popup (the provider answers `outcome`); its id. */
export async function linkCrm(bed: OAuthTestBed, owner: string, outcome = 'approve'): Promise<string> {
  const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: owner });
  await runPopup(bed.t, { token, attemptId, fields: { outcome } });
  const read = await bed.t.call('GET', `/hub/connection_attempts/${attemptId}`, { token });
  const attempt = ConnectionAttempt.parse(read.body);
  assert.equal(attempt.status, 'authenticated', read.text);
  return attempt.account!.id;
}

/** GET /accounts/{id}/credentials, which must answer 200. */
export async function credentialsOf(bed: OAuthTestBed, accountId: string): Promise<AccountCredentials> {
  const result = await bed.t.call('GET', `/accounts/${accountId}/credentials`);
  assert.equal(result.status, 200, result.text);
  return AccountCredentials.parse(result.body);
}

export async function accountStatusOf(bed: OAuthTestBed, accountId: string): Promise<string> {
  return String((await bed.t.call('GET', `/accounts/${accountId}`)).body.status);
}

/** The sandbox CRM's `connect_hub_connection_failures_total` for one reason, as /metrics shows it now. */
export async function crmConnectionFailures(t: TestServer, reason: string): Promise<number> {
  const text = (await t.call('GET', '/metrics', { apiKey: null })).text;
  const line = text.split('\n').find((l) => l.startsWith('connect_hub_connection_failures_total{') && l.includes('provider="sandbox_crm"') && l.includes(`reason="${reason}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}
