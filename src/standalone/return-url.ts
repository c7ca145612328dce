import { RETURN_PARAMS } from '../launcher/redirect.js';
import { exactOrigins } from './opener-message.js';

/**
 * Where to send the user after a connection when the link carries `return_url` (the launcher's redirect
 * mode): only to this page's own origin or one of the project's allowed origins, never anywhere else (no
 * open redirect). The account id and provider ride along as query parameters; the `result_token` in the
 * fragment, after the return URL's own, so that it never reaches the host's server logs or a Referer.
 */
export function returnTarget(
  returnUrl: string | null,
  allowedOrigins: readonly string[],
  ownOrigin: string,
  account: { id: string; provider: string; result_token?: string | undefined },
): string | undefined {
  if (!returnUrl) return undefined;
  let target: URL;
  try {
    target = new URL(returnUrl);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(target.protocol)) return undefined;
  if (target.origin !== ownOrigin && !exactOrigins(allowedOrigins).includes(target.origin)) return undefined;
  target.searchParams.set(RETURN_PARAMS.accountId, account.id);
  target.searchParams.set(RETURN_PARAMS.provider, account.provider);
  if (account.result_token) {
    const fragment = target.hash.slice(1);
    const carried = `${RETURN_PARAMS.resultToken}=${encodeURIComponent(account.result_token)}`;
    target.hash = fragment ? `${fragment}&${carried}` : carried;
  }
  return target.href;
}
