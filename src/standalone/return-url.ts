import { exactOrigins } from './opener-message.js';

/** Must match `RETURN_PARAMS` in src/launcher/redirect.ts (the host page reads them back). */
const ACCOUNT_PARAM = 'connect_hub_account_id';
const PROVIDER_PARAM = 'connect_hub_provider';

/**
 * Where to send the user after a connection when the link carries `return_url` (the launcher's redirect
 * mode): only to this page's own origin or one of the project's allowed origins, never anywhere else (no
 * open redirect). The account id and provider ride along as query parameters.
 */
export function returnTarget(
  returnUrl: string | null,
  allowedOrigins: readonly string[],
  ownOrigin: string,
  account: { id: string; provider: string },
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
  target.searchParams.set(ACCOUNT_PARAM, account.id);
  target.searchParams.set(PROVIDER_PARAM, account.provider);
  return target.href;
}
