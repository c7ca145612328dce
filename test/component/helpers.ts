import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/hub/define.js';
import type { ConnectHubElement } from '../../src/hub/index.js';
import type { ConnectSessionTokenAuthLink } from '../../src/contract/connect-sessions.js';

/** Shared-machine friendly: every wait is generous; nothing asserts on timing. */
export const PATIENCE = { timeout: 20_000, interval: 25 };

let cachedUrl: string | undefined;
export async function hubUrl(): Promise<string> {
  cachedUrl ??= await executeServerCommand<string, undefined>('connect-hub-url');
  return cachedUrl;
}

export function createSession(body: Record<string, unknown> = {}): Promise<ConnectSessionTokenAuthLink> {
  return executeServerCommand<ConnectSessionTokenAuthLink, Record<string, unknown>>('create-session', body);
}

/** Moves the test server's clock forward (its clock is injected: see start-server.ts). */
export function advanceServerClock(seconds: number): Promise<number> {
  return executeServerCommand<number, { seconds: number }>('advance-clock', { seconds });
}

export function api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return executeServerCommand('connect-hub-api', { method, path, body });
}

/** Links a sandbox HRIS account through the hub API and returns its id. */
export async function linkSandboxAccount(ownerId: string): Promise<string> {
  const { token } = await createSession({ origin_owner_id: ownerId });
  const response = await fetch(`${await hubUrl()}/hub/accounts`, {
    method: 'POST',
    headers: { 'x-hub-session-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } }),
  });
  if (response.status !== 201) throw new Error(`linking failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export interface HubOptions {
  token?: string;
  theme?: string;
  locale?: string;
  accountId?: string;
  onCloseLabel?: string;
}

export async function mountHub(options: HubOptions = {}): Promise<ConnectHubElement> {
  const baseUrl = await hubUrl();
  return fixture<ConnectHubElement>(html`<connect-hub
    base-url=${baseUrl}
    token=${options.token ?? ''}
    theme=${options.theme ?? 'light'}
    locale=${options.locale ?? 'en'}
    account-id=${options.accountId ?? ''}
    on-close-label=${options.onCloseLabel ?? ''}
  ></connect-hub>`);
}

export const listOf = (hub: ConnectHubElement) => hub.shadowRoot?.querySelector('connect-hub-connector-list') ?? null;
export const formOf = (hub: ConnectHubElement) => hub.shadowRoot?.querySelector('connect-hub-connector-form') ?? null;
export const statusOf = (hub: ConnectHubElement) => hub.shadowRoot?.querySelector('connect-hub-status') ?? null;

export function inside<E extends Element = HTMLElement>(host: Element | null, selector: string): E | null {
  return host?.shadowRoot?.querySelector<E>(selector) ?? null;
}

export function allInside<E extends Element = HTMLElement>(host: Element | null, selector: string): E[] {
  return [...(host?.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

export async function untilList(hub: ConnectHubElement) {
  await waitUntil(() => allInside(listOf(hub), '.row').length > 0, 'the connector list did not appear', PATIENCE);
  return listOf(hub)!;
}

export async function untilForm(hub: ConnectHubElement) {
  await waitUntil(() => inside(formOf(hub), 'form'), 'the connector form did not appear', PATIENCE);
  return formOf(hub)!;
}

export async function untilStatus(hub: ConnectHubElement, tone: string) {
  await waitUntil(() => statusOf(hub)?.tone === tone && statusOf(hub)?.heading, `no ${tone} status`, PATIENCE);
  return statusOf(hub)!;
}

/** Sets a field's value the way typing does (value, then an input event). */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null, value: string): void {
  if (!control) throw new Error('no such control');
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

export function field<E extends HTMLElement = HTMLInputElement>(form: Element, key: string): E {
  const control = inside<E>(form, `#f-${key}`);
  if (!control) throw new Error(`no field ${key}`);
  return control;
}

export function rowNames(list: Element): string[] {
  return allInside(list, '.row .name').map((name) => name.textContent?.trim() ?? '');
}

export function buttonByText(host: Element | null, text: string): HTMLButtonElement | undefined {
  return allInside<HTMLButtonElement>(host, 'button').find((button) => button.textContent?.trim() === text);
}
