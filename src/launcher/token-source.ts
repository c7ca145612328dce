import { ConnectHubLaunchError } from './launch-error.js';

/** Where the session token comes from: given, or fetched from the host's own backend at launch time. */
export interface TokenSource {
  token?: string;
  /** The host backend's endpoint: POSTed to at each launch, answers JSON `{token}`. */
  tokenUrl?: string;
  /** Extra fetch options for `tokenUrl` (headers, a JSON body, credentials). The method stays POST. */
  tokenRequest?: Omit<RequestInit, 'method' | 'signal'>;
}

/** A fresh token for one launch: `tokenUrl` wins over a fixed `token`, so every click gets a new session. */
export async function resolveToken(source: TokenSource, signal?: AbortSignal): Promise<string> {
  if (source.tokenUrl) return fetchToken(source.tokenUrl, source.tokenRequest ?? {}, signal);
  const token = source.token?.trim();
  if (!token) throw new ConnectHubLaunchError('error', 'No session token: pass `token` or `tokenUrl`');
  return token;
}

async function fetchToken(tokenUrl: string, init: Omit<RequestInit, 'method' | 'signal'>, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(tokenUrl, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...headersObject(init.headers) },
      method: 'POST',
      signal,
    });
  } catch (error) {
    throw new ConnectHubLaunchError('error', `Could not reach ${tokenUrl} for a session token`, { cause: error });
  }
  if (!response.ok) {
    throw new ConnectHubLaunchError('error', `${tokenUrl} answered ${response.status} instead of a session token`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const token = typeof body === 'object' && body !== null && 'token' in body ? body.token : undefined;
  if (typeof token !== 'string' || !token) {
    throw new ConnectHubLaunchError('error', `${tokenUrl} did not answer JSON {"token": "…"}`);
  }
  return token;
}

function headersObject(headers: HeadersInit | undefined): Record<string, string> {
  return headers ? Object.fromEntries(new Headers(headers).entries()) : {};
}
