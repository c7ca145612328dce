import type { ConnectedAccount } from '../hub/events.js';

/**
 * What the auth-link page adds to the return URL after a connection (src/standalone/return-url.ts, which imports
 * these): the account id and provider as query parameters, `resultToken` in the fragment (after the return URL's
 * own), which no server log and no Referer sees. Here rather than in the contract so that only the launcher's
 * chunk carries them, not the hub's.
 */
export const RETURN_PARAMS = {
  accountId: 'connect_hub_account_id',
  provider: 'connect_hub_provider',
  resultToken: 'connect_hub_result_token',
} as const;

/** `${baseUrl}/embedded/integrations?token=…[&return_url=…]`: the standalone hub page for one session. */
export function authLinkUrl(baseUrl: string, token: string, returnUrl?: string): string {
  const url = new URL('/embedded/integrations', baseUrl);
  url.searchParams.set('token', token);
  if (returnUrl) url.searchParams.set('return_url', returnUrl);
  return url.href;
}

/**
 * On the page the auth link returned to (`mode: 'redirect'`): the account it reports, `{id, provider,
 * result_token}`, or undefined. `result_token` is the signed proof of the connection for your backend to verify
 * against `/.well-known/jwks.json` (5 minutes). With `clean` (default) all three are removed from the address bar.
 */
export function readConnectHubReturn(location: Location = window.location, clean = true): ConnectedAccount | undefined {
  const url = new URL(location.href);
  const id = url.searchParams.get(RETURN_PARAMS.accountId);
  const provider = url.searchParams.get(RETURN_PARAMS.provider);
  if (!id || !provider) return undefined;
  const fragment = url.hash.slice(1).split('&');
  const tokenAt = fragment.findIndex((part) => part.startsWith(`${RETURN_PARAMS.resultToken}=`));
  const resultToken = tokenAt < 0 ? undefined : decodeURIComponent(fragment[tokenAt]!.slice(RETURN_PARAMS.resultToken.length + 1));
  if (clean) {
    url.searchParams.delete(RETURN_PARAMS.accountId);
    url.searchParams.delete(RETURN_PARAMS.provider);
    if (tokenAt >= 0) {
      fragment.splice(tokenAt, 1);
      url.hash = fragment.join('&');
    }
    history.replaceState(history.state, '', url.href);
  }
  return resultToken ? { id, provider, result_token: resultToken } : { id, provider };
}
