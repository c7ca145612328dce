import type * as Contract from '../contract/hub-responses.js';
import { conforms } from '../contract/json-schema/check.js';
import { HubSettings } from '../contract/json-schema/schemas.js';
import { preloadResponse } from '../client/api-client.js';

/**
 * The session's hub settings (E1), for the page shell only: project name and allowed origins.
 * `null` when the token is missing, expired or unknown: the hub itself shows the expired view then.
 */
export async function loadHubSettings(baseUrl: string, token: string): Promise<Contract.HubSettings | null> {
  if (!token) return null;
  try {
    const response = await fetch(new URL('/hub/settings', baseUrl), {
      headers: { 'content-type': 'application/json', 'x-hub-session-token': token },
    });
    if (!response.ok) return null;
    const settings: unknown = await response.json();
    return conforms(HubSettings, settings) ? settings : null;
  } catch {
    return null;
  }
}

/**
 * The settings and connector list the server wrote into the auth-link page (`<script type="application/json">`
 * blocks, routes/pages.ts), handed to the hub's client as the answers to its first `/hub/settings` and
 * `/hub/connectors`. Undefined when the page has none (no token, an expired one): then the hub asks.
 */
export function inlineHubData(baseUrl: string, token: string, doc: Document = document): { settings: Contract.HubSettings | null } | undefined {
  const settingsText = doc.getElementById('hub-settings')?.textContent;
  const connectorsText = doc.getElementById('hub-connectors')?.textContent;
  if (!token || !settingsText || !connectorsText) return undefined;
  preloadResponse(baseUrl, token, '/hub/settings', settingsText);
  preloadResponse(baseUrl, token, '/hub/connectors', connectorsText);
  try {
    const settings: unknown = JSON.parse(settingsText);
    return { settings: conforms(HubSettings, settings) ? settings : null };
  } catch {
    return { settings: null };
  }
}
