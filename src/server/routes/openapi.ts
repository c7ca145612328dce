import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AccountMeta, AccountPatch, LinkedAccount, LinkedAccountList } from '../../contract/accounts.js';
import { ConnectSession, ConnectSessionAuthenticate, ConnectSessionCreate, ConnectSessionTokenAuthLink } from '../../contract/connect-sessions.js';
import { ApiErrorBody } from '../../contract/errors.js';
import { ConnectionAttempt, ConnectionAttemptCreate, ConnectionAttemptCreated, ConnectorResponse, HubAccount, HubAccountResult, HubAccountWrite, HubSettings, IntegrationList } from '../../contract/hub.js';
import { AccountCredentials, OAuthClient, OAuthClientList, OAuthClientWrite } from '../../contract/oauth.js';
import { ProjectConnector, ProjectConnectorList, ProjectConnectorUpdate, ProjectSummary, ProjectUpdate } from '../../contract/project.js';
import { WebhookDelivery, WebhookDeliveryList, WebhookEndpoint, WebhookEndpointCreate, WebhookEndpointList, WebhookEndpointUpdate, WebhookEndpointWithSecret, WebhookRedeliveryRequest, WebhookRedeliveryResult, WebhookSecretRotate } from '../../contract/webhook-endpoints.js';
import { AccountWebhookPayload } from '../../contract/webhooks.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_SEARCH_LENGTH } from './accounts.js';
import { DELIVERY_PAGE_SIZE, MAX_DELIVERY_PAGE_SIZE } from './webhooks.js';

type JsonObject = Record<string, unknown>;

const WEBHOOK_SIGNING = [
  'Each delivery is a POST with a JSON body (AccountWebhookPayload) and these headers:',
  '`webhook-id` (the delivery id, the same on every retry: deduplicate on it), `webhook-timestamp` (Unix seconds),',
  '`webhook-signature` (Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated,',
  'one per live secret: two during a rotation overlap; verify with the `standardwebhooks` package and the `whsec_` secret),',
  'and `x-stackone-signature` = base64url(HMAC-SHA256(key, raw body bytes)) where key is the base64-decoded part of the',
  'current `whsec_` secret after the prefix (the same key bytes Standard Webhooks uses). Compare in constant time against the raw body.',
].join(' ');

const SCHEMAS = {
  ConnectSessionCreate: [ConnectSessionCreate, 'input'],
  ConnectSessionAuthenticate: [ConnectSessionAuthenticate, 'input'],
  ConnectSession: [ConnectSession, 'output'],
  ConnectSessionTokenAuthLink: [ConnectSessionTokenAuthLink, 'output'],
  HubSettings: [HubSettings, 'output'],
  IntegrationList: [IntegrationList, 'output'],
  ConnectorResponse: [ConnectorResponse, 'output'],
  HubAccount: [HubAccount, 'output'],
  HubAccountWrite: [HubAccountWrite, 'input'],
  HubAccountResult: [HubAccountResult, 'output'],
  LinkedAccount: [LinkedAccount, 'output'],
  LinkedAccountList: [LinkedAccountList, 'output'],
  AccountPatch: [AccountPatch, 'input'],
  AccountMeta: [AccountMeta, 'output'],
  ApiErrorBody: [ApiErrorBody, 'output'],
  WebhookEndpointCreate: [WebhookEndpointCreate, 'input'],
  WebhookEndpointUpdate: [WebhookEndpointUpdate, 'input'],
  WebhookSecretRotate: [WebhookSecretRotate, 'input'],
  WebhookEndpoint: [WebhookEndpoint, 'output'],
  WebhookEndpointList: [WebhookEndpointList, 'output'],
  WebhookEndpointWithSecret: [WebhookEndpointWithSecret, 'output'],
  WebhookDelivery: [WebhookDelivery, 'output'],
  WebhookDeliveryList: [WebhookDeliveryList, 'output'],
  WebhookRedeliveryRequest: [WebhookRedeliveryRequest, 'input'],
  WebhookRedeliveryResult: [WebhookRedeliveryResult, 'output'],
  AccountWebhookPayload: [AccountWebhookPayload, 'output'],
  ProjectSummary: [ProjectSummary, 'output'],
  ProjectConnector: [ProjectConnector, 'output'],
  ProjectConnectorList: [ProjectConnectorList, 'output'],
  ProjectConnectorUpdate: [ProjectConnectorUpdate, 'input'],
  ProjectUpdate: [ProjectUpdate, 'input'],
  ConnectionAttemptCreate: [ConnectionAttemptCreate, 'input'],
  ConnectionAttemptCreated: [ConnectionAttemptCreated, 'output'],
  ConnectionAttempt: [ConnectionAttempt, 'output'],
  OAuthClientWrite: [OAuthClientWrite, 'input'],
  OAuthClient: [OAuthClient, 'output'],
  OAuthClientList: [OAuthClientList, 'output'],
  AccountCredentials: [AccountCredentials, 'output'],
} as const satisfies Record<string, readonly [z.ZodMiniType, 'input' | 'output']>;

type SchemaName = keyof typeof SCHEMAS;

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName) => ({ content: { 'application/json': { schema: ref(name) } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'Error', ...json('ApiErrorBody') }]));
const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const listQuery = (name: string, description: string) => ({
  name,
  in: 'query',
  schema: { type: 'array', items: { type: 'string' } },
  style: 'form',
  explode: true,
  description,
});

const API_KEY = [{ apiKey: [] }, { bearerKey: [] }];
const HUB = [{ hubSessionToken: [] }];

interface Operation {
  summary: string;
  description?: string;
  security: JsonObject[];
  parameters?: JsonObject[];
  body?: SchemaName;
  status: number;
  response?: SchemaName;
  errorStatuses: number[];
  tags: string[];
}

const OPERATIONS: Record<string, Record<string, Operation>> = {
  '/connect_sessions': {
    post: { summary: 'Create a connect session (token + auth link)', security: API_KEY, body: 'ConnectSessionCreate', status: 201, response: 'ConnectSessionTokenAuthLink', errorStatuses: [400, 401, 413, 415], tags: ['Connect sessions'] },
  },
  '/connect_sessions/authenticate': {
    post: { summary: 'Describe the session a token belongs to', security: API_KEY, body: 'ConnectSessionAuthenticate', status: 201, response: 'ConnectSession', errorStatuses: [400, 401], tags: ['Connect sessions'] },
  },
  '/connect_sessions/{id}': {
    get: { summary: 'Get a connect session', security: API_KEY, parameters: [pathParam('id', 'Session id (integer)')], status: 200, response: 'ConnectSession', errorStatuses: [401, 404], tags: ['Connect sessions'] },
  },
  '/hub/settings': {
    get: { summary: 'E1: hub settings for the session', security: HUB, status: 200, response: 'HubSettings', errorStatuses: [401], tags: ['Hub'] },
  },
  '/hub/connectors': {
    get: {
      summary: 'E2: connectors this session may connect',
      security: HUB,
      parameters: [{ name: 'provider', in: 'query', schema: { type: 'string' }, description: 'Only this provider' }],
      status: 200,
      response: 'IntegrationList',
      errorStatuses: [401],
      tags: ['Hub'],
    },
  },
  '/hub/connectors/{integration_id}': {
    get: { summary: 'E3: one connector form (shape B)', security: HUB, parameters: [pathParam('integration_id', 'Connector key')], status: 200, response: 'ConnectorResponse', errorStatuses: [401, 404], tags: ['Hub'] },
  },
  '/hub/accounts': {
    post: { summary: 'E5: connect with credentials (verified with the provider)', security: HUB, body: 'HubAccountWrite', status: 201, response: 'HubAccountResult', errorStatuses: [400, 401, 404, 413, 415, 422, 502, 504], tags: ['Hub'] },
  },
  '/hub/accounts/{account_id}': {
    get: { summary: 'E4: the account being edited, secrets redacted', security: HUB, parameters: [pathParam('account_id', 'Account id')], status: 200, response: 'HubAccount', errorStatuses: [401, 404], tags: ['Hub'] },
    patch: { summary: 'E6: update credentials (partial merge)', security: HUB, parameters: [pathParam('account_id', 'Account id')], body: 'HubAccountWrite', status: 200, response: 'HubAccountResult', errorStatuses: [400, 401, 404, 413, 415, 422, 502, 504], tags: ['Hub'] },
  },
  '/accounts': {
    get: {
      summary: 'List linked accounts (bare array; more pages announced by x-next-page and Link headers)',
      security: API_KEY,
      parameters: [
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 }, description: '1-based page number' },
        { name: 'page_size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
        { name: 'origin_owner_id', in: 'query', schema: { type: 'string' } },
        listQuery('origin_owner_ids[]', 'Any of these origin owners'),
        listQuery('providers[]', 'Any of these providers'),
        { name: 'provider', in: 'query', schema: { type: 'string' }, deprecated: true },
        listQuery('account_ids[]', 'Any of these accounts'),
        listQuery('status[]', 'Any of these statuses'),
        {
          name: 'search',
          in: 'query',
          schema: { type: 'string', maxLength: MAX_SEARCH_LENGTH },
          description: 'Ours: words that must all appear (any case) in the owner id or name, username, label, provider key or name, id or status',
        },
      ],
      status: 200,
      response: 'LinkedAccountList',
      errorStatuses: [400, 401],
      tags: ['Accounts'],
    },
  },
  '/accounts/{id}': {
    get: { summary: 'Get a linked account', security: API_KEY, parameters: [pathParam('id', 'Account id')], status: 200, response: 'LinkedAccount', errorStatuses: [401, 404], tags: ['Accounts'] },
    patch: { summary: 'Update a linked account', security: API_KEY, parameters: [pathParam('id', 'Account id')], body: 'AccountPatch', status: 200, response: 'LinkedAccount', errorStatuses: [400, 401, 404, 413, 415, 422], tags: ['Accounts'] },
    delete: { summary: 'Delete a linked account (returns it)', security: API_KEY, parameters: [pathParam('id', 'Account id')], status: 200, response: 'LinkedAccount', errorStatuses: [401, 404], tags: ['Accounts'] },
  },
  '/accounts/{id}/meta': {
    get: { summary: 'Provider and category of an account', security: API_KEY, parameters: [pathParam('id', 'Account id')], status: 200, response: 'AccountMeta', errorStatuses: [401, 404], tags: ['Accounts'] },
  },
  '/project': {
    get: { summary: "The API key's project: name, id, categories of its enabled connectors", security: API_KEY, status: 200, response: 'ProjectSummary', errorStatuses: [401], tags: ['Project'] },
    patch: { summary: 'Rename the project or set the origins allowed to embed the hub (postMessage targets, redirect returns)', security: API_KEY, body: 'ProjectUpdate', status: 200, response: 'ProjectSummary', errorStatuses: [400, 401, 413, 415], tags: ['Project'] },
  },
  '/project/connectors': {
    get: { summary: 'The connector catalog with the enabled flag for this project', security: API_KEY, status: 200, response: 'ProjectConnectorList', errorStatuses: [401], tags: ['Project'] },
  },
  '/project/connectors/{key}': {
    put: { summary: 'Enable or disable a connector for this project (the hub follows at once)', security: API_KEY, parameters: [pathParam('key', 'Connector key')], body: 'ProjectConnectorUpdate', status: 200, response: 'ProjectConnector', errorStatuses: [400, 401, 404, 413, 415], tags: ['Project'] },
  },
  '/webhooks': {
    post: { summary: 'Add a webhook endpoint (its signing secret is in this answer only)', description: WEBHOOK_SIGNING, security: API_KEY, body: 'WebhookEndpointCreate', status: 201, response: 'WebhookEndpointWithSecret', errorStatuses: [400, 401, 409, 413, 415], tags: ['Webhooks'] },
    get: { summary: "List the project's webhook endpoints (no secrets)", security: API_KEY, status: 200, response: 'WebhookEndpointList', errorStatuses: [401], tags: ['Webhooks'] },
  },
  '/webhooks/{id}': {
    get: { summary: 'Get a webhook endpoint', security: API_KEY, parameters: [pathParam('id', 'Endpoint id')], status: 200, response: 'WebhookEndpoint', errorStatuses: [401, 404], tags: ['Webhooks'] },
    patch: { summary: 'Update a webhook endpoint; disabling it cancels its pending deliveries', security: API_KEY, parameters: [pathParam('id', 'Endpoint id')], body: 'WebhookEndpointUpdate', status: 200, response: 'WebhookEndpoint', errorStatuses: [400, 401, 404, 413, 415], tags: ['Webhooks'] },
    delete: { summary: 'Delete a webhook endpoint and its delivery log (returns it)', security: API_KEY, parameters: [pathParam('id', 'Endpoint id')], status: 200, response: 'WebhookEndpoint', errorStatuses: [401, 404], tags: ['Webhooks'] },
  },
  '/webhooks/{id}/rotate': {
    post: { summary: 'Rotate the signing secret; the old one keeps signing for overlap_seconds (default 86400)', description: WEBHOOK_SIGNING, security: API_KEY, parameters: [pathParam('id', 'Endpoint id')], body: 'WebhookSecretRotate', status: 200, response: 'WebhookEndpointWithSecret', errorStatuses: [400, 401, 404, 413, 415], tags: ['Webhooks'] },
  },
  '/webhooks/{id}/deliveries': {
    get: {
      summary: 'Delivery log of an endpoint, newest first (more pages announced by x-next-page)',
      security: API_KEY,
      parameters: [
        pathParam('id', 'Endpoint id'),
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        { name: 'page_size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_DELIVERY_PAGE_SIZE, default: DELIVERY_PAGE_SIZE } },
        listQuery('status', 'Any of these statuses: pending, delivered, failed, cancelled'),
      ],
      status: 200,
      response: 'WebhookDeliveryList',
      errorStatuses: [400, 401, 404],
      tags: ['Webhooks'],
    },
  },
  '/webhooks/deliveries/{id}/retry': {
    post: { summary: 'Redeliver now (same webhook-id), with a fresh retry schedule; 409 while an attempt of it is in flight', security: API_KEY, parameters: [pathParam('id', 'Delivery id (the webhook-id header)')], status: 202, response: 'WebhookDelivery', errorStatuses: [401, 404, 409], tags: ['Webhooks'] },
  },
  '/webhooks/deliveries/redeliver': {
    post: {
      summary: 'Redeliver many at once: by endpoint, status (default failed) and creation time range; oldest first, at most limit (default 1000)',
      description: 'Same webhook-ids, a fresh retry schedule. Deliveries whose attempt is in flight are listed in in_flight and left alone (never sent twice). Unknown keys are refused.',
      security: API_KEY,
      body: 'WebhookRedeliveryRequest',
      status: 202,
      response: 'WebhookRedeliveryResult',
      errorStatuses: [400, 401, 404, 409, 413, 415],
      tags: ['Webhooks'],
    },
  },
  '/hub/connection_attempts': {
    post: { summary: 'E7: start an OAuth connection attempt (then open the popup at /connect/oauth2/{integration_id})', security: HUB, body: 'ConnectionAttemptCreate', status: 201, response: 'ConnectionAttemptCreated', errorStatuses: [400, 401, 415], tags: ['Hub'] },
  },
  '/hub/connection_attempts/{attempt_id}': {
    get: { summary: 'E8: poll an attempt: pending, authenticated + account, error + code/description, cancelled, expired', security: HUB, parameters: [pathParam('attempt_id', 'Attempt id')], status: 200, response: 'ConnectionAttempt', errorStatuses: [401, 404], tags: ['Hub'] },
    delete: { summary: 'E9: cancel an attempt (idempotent; a later provider callback changes nothing)', security: HUB, parameters: [pathParam('attempt_id', 'Attempt id')], status: 204, errorStatuses: [401, 404], tags: ['Hub'] },
  },
  '/connect/oauth2/{integration_id}': {
    get: {
      summary: 'E10: the OAuth popup start page: 302 to the provider (state + PKCE S256); errors are HTML pages',
      description: 'Query: redirect_uri (this server\'s /embedded/accounts/callback or a project allowed origin), token, connection_attempt_id, then the connector\'s non-secret fields.',
      security: [],
      parameters: [pathParam('integration_id', 'OAuth connector key')],
      status: 302,
      errorStatuses: [],
      tags: ['OAuth'],
    },
  },
  '/connect/oauth2/{provider}/callback': {
    get: { summary: 'Provider callback (register it at the provider): exchanges the code, saves the account, 302 to the landing page', security: [], parameters: [pathParam('provider', 'OAuth connector key')], status: 302, errorStatuses: [], tags: ['OAuth'] },
  },
  '/accounts/{id}/credentials': {
    get: { summary: 'Usable credentials of an account; an expired OAuth access token is refreshed first (every call is logged)', security: API_KEY, parameters: [pathParam('id', 'Account id')], status: 200, response: 'AccountCredentials', errorStatuses: [401, 404, 422, 502, 504], tags: ['Accounts'] },
  },
  '/oauth_clients': {
    get: { summary: 'Every OAuth connector with its client settings and the redirect URL to register', security: API_KEY, status: 200, response: 'OAuthClientList', errorStatuses: [401], tags: ['OAuth'] },
  },
  '/oauth_clients/{provider}': {
    get: { summary: "One connector's OAuth client settings (never the secret)", security: API_KEY, parameters: [pathParam('provider', 'OAuth connector key')], status: 200, response: 'OAuthClient', errorStatuses: [401, 404], tags: ['OAuth'] },
    put: { summary: 'Set the OAuth client (client_secret required the first time)', security: API_KEY, parameters: [pathParam('provider', 'OAuth connector key')], body: 'OAuthClientWrite', status: 200, response: 'OAuthClient', errorStatuses: [400, 401, 404, 413, 415], tags: ['OAuth'] },
    delete: { summary: 'Remove the OAuth client', security: API_KEY, parameters: [pathParam('provider', 'OAuth connector key')], status: 204, errorStatuses: [401, 404], tags: ['OAuth'] },
  },
  '/logos/{file}': {
    get: { summary: 'Connector logo (`<key>.svg`)', security: [], parameters: [pathParam('file', '`<connector key>.svg`')], status: 200, errorStatuses: [404], tags: ['Assets'] },
  },
  '/healthz': {
    get: { summary: 'Liveness: the process answers', security: [], status: 200, errorStatuses: [], tags: ['Operations'] },
  },
  '/readyz': {
    get: { summary: 'Readiness: the process answers and reaches its database', security: [], status: 200, errorStatuses: [503], tags: ['Operations'] },
  },
  '/openapi.json': {
    get: { summary: 'This document', security: [], status: 200, errorStatuses: [], tags: ['Operations'] },
  },
};

/** Answers any authenticated operation may give: brute-force limits (issue 11) and storage failures. */
const LIMITED = {
  '429': {
    description: 'Too many failed API keys or session tokens from this address, or too many credential submits for this session',
    headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } },
    ...json('ApiErrorBody'),
  },
};
const STORAGE = { '503': { description: 'Storage is unavailable (disk full, read-only, database gone); `code` is `storage_unavailable`', ...json('ApiErrorBody') } };

function operationObject(operation: Operation): JsonObject {
  const ok = operation.response ? { description: 'OK', ...json(operation.response) } : { description: 'OK' };
  const limited = operation.security.length > 0 ? LIMITED : {};
  return {
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: operation.tags,
    security: operation.security,
    ...(operation.parameters ? { parameters: operation.parameters } : {}),
    ...(operation.body ? { requestBody: { required: true, ...json(operation.body) } } : {}),
    responses: { [String(operation.status)]: ok, ...errors(...operation.errorStatuses), ...limited, ...STORAGE },
  };
}

/** An OpenAPI 3.1 document generated from the contract's zod schemas (the published reference). */
export function openApiDocument(serverUrl: string): JsonObject {
  const schemas = Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, [schema, io]]) => {
      const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
      return [name, jsonSchema];
    }),
  );
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, methods]) => [
      path,
      Object.fromEntries(Object.entries(methods).map(([method, operation]) => [method, operationObject(operation)])),
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Connect Hub API', version: '1', description: 'Connect sessions, the hub endpoints and the Accounts API.' },
    servers: [{ url: serverUrl }],
    paths,
    webhooks: {
      account: {
        post: {
          summary: 'account.created / account.updated / account.deleted, sent to every matching enabled endpoint',
          description: WEBHOOK_SIGNING,
          tags: ['Webhooks'],
          requestBody: { required: true, ...json('AccountWebhookPayload') },
          responses: { '200': { description: 'Any 2xx: delivered. 408, 429 and 5xx (and network errors, timeouts) are retried; any other status fails the delivery.' } },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'basic', description: 'The project API key as username, empty password' },
        bearerKey: { type: 'http', scheme: 'bearer', description: 'The project API key' },
        hubSessionToken: { type: 'apiKey', in: 'header', name: 'x-hub-session-token' },
      },
    },
  };
}

export function openApiRoutes(serverUrl: string) {
  let document: JsonObject | undefined;
  return new Hono().get('/', (c) => c.json((document ??= openApiDocument(serverUrl))));
}
