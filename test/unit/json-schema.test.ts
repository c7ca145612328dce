import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { ApiErrorBody } from '../../src/contract/errors.js';
import * as Hub from '../../src/contract/hub-responses.js';
import { AccountConnectedMessage } from '../../src/contract/opener-message.js';
import { conforms, schemaProblem, type JsonSchema } from '../../src/contract/json-schema/check.js';
import { browserSchema, renderSchemasModule } from '../../src/contract/json-schema/generate.js';
import * as Generated from '../../src/contract/json-schema/schemas.js';

test('schemas.ts is what the zod contract generates today (run `npm run generate:schemas` when this fails)', () => {
  const committed = readFileSync(new URL('../../src/contract/json-schema/schemas.ts', import.meta.url), 'utf8');
  assert.equal(committed, renderSchemasModule());
});

test('generation refuses keywords the browser checker would ignore, naming where', () => {
  assert.throws(() => browserSchema(z.object({ name: z.string().check(z.minLength(1)) }), 'Named'), /Named\.name: keyword "minLength"/);
  assert.throws(() => browserSchema(z.object({ kind: z.enum(['a', 'b']) }), 'Kinds'), /Kinds\.kind: keyword "enum"/);
});

const field = {
  key: 'api_key',
  label: 'API key',
  type: 'password',
  required: true,
  secret: true,
  readOnly: false,
  placeholder: 'sk_…',
  value: 42,
  options: [{ value: 'eu', label: 'Europe' }],
  guide: { tooltip: 'Where to find it', description: 'Settings → API' },
  validation: { type: 'html-pattern', pattern: '^sk_' },
  display: true,
  condition: 'x',
};
const falcon = {
  key: 'sandbox_hris',
  name: 'Sandbox HRIS',
  assets: { icon: '/logos/sandbox.svg' },
  type: 'custom',
  grantType: 'authorization_code',
  configFields: [field, { key: 'region', label: 'Region', value: null }],
  configNotices: [{ key: 'n', type: 'warning', description: 'Heads up', position: 'before', anchor: 'api_key' }],
  support: { link: 'https://example.com/guide', description: null },
  category: 'hris',
};
const legacy = {
  key: 'bamboo',
  name: 'Bamboo',
  authentication: { default: { production: { type: 'custom', fields: [field], guide: { supportLink: 'https://x.test' } } } },
};

/** Valid examples of every schema the browser checks, close to what the server sends. */
const EXAMPLES: Record<string, [z.ZodMiniType, JsonSchema, unknown]> = {
  ApiErrorBody: [ApiErrorBody, Generated.ApiErrorBody, { statusCode: 422, message: 'Rejected', code: 'provider_rejected', provider_response: '{"error":"bad key"}', timestamp: '2026-11-27T00:00:00Z' }],
  HubSettings: [Hub.HubSettings, Generated.HubSettings, { enabled_features: ['x'], existing_account_id: null, project_name: 'Acme', expires_at: '2026-12-01T00:00:00Z', allowed_origins: ['https://app.test'] }],
  IntegrationList: [
    Hub.IntegrationList,
    Generated.IntegrationList,
    {
      integrations: [
        { integration_id: 'i1', provider: 'sandbox_hris', name: 'Sandbox HRIS', logo_url: '/l.svg', type: 'hris', version: '1', active: true, authentication_config_key: 'default', environment: 'production' },
      ],
      external_trigger_token: 'ett',
    },
  ],
  ConnectorResponseFalcon: [Hub.ConnectorResponse, Generated.ConnectorResponse, { config: falcon, hub_settings: { anything: [1] } }],
  ConnectorResponseLegacy: [Hub.ConnectorResponse, Generated.ConnectorResponse, { config: legacy }],
  HubAccount: [
    Hub.HubAccount,
    Generated.HubAccount,
    { id: 'acc', provider: 'sandbox_hris', integrationId: 'i1', authConfigKey: 'default', environment: null, setupInformation: { region: 'eu' }, secrets: { api_key: '__secretvalue:**redacted**' }, updatedAt: '2026-11-27' },
  ],
  HubAccountResult: [Hub.HubAccountResult, Generated.HubAccountResult, { id: 'acc', provider: 'sandbox_hris' }],
  ConnectionAttempt: [Hub.ConnectionAttempt, Generated.ConnectionAttempt, { id: 'cat', status: 'error', account: { id: 'acc' }, error: { code: 'access_denied', description: null } }],
  ConnectionAttemptCreated: [Hub.ConnectionAttemptCreated, Generated.ConnectionAttemptCreated, { id: 'cat' }],
  AccountConnectedMessage: [AccountConnectedMessage, Generated.AccountConnectedMessage, { type: 'AccountConnected', account: { id: 'acc', provider: 'p' } }],
};

const REPLACEMENTS: unknown[] = [undefined, null, 'text', 7, 1.5, true, [], {}, ['text'], { nested: 1 }, 'AccountConnected'];

/** The example with the value at `path` replaced (`undefined` deletes the key), one variant per replacement. */
function* mutations(value: unknown, path: (string | number)[] = []): Generator<{ path: string; value: unknown }> {
  for (const replacement of REPLACEMENTS) yield { path: path.join('.') || '(root)', value: replacement };
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    for (const mutated of mutations(child, [...path, key])) {
      const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
      if (mutated.value === undefined && !Array.isArray(value)) delete copy[key];
      else copy[key] = mutated.value;
      yield { path: mutated.path, value: copy };
    }
  }
}

test('the browser checker accepts exactly what zod accepts, over every example and every one-place mutation of it', () => {
  let compared = 0;
  for (const [name, [zodSchema, jsonSchema, example]] of Object.entries(EXAMPLES)) {
    assert.equal(zodSchema.safeParse(example).success, true, `${name}: the example is valid`);
    assert.equal(schemaProblem(jsonSchema, example), undefined, `${name}: the browser accepts the example`);
    for (const mutated of mutations(example)) {
      const zodAccepts = zodSchema.safeParse(mutated.value).success;
      const problem = schemaProblem(jsonSchema, mutated.value);
      assert.equal(problem === undefined, zodAccepts, `${name} with ${mutated.path} changed: zod ${zodAccepts ? 'accepts' : 'rejects'}, the browser says ${problem ?? 'fine'}`);
      compared++;
    }
  }
  assert.ok(compared > 1000, `compared ${compared} values`);
});

test('a problem names the path and what was expected', () => {
  const [, , validList] = EXAMPLES.IntegrationList as [unknown, unknown, { integrations: object[] }];
  const withBadName = { integrations: [{ ...validList.integrations[0], name: 3 }] };
  assert.equal(schemaProblem(Generated.IntegrationList, withBadName), 'integrations.0.name: expected string, got integer');
  assert.equal(schemaProblem(Generated.HubAccountResult, { provider: 'p' }), 'id: required');
  assert.equal(schemaProblem(Generated.HubSettings, []), '(root): expected object, got array');
  assert.equal(schemaProblem(Generated.AccountConnectedMessage, { type: 'Other', account: { id: 'a', provider: 'p' } }), 'type: expected "AccountConnected"');
  // Nullable object: the object's own problem, not a vague "no match".
  assert.equal(schemaProblem(Generated.HubAccount, { provider: 'p', integrationId: 'i', secrets: { api_key: 1 } }), 'secrets.api_key: expected string, got integer');
});

test('keys the contract does not name are allowed, and inherited names are not schemas', () => {
  assert.ok(conforms(Generated.HubAccountResult, { id: 'a', extra: { deep: true } }));
  assert.ok(conforms(Generated.HubAccountResult, JSON.parse('{"id":"a","constructor":1,"__proto__":{"x":1}}')));
});
