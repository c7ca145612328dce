import * as z from 'zod/mini';
import { ApiErrorBody } from '../errors.js';
import {
  ConnectionAttempt,
  ConnectionAttemptCreated,
  ConnectorResponse,
  FalconConnectorConfig,
  HubAccount,
  HubAccountResult,
  HubSettings,
  IntegrationList,
} from '../hub-responses.js';
import { AccountConnectedMessage } from '../opener-message.js';
import type { JsonSchema } from './check.js';

/*
 * The hub, the launcher and the auth-link page do not ship zod (about 5 KB gzip of the hub's 25 KB
 * budget): they check what they read against the JSON Schema form of the same contract schemas, written
 * into `schemas.ts` by this module (`npm run generate:schemas`, and before every build). The zod schemas
 * stay the one source; the server, the OpenAPI document and the dashboard use them directly.
 */

/** Every schema the browser reads, by its contract name, with the contract module its type comes from. */
const BROWSER_SCHEMAS: Record<string, { schema: z.ZodMiniType; module: 'errors' | 'hub' | 'opener' }> = {
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
};

const CHECKED_KEYWORDS = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'const']);

/** Throws on any keyword `check.ts` does not honour, naming where it is. */
function assertCheckable(schema: unknown, where: string): asserts schema is JsonSchema {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new Error(`${where}: expected a schema object, got ${JSON.stringify(schema)}`);
  }
  for (const [keyword, value] of Object.entries(schema)) {
    if (!CHECKED_KEYWORDS.has(keyword)) throw new Error(`${where}: keyword "${keyword}" is not supported by json-schema/check.ts`);
    if (keyword === 'properties') {
      for (const [key, property] of Object.entries(value as object)) assertCheckable(property, `${where}.${key}`);
    }
    if (keyword === 'additionalProperties' || keyword === 'items') assertCheckable(value, `${where}[${keyword}]`);
    if (keyword === 'anyOf') (value as unknown[]).forEach((option, index) => assertCheckable(option, `${where}|${index}`));
  }
}

/** One contract schema as the browser checks it: the input side (what a server may send), no `$schema`. */
export function browserSchema(schema: z.ZodMiniType, name: string): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' });
  assertCheckable(json, name);
  return json;
}

/** The source of `schemas.ts`. */
export function renderSchemasModule(): string {
  const lines = [
    '// Generated from the zod contract by src/contract/json-schema/generate.ts (`npm run generate:schemas`,',
    '// also run by `npm run build`): do not edit. test/unit/json-schema.test.ts fails when it is out of date.',
    "import type * as errors from '../errors.js';",
    "import type * as hub from '../hub-responses.js';",
    "import type * as opener from '../opener-message.js';",
    "import type { SchemaOf } from './check.js';",
  ];
  for (const [name, { schema, module }] of Object.entries(BROWSER_SCHEMAS)) {
    lines.push('', `export const ${name}: SchemaOf<${module}.${name}> = ${JSON.stringify(browserSchema(schema, name), null, 2)};`);
  }
  return `${lines.join('\n')}\n`;
}
