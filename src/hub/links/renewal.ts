import { ConnectApiClient } from '../../client/api-client.js';
import type { HubRenewalResult as Result } from '../../contract/links.js';
import { HubRenewalResult } from '../../contract/json-schema/schemas.js';

/**
 * "Request a new link" on the expired view (issue 17 §1). Part of the hub's own file: as a chunk of its own it was
 * 0.4 KB that cost a request and a gzip stream of its own (the size bench counts every file). A renewed session's token
 * replaces the old one in the page's address when the page is that link (the auth-link page), so a reload
 * opens the fresh session instead of the expired one.
 */
export async function requestRenewal(baseUrl: string, token: string): Promise<Result> {
  const client = new ConnectApiClient({ baseUrl, token });
  const result = await client.request('/hub/renewal', HubRenewalResult, { method: 'POST' });
  const url = new URL(location.href);
  if (result.token && url.searchParams.get('token') === token) {
    url.searchParams.set('token', result.token);
    history.replaceState(history.state, '', url);
  }
  return result;
}
