import type * as Contract from '../contract/hub-responses.js';
import { ConnectionAttempt, ConnectionAttemptCreated } from '../contract/json-schema/schemas.js';
import type { ConnectApiClient } from './api-client.js';

/*
 * The OAuth attempts API (CONTRACT.md §E7–E10), apart from `ConnectApiClient` so it loads with the hub's
 * OAuth half only.
 */

/** E7: one attempt per OAuth try. Never retried: the popup waits on it. */
export function createConnectionAttempt(client: ConnectApiClient, signal?: AbortSignal): Promise<{ id: string }> {
  return client.request('/hub/connection_attempts', ConnectionAttemptCreated, { method: 'POST', body: { token: client.token }, signal });
}

/** E8: one poll; the caller decides the cadence. */
export function getConnectionAttempt(client: ConnectApiClient, attemptId: string, signal?: AbortSignal): Promise<Contract.ConnectionAttempt> {
  return client.request(`/hub/connection_attempts/${encodeURIComponent(attemptId)}`, ConnectionAttempt, { signal });
}

/** E9: idempotent on the server. */
export async function cancelConnectionAttempt(client: ConnectApiClient, attemptId: string): Promise<void> {
  await client.request(`/hub/connection_attempts/${encodeURIComponent(attemptId)}`, ConnectionAttempt, { method: 'DELETE', allowEmpty: true });
}

/** E10: the page the popup (or this tab) opens; field values ride along as query parameters. */
export function oauthStartUrl(client: ConnectApiClient, integrationId: string, attemptId: string, redirectUri: string, fields: Record<string, string>): string {
  const query = new URLSearchParams({ redirect_uri: redirectUri, token: client.token, connection_attempt_id: attemptId });
  for (const [key, value] of Object.entries(fields)) if (value !== '') query.set(key, value);
  return `${client.baseUrl}/connect/oauth2/${encodeURIComponent(integrationId)}?${query}`;
}
