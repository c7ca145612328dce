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
  WebhookDelivery as WebhookDeliverySchema,
  WebhookDeliveryList,
  WebhookEndpoint as WebhookEndpointSchema,
  WebhookEndpointList,
  WebhookEndpointWithSecret as WithSecretSchema,
  WebhookRedeliveryResult as RedeliveryResultSchema,
  WebhookEndpointStatsList,
  Funnel as FunnelSchema,
  RenewalRequestList as RenewalRequestListSchema,
  RenewalSent as RenewalSentSchema,
} from '../contract/json-schema/schemas.js';
import type { RenewalRequest, RenewalSent } from '../contract/links.js';
import type { Funnel } from '../contract/analytics.js';
import type { ProjectConnector, ProjectSummary, ProjectUpdate } from '../contract/project.js';
import type {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpointStats,
  WebhookEndpointUpdate,
  WebhookEndpointWithSecret,
  WebhookRedeliveryRequest,
  WebhookRedeliveryResult,
} from '../contract/webhook-endpoints.js';
import type { WebhookEvent } from '../contract/webhooks.js';
import { OAuthClientListSchema, OAuthClientSchema, type OAuthClient, type OAuthClientWrite } from './connectors-page/oauth-apps.js';
import { ReauthLinkSchema } from './account-detail/reauth-link-schema.js';
import type { ReauthLink } from '../contract/account-health.js';

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
  sort?: AccountSortColumn;
  order?: 'asc' | 'desc';
}

/** The columns `GET /accounts` sorts by (its `sort=`). */
export const ACCOUNT_SORT_COLUMNS = ['created_at', 'updated_at', 'origin_owner_name', 'provider', 'status'] as const;
export type AccountSortColumn = (typeof ACCOUNT_SORT_COLUMNS)[number];

/** `GET /webhooks/deliveries`: every filter applies on the server. */
export interface DeliveryQuery {
  page: number;
  pageSize: number;
  endpointId?: string;
  status?: WebhookDeliveryStatus | '';
  event?: WebhookEvent | '';
  accountId?: string;
  /** ISO date-times with a zone, inclusive. */
  from?: string;
  to?: string;
}

export interface DeliveryPage {
  deliveries: WebhookDelivery[];
  nextPage: number | null;
  /** From `x-total-count`; null when the server does not send it. */
  total: number | null;
}

/** `GET /analytics/funnel`: ISO instants with a zone; empty means the server's default. */
export interface FunnelQuery {
  from?: string;
  to?: string;
  provider?: string;
  category?: string;
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
  /** Once expired, the link's page may issue a fresh session itself (up to the project's limit). */
  renewable?: boolean;
}

export interface AccountPage {
  accounts: LinkedAccount[];
  /** From the `x-next-page` header; null on the last page. */
  nextPage: number | null;
  /** From `x-total-count`; null when the server does not send it. */
  total: number | null;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function headerNumber(headers: Headers, name: string, min: number): number | null {
  const raw = headers.get(name);
  const value = raw === null || raw === '' ? NaN : Number(raw);
  return Number.isInteger(value) && value >= min ? value : null;
}

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
/** A query string of the values that are set: an empty filter is left out, never sent as `x=`. */
function queryString(values: Record<string, string | number | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(name, String(value));
  return params;
}

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

  /** `PATCH /project`: only the keys given change. */
  async updateProject(body: ProjectUpdate): Promise<ProjectSummary> {
    return (await this.#request('PATCH', '/project', ProjectSummarySchema, { body })).data;
  }

  async listConnectors(signal?: AbortSignal): Promise<ProjectConnector[]> {
    return (await this.#request('GET', '/project/connectors', ProjectConnectorList, { signal })).data.connectors;
  }

  async setConnectorEnabled(key: string, enabled: boolean): Promise<ProjectConnector> {
    return (await this.#request('PUT', `/project/connectors/${encodeURIComponent(key)}`, ProjectConnectorSchema, { body: { enabled } })).data;
  }

  /** Every OAuth connector with its app settings and the redirect URI to register (the Connectors page's). */
  async listOAuthClients(signal?: AbortSignal): Promise<OAuthClient[]> {
    return (await this.#request('GET', '/oauth_clients', OAuthClientListSchema, { signal })).data;
  }

  async setOAuthClient(provider: string, body: OAuthClientWrite): Promise<OAuthClient> {
    return (await this.#request('PUT', `/oauth_clients/${encodeURIComponent(provider)}`, OAuthClientSchema, { body })).data;
  }

  async listAccounts(query: AccountQuery, signal?: AbortSignal): Promise<AccountPage> {
    const params = queryString({
      page: query.page,
      page_size: query.pageSize,
      'providers[]': query.provider,
      'status[]': query.status,
      origin_owner_id: query.originOwnerId,
      search: query.search,
      sort: query.sort,
      order: query.order,
    });
    const { data, headers } = await this.#request('GET', `/accounts?${params}`, LinkedAccountList, { signal });
    return { accounts: data, nextPage: headerNumber(headers, 'x-next-page', 1), total: headerNumber(headers, 'x-total-count', 0) };
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

  /** An auth link that opens this account in edit mode (issue 17 §3). */
  async reauthLink(accountId: string, expiresIn: number): Promise<ReauthLink> {
    return (await this.#request('POST', `/accounts/${encodeURIComponent(accountId)}/reauth_link`, ReauthLinkSchema, { body: { expires_in: expiresIn } })).data;
  }

  /** Open "Request a new link" presses (issue 17 §1), newest first. */
  async listRenewalRequests(signal?: AbortSignal): Promise<RenewalRequest[]> {
    return (await this.#request('GET', '/renewal_requests', RenewalRequestListSchema, { signal })).data.data;
  }

  /** "Send new link": a fresh session with the request's parameters; the request is then done. */
  async sendRenewal(id: string): Promise<RenewalSent> {
    return (await this.#request('POST', `/renewal_requests/${encodeURIComponent(id)}/send`, RenewalSentSchema, {})).data;
  }

  async listEndpoints(signal?: AbortSignal): Promise<WebhookEndpoint[]> {
    return (await this.#request('GET', '/webhooks', WebhookEndpointList, { signal })).data;
  }

  /** Every endpoint's delivery count, failures and newest delivery, in one request. */
  async endpointStats(signal?: AbortSignal): Promise<WebhookEndpointStats[]> {
    return (await this.#request('GET', '/webhooks/stats', WebhookEndpointStatsList, { signal })).data;
  }

  /** `GET /analytics/funnel`: how far the sessions created in the range got, overall and per connector. */
  async funnel(query: FunnelQuery, signal?: AbortSignal): Promise<Funnel> {
    const params = queryString({ from: query.from, to: query.to, provider: query.provider, category: query.category });
    return (await this.#request('GET', `/analytics/funnel?${params}`, FunnelSchema, { signal })).data;
  }

  async createEndpoint(body: WebhookEndpointCreate): Promise<WebhookEndpointWithSecret> {
    return (await this.#request('POST', '/webhooks', WithSecretSchema, { body })).data;
  }

  async updateEndpoint(id: string, body: WebhookEndpointUpdate): Promise<WebhookEndpoint> {
    return (await this.#request('PATCH', `/webhooks/${encodeURIComponent(id)}`, WebhookEndpointSchema, { body })).data;
  }

  async deleteEndpoint(id: string): Promise<WebhookEndpoint> {
    return (await this.#request('DELETE', `/webhooks/${encodeURIComponent(id)}`, WebhookEndpointSchema, {})).data;
  }

  /** A new secret; the previous one keeps signing for `overlapSeconds`. */
  async rotateSecret(id: string, overlapSeconds: number): Promise<WebhookEndpointWithSecret> {
    return (await this.#request('POST', `/webhooks/${encodeURIComponent(id)}/rotate`, WithSecretSchema, { body: { overlap_seconds: overlapSeconds } })).data;
  }

  async sendTestEvent(id: string, event: WebhookEvent): Promise<WebhookDelivery> {
    return (await this.#request('POST', `/webhooks/${encodeURIComponent(id)}/test`, WebhookDeliverySchema, { body: { event } })).data;
  }

  async retryDelivery(id: string): Promise<WebhookDelivery> {
    return (await this.#request('POST', `/webhooks/deliveries/${encodeURIComponent(id)}/retry`, WebhookDeliverySchema, {})).data;
  }

  async redeliver(body: WebhookRedeliveryRequest): Promise<WebhookRedeliveryResult> {
    return (await this.#request('POST', '/webhooks/deliveries/redeliver', RedeliveryResultSchema, { body })).data;
  }

  /** The project's delivery log, newest first, filtered and paged by the server. */
  async listDeliveries(query: DeliveryQuery, signal?: AbortSignal): Promise<DeliveryPage> {
    const params = queryString({
      page: query.page,
      page_size: query.pageSize,
      endpoint_id: query.endpointId,
      status: query.status,
      event: query.event,
      account_id: query.accountId,
      from: query.from,
      to: query.to,
    });
    const { data, headers } = await this.#request('GET', `/webhooks/deliveries?${params}`, WebhookDeliveryList, { signal });
    return { deliveries: data, nextPage: headerNumber(headers, 'x-next-page', 1), total: headerNumber(headers, 'x-total-count', 0) };
  }

  /**
   * This account's webhook deliveries across the project's endpoints, newest first (read by `account_id` on
   * the server); `undefined` when the server has no webhooks API (the dashboard then leaves the section out).
   */
  async accountDeliveries(accountId: string, page: number, pageSize: number, signal?: AbortSignal): Promise<DeliveryPage | undefined> {
    try {
      return await this.listDeliveries({ page, pageSize, accountId }, signal);
    } catch (error) {
      if (error instanceof ConnectApiError && (error.status === 404 || error.status === 405)) return undefined;
      throw error;
    }
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
