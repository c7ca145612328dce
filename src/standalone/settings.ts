import { HubSettings } from '../contract/hub.js';

/**
 * The session's hub settings (E1), for the page shell only: project name and allowed origins.
 * `null` when the token is missing, expired or unknown: the hub itself shows the expired view then.
 */
export async function loadHubSettings(baseUrl: string, token: string): Promise<HubSettings | null> {
  if (!token) return null;
  try {
    const response = await fetch(new URL('/hub/settings', baseUrl), {
      headers: { 'content-type': 'application/json', 'x-hub-session-token': token },
    });
    if (!response.ok) return null;
    const parsed = HubSettings.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
