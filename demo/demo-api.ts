/** Calls to this demo app's own backend (src/server/routes/demo.ts), as a real host page would make them. */
import type { ReceivedWebhook } from '../src/server/routes/demo.js';

export type { ReceivedWebhook };

export interface DemoStart {
  project_name: string;
  customer: { origin_owner_id: string; origin_owner_name: string; origin_username: string };
  receiver: { endpoint_id: string; url: string; events: string[] };
}

export interface DemoSession {
  token: string;
  auth_link_url: string;
  expires_at: string;
}

/** The server's error body names the field it blames. */
export class DemoApiError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/demo/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (parsed ?? {}) as { message?: string; field?: string };
    throw new DemoApiError(error.message ?? `The demo backend answered ${response.status}`, error.field);
  }
  return parsed as T;
}

export const demoApi = {
  start: () => call<DemoStart>('POST', '/start'),
  session: () => call<DemoSession>('POST', '/session'),
  authLink: (owner: { origin_owner_id: string; origin_owner_name: string }) => call<DemoSession>('POST', '/session', { ...owner, link: true }),
  received: () => call<{ webhooks: ReceivedWebhook[] }>('GET', '/received'),
};
