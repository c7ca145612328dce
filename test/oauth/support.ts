import assert from 'node:assert/strict';
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
