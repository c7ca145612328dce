import type { ConnectSessionCreate, ConnectSessionTokenAuthLink } from '../contract/connect-sessions.js';
import type { ApiErrorBody } from '../contract/errors.js';
import { ApiCallError, UsageError } from './errors.js';

export interface ApiTarget {
  url: string;
  apiKey: string;
}

/** Reads a target from flags or environment; a missing key is the one thing we cannot guess. */
export function apiTarget(opts: { url?: string; apiKey?: string }): ApiTarget {
  const url = (opts.url ?? process.env.CONNECT_HUB_URL ?? `http://localhost:${process.env.PORT ?? 8787}`).replace(/\/$/, '');
  const apiKey = opts.apiKey ?? process.env.CONNECT_HUB_API_KEY;
  if (!apiKey) throw new UsageError('no API key: pass --api-key or set CONNECT_HUB_API_KEY (`serve` prints it on first start)');
  return { url, apiKey };
}

/** Calls the connect API with the project's key; a non-2xx becomes an Error carrying the server's message. */
export async function callApi<T>(target: ApiTarget, method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(target.url + path, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${target.apiKey}:`).toString('base64')}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new Error(`cannot reach ${target.url} (${(error as Error).message}); is \`connect-hub serve\` running?`);
  }
  const text = await response.text();
  if (!response.ok) {
    let message = text.slice(0, 200);
    let code: string | undefined;
    try {
      const body = JSON.parse(text) as ApiErrorBody;
      message = body.message ?? message;
      code = body.code;
    } catch {
      // not JSON: keep the raw start of the body
    }
    throw new ApiCallError(response.status, code, message);
  }
  return (text ? JSON.parse(text) : null) as T;
}

export function createLink(target: ApiTarget, body: ConnectSessionCreate): Promise<ConnectSessionTokenAuthLink> {
  return callApi<ConnectSessionTokenAuthLink>(target, 'POST', '/connect_sessions', body);
}
