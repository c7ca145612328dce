import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/dashboard/define.js';
import { AdminClient } from '../../../src/dashboard/index.js';
import type { ConnectSession } from '../../../src/contract/connect-sessions.js';
import { PATIENCE, api, hubUrl } from '../helpers.js';

export { PATIENCE, api, hubUrl };

/** The key web-test-runner.config.mjs pins for the test server (CONNECT_HUB_API_KEY). */
export const TEST_API_KEY = 'chk_component_tests_key_0123456789abcdef';

/**
 * The dashboard talks to the API on its own origin; in these tests that origin is the test runner's,
 * which forwards this prefix to the real server (web-test-runner.config.mjs `apiProxy`).
 */
export const API_BASE = '/__connect-api';

export function adminClient(apiKey = TEST_API_KEY): AdminClient {
  return new AdminClient({ baseUrl: API_BASE, apiKey });
}

export function uniqueOwner(label: string): string {
  return `wtr-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Links a sandbox account for an owner through the real hub API; returns its id. */
export async function linkSandbox(owner: string, extra: Record<string, unknown> = {}, provider: 'sandbox_hris' | 'sandbox_ats' = 'sandbox_hris'): Promise<string> {
  const session = await api<{ token: string }>('POST', '/connect_sessions', {
    origin_owner_id: owner,
    origin_owner_name: `${owner} Ltd`,
    multiple: true,
    ...extra,
  });
  if (session.status !== 201) throw new Error(`session: ${session.status}`);
  const credentials =
    provider === 'sandbox_hris' ? { subdomain: 'acme', api_key: 'sandbox_good' } : { region: 'us', company_id: '7', username: 'demo', password: 'sandbox_good' };
  const response = await fetch(`${await hubUrl()}/hub/accounts`, {
    method: 'POST',
    headers: { 'x-hub-session-token': session.body.token, 'content-type': 'application/json' },
    body: JSON.stringify({ integration_id: provider, credentials }),
  });
  if (response.status !== 201) throw new Error(`linking failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** What the server knows about the session behind an auth link. */
export async function sessionOfLink(authLinkUrl: string): Promise<ConnectSession> {
  const token = new URL(authLinkUrl).searchParams.get('token');
  const result = await api<ConnectSession>('POST', '/connect_sessions/authenticate', { token });
  if (result.status !== 201) throw new Error(`authenticate: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

export function inShadow<K extends keyof HTMLElementTagNameMap>(host: Element | null | undefined, selector: K): HTMLElementTagNameMap[K] | null;
export function inShadow<E extends Element = HTMLElement>(host: Element | null | undefined, selector: string): E | null;
export function inShadow(host: Element | null | undefined, selector: string): Element | null {
  return host?.shadowRoot?.querySelector(selector) ?? null;
}

export function allInShadow<E extends Element = HTMLElement>(host: Element | null | undefined, selector: string): E[] {
  return [...(host?.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

export async function until<T>(probe: () => T | null | undefined | false, message: string): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = probe()), message, PATIENCE);
  return value as T;
}

export function typeInto(control: HTMLInputElement | HTMLSelectElement | null, value: string): void {
  if (!control) throw new Error('no such control');
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

export function buttonNamed(host: Element | null | undefined, text: string): HTMLButtonElement {
  const button = allInShadow<HTMLButtonElement>(host, 'button').find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

export { fixture, html };
