import { ConnectApiError, isAbortError } from '../client/errors.js';
import { parseResponseBody, readErrorBody } from '../client/response.js';
import type { AccountStatus, LinkedAccount } from '../contract/accounts.js';
import type { ConnectSessionTokenAuthLink } from '../contract/connect-sessions.js';
import type { SchemaOf } from '../contract/json-schema/check.js';
import {
  ConnectSessionTokenAuthLink as SessionLinkSchema,
  LinkedAccount as LinkedAccountSchema,
  LinkedAccountList,
  ProjectConnector as ProjectConnectorSchema,
  ProjectConnectorList,
  ProjectSummary as ProjectSummarySchema,
  WebhookDeliveryList,
  WebhookEndpointList,
} from '../contract/json-schema/schemas.js';
import type { ProjectConnector, ProjectSummary } from '../contract/project.js';
import type { WebhookDelivery } from '../contract/webhook-endpoints.js';

export interface AdminClientOptions {
  /** The connect API origin (and optional path prefix); '' = this page's origin. */
  baseUrl?: string;
  /** The project's API key, sent as HTTP Basic username. */
  apiKey: string;
  fetch?: typeof fetch;
}

export interface AccountQuery {
  page: number;
  pageSize: number;
  provider?: string;
  status?: AccountStatus | '';
  originOwnerId?: string;
  /** Free text: every word must match (server-side, across all pages). */
  search?: string;
}

/** What the dashboard asks of `POST /connect_sessions` (a subset of `ConnectSessionCreate`). */
export interface SessionRequest {
  origin_owner_id: string;
  origin_owner_name: string;
  origin_username?: string;
  categories?: string[];
  /** Edit mode: the hub opens this account (the "Re-link" action). */
  account_id?: string;
  expires_in?: number;
}

export interface AccountPage {
  accounts: LinkedAccount[];
  /** From the `x-next-page` header; null on the last page. */
  nextPage: number | null;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** `base64("key:")` over UTF-8, since `btoa` alone throws on anything outside Latin-1. */
export function basicAuthorization(apiKey: string): string {
  const bytes = new TextEncoder().encode(`${apiKey}:`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * The dashboard's client for the API-key endpoints (`/project`, `/accounts`, `/connect_sessions`,
 * `/webhooks`). Every response is parsed with the contract; failures are `ConnectApiError`s, 401 with
 * code `unauthorized`.
 */
export class AdminClient {
  readonly baseUrl: string;
  readonly #authorization: string;
  readonly #fetch: typeof fetch;

  constructor(options: AdminClientOptions) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.#authorization = basicAuthorization(options.apiKey);
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async getProject(signal?: AbortSignal): Promise<ProjectSummary> {
    return (await this.#request('GET', '/project', ProjectSummarySchema, { signal })).data;
  }

  async listConnectors(signal?: AbortSignal): Promise<ProjectConnector[]> {
    return (await this.#request('GET', '/project/connectors', ProjectConnectorList, { signal })).data.connectors;
  }

  async setConnectorEnabled(key: string, enabled: boolean): Promise<ProjectConnector> {
    return (await this.#request('PUT', `/project/connectors/${encodeURIComponent(key)}`, ProjectConnectorSchema, { body: { enabled } })).data;
  }

  async listAccounts(query: AccountQuery, signal?: AbortSignal): Promise<AccountPage> {
    const params = new URLSearchParams({ page: String(query.page), page_size: String(query.pageSize) });
    if (query.provider) params.append('providers[]', query.provider);
    if (query.status) params.append('status[]', query.status);
    if (query.originOwnerId) params.set('origin_owner_id', query.originOwnerId);
    if (query.search) params.set('search', query.search);
    const { data, headers } = await this.#request('GET', `/accounts?${params}`, LinkedAccountList, { signal });
    const next = Number(headers.get('x-next-page'));
    return { accounts: data, nextPage: Number.isInteger(next) && next > 0 ? next : null };
  }

  async getAccount(id: string, signal?: AbortSignal): Promise<LinkedAccount> {
    return (await this.#request('GET', `/accounts/${encodeURIComponent(id)}`, LinkedAccountSchema, { signal })).data;
  }

  async deleteAccount(id: string): Promise<LinkedAccount> {
    return (await this.#request('DELETE', `/accounts/${encodeURIComponent(id)}`, LinkedAccountSchema, {})).data;
  }

  async createSession(body: SessionRequest): Promise<ConnectSessionTokenAuthLink> {
    return (await this.#request('POST', '/connect_sessions', SessionLinkSchema, { body })).data;
  }

  /**
   * This account's webhook deliveries across the project's endpoints, newest first; `undefined` when the
   * server has no webhooks API (the dashboard then leaves the section out).
   */
  async accountDeliveries(accountId: string, signal?: AbortSignal): Promise<WebhookDelivery[] | undefined> {
    let endpoints;
    try {
      endpoints = (await this.#request('GET', '/webhooks', WebhookEndpointList, { signal })).data;
    } catch (error) {
      if (error instanceof ConnectApiError && (error.status === 404 || error.status === 405)) return undefined;
      throw error;
    }
    const lists = await Promise.all(
      endpoints.map(async (endpoint) => {
        try {
          return (await this.#request('GET', `/webhooks/${encodeURIComponent(endpoint.id)}/deliveries`, WebhookDeliveryList, { signal })).data;
        } catch (error) {
          if (error instanceof ConnectApiError && error.status === 404) return [];
          throw error;
        }
      }),
    );
    return lists
      .flat()
      .filter((delivery) => delivery.account_id === accountId)
      .sort((a, b) => b.created_at.localeCompare(a.created_at));
  }

  async #request<Value>(
    method: Method,
    path: string,
    schema: SchemaOf<Value>,
    { body, signal }: { body?: unknown; signal?: AbortSignal },
  ): Promise<{ data: Value; headers: Headers }> {
    let response: Response;
    try {
      response = await this.#fetch(this.baseUrl + path, {
        method,
        signal,
        headers: {
          authorization: this.#authorization,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) throw error;
      throw new ConnectApiError({ status: 0, code: 'network_error', message: error instanceof Error ? error.message : String(error) });
    }
    const text = await response.text();
    if (!response.ok) throw errorFrom(response.status, text);
    return { data: parseResponseBody(schema, text, { method, path, status: response.status }), headers: response.headers };
  }
}

function errorFrom(status: number, text: string): ConnectApiError {
  const body = readErrorBody(text);
  return new ConnectApiError({
    status,
    code: body?.code ?? (status === 401 ? 'unauthorized' : 'http_error'),
    message: body?.message ?? `HTTP ${status}`,
    field: body?.field,
  });
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ConnectApiError && (error.status === 401 || error.status === 403);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
