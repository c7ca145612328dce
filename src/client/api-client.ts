import type { HubAccountWrite } from '../contract/hub.js';
import type * as Contract from '../contract/hub-responses.js';
import type { SchemaOf } from '../contract/json-schema/check.js';
import { SESSION_TOKEN_HEADER } from '../contract/wire.js';
import { ConnectorResponse, HubAccount, HubAccountResult, HubSettings, IntegrationList } from '../contract/json-schema/schemas.js';
import { ConnectApiError, SessionExpiredError, isAbortError } from './errors.js';
import { parseResponseBody, readErrorBody } from './response.js';

/** Sent as `x-hub-version`; StackOne's client sends its own package version here (CONTRACT.md §2.1). */
export const HUB_CLIENT_VERSION = 'connect-hub/0.1.0';

export interface ConnectApiClientOptions {
  /** The connect API origin (and optional path prefix). */
  baseUrl: string;
  /** The connect session token. */
  token: string;
  fetch?: typeof fetch;
  /** Waits before each GET retry; the default mirrors StackOne's client: 1 s, then 2 s. */
  retryDelays?: readonly number[];
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** A 2xx without a body (204) resolves to undefined instead of failing to parse. */
  allowEmpty?: boolean;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** GET answers a page already holds (the auth link carries settings and the list in its HTML), by URL and token. */
const preloaded = new Map<string, string>();

/**
 * Gives the client the body of a GET it would make (`path` under `baseUrl`, for `token`): the first such
 * call reads it instead of the network, parsed and checked like a response; later calls go to the server.
 */
export function preloadResponse(baseUrl: string, token: string, path: string, body: string): void {
  preloaded.set(`${token} ${baseUrl.replace(/\/+$/, '')}${path}`, body);
}

/** Worth another try: the network failed, or the server is momentarily unable (408, 429, 5xx). */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ConnectApiError)) return false;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * The browser's client for the `/hub/*` API (CONTRACT.md §2–§3). Every response is parsed with the
 * contract; failures are `ConnectApiError`s, and 401/403 are `SessionExpiredError` on every call,
 * PATCH included (StackOne's client reports a rejected PATCH as a success).
 */
export class ConnectApiClient {
  readonly baseUrl: string;
  readonly token: string;
  readonly #fetch: typeof fetch;
  readonly #retryDelays: readonly number[];

  constructor(options: ConnectApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retryDelays = options.retryDelays ?? [1000, 2000];
  }

  getSettings(signal?: AbortSignal): Promise<Contract.HubSettings> {
    return this.#get('/hub/settings', HubSettings, signal);
  }

  listConnectors(provider?: string, signal?: AbortSignal): Promise<Contract.IntegrationList> {
    const query = provider ? `?provider=${encodeURIComponent(provider)}` : '';
    return this.#get(`/hub/connectors${query}`, IntegrationList, signal);
  }

  /** E3; `locale` asks for the connector's own words in that language (English needs no parameter). */
  getConnector(integrationId: string, signal?: AbortSignal, locale?: string): Promise<Contract.ConnectorResponse> {
    const query = locale && locale !== 'en' ? `?locale=${encodeURIComponent(locale)}` : '';
    return this.#get(`/hub/connectors/${encodeURIComponent(integrationId)}${query}`, ConnectorResponse, signal);
  }

  getAccount(accountId: string, signal?: AbortSignal): Promise<Contract.HubAccount> {
    return this.#get(`/hub/accounts/${encodeURIComponent(accountId)}`, HubAccount, signal);
  }

  /** E5. Never retried: a retry could create a second account. */
  createAccount(body: HubAccountWrite, signal?: AbortSignal): Promise<Contract.HubAccountResult> {
    return this.#send(`/hub/accounts`, HubAccountResult, { method: 'POST', body, signal });
  }

  /** E6. A 2xx without a body (e.g. 204) is a success for this account id; 401/403 is an error. */
  async updateAccount(accountId: string, body: HubAccountWrite, signal?: AbortSignal): Promise<Contract.HubAccountResult> {
    const result = await this.#send(`/hub/accounts/${encodeURIComponent(accountId)}`, HubAccountResult, {
      method: 'PATCH',
      body,
      signal,
      allowEmpty: true,
    });
    return result ?? { id: accountId };
  }

  /**
   * One call, parsed with a contract schema, no retry: for parts of the hub loaded on demand (the OAuth
   * attempts live in `connection-attempts.ts`, outside the first bundle).
   */
  request<Value>(path: string, schema: SchemaOf<Value>, options: RequestOptions & { allowEmpty: true }): Promise<Value | undefined>;
  request<Value>(path: string, schema: SchemaOf<Value>, options?: RequestOptions): Promise<Value>;
  request<Value>(path: string, schema: SchemaOf<Value>, options: RequestOptions & { allowEmpty?: boolean } = {}): Promise<Value | undefined> {
    return this.#send(path, schema, options as RequestOptions & { allowEmpty: true });
  }

  async #get<Value>(path: string, schema: SchemaOf<Value>, signal?: AbortSignal): Promise<Value> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#send(path, schema, { signal });
      } catch (error) {
        const delay = this.#retryDelays[attempt];
        if (delay === undefined || !isTransient(error) || signal?.aborted) throw error;
        await sleep(delay, signal);
      }
    }
  }

  #send<Value>(path: string, schema: SchemaOf<Value>, options: RequestOptions & { allowEmpty: true }): Promise<Value | undefined>;
  #send<Value>(path: string, schema: SchemaOf<Value>, options: RequestOptions): Promise<Value>;
  async #send<Value>(
    path: string,
    schema: SchemaOf<Value>,
    { method = 'GET', body, signal, allowEmpty = false }: RequestOptions,
  ): Promise<Value | undefined> {
    const key = `${this.token} ${this.baseUrl}${path}`;
    const held = method === 'GET' ? preloaded.get(key) : undefined;
    if (held !== undefined) {
      preloaded.delete(key);
      return parseResponseBody(schema, held, { method, path, status: 200 });
    }
    let response: Response;
    try {
      response = await this.#fetch(this.baseUrl + path, {
        method,
        signal,
        headers: {
          'content-type': 'application/json',
          [SESSION_TOKEN_HEADER]: this.token,
          'x-hub-version': HUB_CLIENT_VERSION,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) throw error;
      throw new ConnectApiError({
        status: 0,
        code: 'network_error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    const text = await response.text();
    if (!response.ok) throw this.#errorFrom(response.status, text, response.headers.get('retry-after'));
    if (text === '' && allowEmpty) return undefined;
    return parseResponseBody(schema, text, { method, path, status: response.status });
  }

  #errorFrom(status: number, text: string, retryAfter: string | null): ConnectApiError {
    const body = readErrorBody(text);
    const message = body?.message ?? `HTTP ${status}`;
    if (status === 401 || status === 403) return new SessionExpiredError(status, message);
    return new ConnectApiError({
      status,
      code: body?.code ?? 'http_error',
      message,
      providerResponse: body?.provider_response,
      field: body?.field,
      retryAfterSeconds: retryAfterSeconds(retryAfter),
    });
  }
}

/** `Retry-After` as whole seconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}
