import type { ConnectedAccount } from '../hub/events.js';

/** Query parameters the auth-link page adds to the return URL after a connection (see src/standalone). */
export const RETURN_PARAMS = { accountId: 'connect_hub_account_id', provider: 'connect_hub_provider' } as const;

/** `${baseUrl}/embedded/integrations?token=…[&return_url=…]`: the standalone hub page for one session. */
export function authLinkUrl(baseUrl: string, token: string, returnUrl?: string): string {
  const url = new URL('/embedded/integrations', baseUrl);
  url.searchParams.set('token', token);
  if (returnUrl) url.searchParams.set('return_url', returnUrl);
  return url.href;
}

/**
 * On the page the auth link returned to (`mode: 'redirect'`): the account it reports, or undefined.
 * With `clean` (default) the parameters are removed from the address bar.
 */
export function readConnectHubReturn(location: Location = window.location, clean = true): ConnectedAccount | undefined {
  const url = new URL(location.href);
  const id = url.searchParams.get(RETURN_PARAMS.accountId);
  const provider = url.searchParams.get(RETURN_PARAMS.provider);
  if (!id || !provider) return undefined;
  if (clean) {
    url.searchParams.delete(RETURN_PARAMS.accountId);
    url.searchParams.delete(RETURN_PARAMS.provider);
    history.replaceState(history.state, '', url.href);
  }
  return { id, provider };
}
