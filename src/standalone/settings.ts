import type * as Contract from '../contract/hub-responses.js';
import { conforms } from '../contract/json-schema/check.js';
import { HubSettings } from '../contract/json-schema/schemas.js';

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
