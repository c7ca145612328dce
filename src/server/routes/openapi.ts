import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AccountMeta, AccountPatch, LinkedAccount, LinkedAccountList } from '../../contract/accounts.js';
import { ConnectSession, ConnectSessionAuthenticate, ConnectSessionCreate, ConnectSessionTokenAuthLink } from '../../contract/connect-sessions.js';
import { ApiErrorBody } from '../../contract/errors.js';
import { ConnectorResponse, HubAccount, HubAccountResult, HubAccountWrite, HubSettings, IntegrationList } from '../../contract/hub.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './accounts.js';

type JsonObject = Record<string, unknown>;

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
  '/logos/{file}': {
    get: { summary: 'Connector logo (`<key>.svg`)', security: [], parameters: [pathParam('file', '`<connector key>.svg`')], status: 200, errorStatuses: [404], tags: ['Assets'] },
  },
  '/healthz': {
    get: { summary: 'Liveness', security: [], status: 200, errorStatuses: [], tags: ['Operations'] },
  },
  '/openapi.json': {
    get: { summary: 'This document', security: [], status: 200, errorStatuses: [], tags: ['Operations'] },
  },
};

function operationObject(operation: Operation): JsonObject {
  const ok = operation.response ? { description: 'OK', ...json(operation.response) } : { description: 'OK' };
  return {
    summary: operation.summary,
    tags: operation.tags,
    security: operation.security,
    ...(operation.parameters ? { parameters: operation.parameters } : {}),
    ...(operation.body ? { requestBody: { required: true, ...json(operation.body) } } : {}),
    responses: { [String(operation.status)]: ok, ...errors(...operation.errorStatuses) },
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
