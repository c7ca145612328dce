import * as z from 'zod/mini';
import { LinkedAccount, LinkedAccountList } from '../accounts.js';
import { ConnectSessionTokenAuthLink } from '../connect-sessions.js';
import { ApiErrorBody } from '../errors.js';
import { Field, Notice } from '../fields.js';
import {
  ConnectionAttempt,
  ConnectionAttemptCreated,
  ConnectorResponse,
  FalconConnectorConfig,
  HubAccount,
  HubAccountResult,
  HubSettings,
  Integration,
  IntegrationList,
} from '../hub-responses.js';
import { HandoffClaimed, HandoffCreated, HandoffState, HubRenewalResult, RenewalRequestList, RenewalSent } from '../links.js';
import { Funnel } from '../analytics.js';
import { AccountConnectedMessage } from '../opener-message.js';
import { ProjectConnector, ProjectConnectorList, ProjectSummary } from '../project.js';
import {
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointStatsList,
  WebhookEndpointWithSecret,
  WebhookRedeliveryResult,
} from '../webhook-endpoints.js';
import type { JsonSchema } from './check.js';

/*
 * The browser does not ship zod (about 5 KB gzip of the hub's 25 KB budget): the hub, the launcher, the
 * auth-link page and the dashboard check what they read against the JSON Schema form of the same contract
 * schemas, written into `schemas.ts` by this module (`npm run generate:schemas`, and before every build).
 * The zod schemas stay the one source; the server and the OpenAPI document use them directly.
 */

/** Every schema the browser reads, by its contract name, with the contract module its type comes from. */
const BROWSER_SCHEMAS: Record<string, ContractSchema> = {
  ApiErrorBody: { schema: ApiErrorBody, module: 'errors' },
  HubSettings: { schema: HubSettings, module: 'hub' },
  IntegrationList: { schema: IntegrationList, module: 'hub' },
  ConnectorResponse: { schema: ConnectorResponse, module: 'hub' },
  FalconConnectorConfig: { schema: FalconConnectorConfig, module: 'hub' },
  HubAccount: { schema: HubAccount, module: 'hub' },
  HubAccountResult: { schema: HubAccountResult, module: 'hub' },
  ConnectionAttempt: { schema: ConnectionAttempt, module: 'hub' },
  ConnectionAttemptCreated: { schema: ConnectionAttemptCreated, module: 'hub' },
  AccountConnectedMessage: { schema: AccountConnectedMessage, module: 'opener' },
  // Renewal and hand-off (issue 17 §1–§2): the hub's lazy parts, the hand-off page, the dashboard.
  HubRenewalResult: { schema: HubRenewalResult, module: 'links' },
  HandoffCreated: { schema: HandoffCreated, module: 'links' },
  HandoffState: { schema: HandoffState, module: 'links' },
  HandoffClaimed: { schema: HandoffClaimed, module: 'links' },
  RenewalRequestList: { schema: RenewalRequestList, module: 'links' },
  RenewalSent: { schema: RenewalSent, module: 'links' },
  // The dashboard's reads (API key endpoints).
  ProjectSummary: { schema: ProjectSummary, module: 'project' },
  ProjectConnector: { schema: ProjectConnector, module: 'project' },
  ProjectConnectorList: { schema: ProjectConnectorList, module: 'project' },
  LinkedAccount: { schema: LinkedAccount, module: 'accounts' },
  LinkedAccountList: { schema: LinkedAccountList, module: 'accounts' },
  ConnectSessionTokenAuthLink: { schema: ConnectSessionTokenAuthLink, module: 'sessions' },
  WebhookEndpointList: { schema: WebhookEndpointList, module: 'webhookEndpoints' },
  WebhookDeliveryList: { schema: WebhookDeliveryList, module: 'webhookEndpoints' },
  WebhookEndpoint: { schema: WebhookEndpoint, module: 'webhookEndpoints' },
  WebhookEndpointWithSecret: { schema: WebhookEndpointWithSecret, module: 'webhookEndpoints' },
  WebhookDelivery: { schema: WebhookDelivery, module: 'webhookEndpoints' },
  WebhookRedeliveryResult: { schema: WebhookRedeliveryResult, module: 'webhookEndpoints' },
  WebhookEndpointStatsList: { schema: WebhookEndpointStatsList, module: 'webhookEndpoints' },
  Funnel: { schema: Funnel, module: 'analytics' },
};

/** Parts used in several places: written once in `schemas.ts` and shared by reference, not repeated. */
const SHARED_PARTS: Record<string, ContractSchema> = {
  Field: { schema: Field, module: 'fields' },
  Notice: { schema: Notice, module: 'fields' },
  Integration: { schema: Integration, module: 'hub' },
};

interface ContractSchema {
  schema: z.ZodMiniType;
  module: keyof typeof CONTRACT_MODULES;
}

/** The contract modules the generated types come from, by the name `schemas.ts` imports them under. */
const CONTRACT_MODULES = {
  accounts: '../accounts.js',
  analytics: '../analytics.js',
  errors: '../errors.js',
  fields: '../fields.js',
  hub: '../hub-responses.js',
  links: '../links.js',
  opener: '../opener-message.js',
  project: '../project.js',
  sessions: '../connect-sessions.js',
  webhookEndpoints: '../webhook-endpoints.js',
} as const;

const CHECKED_KEYWORDS = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'const', 'enum']);

/** `z.record(z.string(), …)` says its keys are strings: every JSON key is, so the keyword is dropped. */
function withoutStringKeyRule(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(withoutStringKeyRule);
  if (typeof json !== 'object' || json === null) return json;
  const { propertyNames, ...rest } = json as Record<string, unknown>;
  if (propertyNames !== undefined && JSON.stringify(propertyNames) !== '{"type":"string"}') return json;
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, withoutStringKeyRule(value)]));
}

/** Throws on any keyword `check.ts` does not honour, naming where it is; `$ref` only to a schema written here. */
function assertCheckable(schema: unknown, where: string, names: Set<string>): void {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new Error(`${where}: expected a schema object, got ${JSON.stringify(schema)}`);
  }
  if ('$ref' in schema) {
    if (Object.keys(schema).length !== 1 || !names.has(String(schema.$ref))) throw new Error(`${where}: unexpected reference ${JSON.stringify(schema)}`);
    return;
  }
  for (const [keyword, value] of Object.entries(schema)) {
    if (!CHECKED_KEYWORDS.has(keyword)) throw new Error(`${where}: keyword "${keyword}" is not supported by json-schema/check.ts`);
    if (keyword === 'properties') {
      for (const [key, property] of Object.entries(value as object)) assertCheckable(property, `${where}.${key}`, names);
    }
    if (keyword === 'additionalProperties' || keyword === 'items') assertCheckable(value, `${where}[${keyword}]`, names);
    if (keyword === 'anyOf') (value as unknown[]).forEach((option, index) => assertCheckable(option, `${where}|${index}`, names));
  }
}

/**
 * Contract schemas as the browser checks them: the input side (what a server may send), each registered
 * schema once, with `{"$ref": "<name>"}` where another one is used. Throws on what `check.ts` cannot check.
 */
export function browserSchemas(schemas: Record<string, ContractSchema>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [name, { schema }] of Object.entries(schemas)) registry.add(schema, { id: name });
  const converted = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'throw', uri: (id) => id }).schemas;
  const names = new Set(Object.keys(schemas));
  return Object.fromEntries(
    Object.entries(converted).map(([name, { $schema: _dialect, $id: _id, ...raw }]) => {
      const json = withoutStringKeyRule(raw);
      assertCheckable(json, name, names);
      return [name, json as JsonSchema];
    }),
  );
}

/** One contract schema as the browser checks it, everything inlined (for tests of the generation rules). */
export function browserSchema(schema: z.ZodMiniType, name: string): JsonSchema {
  return browserSchemas({ [name]: { schema, module: 'hub' } })[name]!;
}

/** The names `json` refers to. */
function referencesIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((item) => referencesIn(item, found));
  else if (typeof json === 'object' && json !== null) {
    if ('$ref' in json) found.add(String(json.$ref));
    else Object.values(json).forEach((value) => referencesIn(value, found));
  }
  return found;
}

/** The source of `schemas.ts`: shared parts first, each schema after those it refers to. */
export function renderSchemasModule(): string {
  const all = { ...SHARED_PARTS, ...BROWSER_SCHEMAS };
  const json = browserSchemas(all);
  const lines = [
    '// Generated from the zod contract by src/contract/json-schema/generate.ts (`npm run generate:schemas`,',
    '// also run by `npm run build`): do not edit. test/unit/json-schema.test.ts fails when it is out of date.',
    ...Object.entries(CONTRACT_MODULES).map(([name, path]) => `import type * as ${name} from '${path}';`),
    "import type { SchemaOf } from './check.js';",
  ];
  const written = new Set<string>();
  const write = (name: string) => {
    if (written.has(name)) return;
    written.add(name);
    for (const reference of referencesIn(json[name])) write(reference);
    const source = JSON.stringify(json[name], (_key, value: unknown) =>
      typeof value === 'object' && value !== null && '$ref' in value ? `\0${String(value.$ref)}\0` : value, 2,
    ).replace(/"\\u0000(\w+)\\u0000"/g, '$1');
    const exported = name in BROWSER_SCHEMAS ? 'export ' : '';
    lines.push('', `${exported}const ${name}: SchemaOf<${all[name]!.module}.${name}> = ${source};`);
  };
  Object.keys(all).forEach(write);
  return `${lines.join('\n')}\n`;
}
