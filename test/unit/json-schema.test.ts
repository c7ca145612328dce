import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { LinkedAccount, LinkedAccountList } from '../../src/contract/accounts.js';
import { ConnectSessionTokenAuthLink } from '../../src/contract/connect-sessions.js';
import { ApiErrorBody } from '../../src/contract/errors.js';
import { ProjectConnectorList, ProjectSummary } from '../../src/contract/project.js';
import { WebhookDeliveryList, WebhookEndpointList } from '../../src/contract/webhook-endpoints.js';
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
  assert.throws(() => browserSchema(z.object({ when: z.iso.datetime() }), 'Stamped'), /Stamped\.when: keyword "format"/);
  assert.throws(() => browserSchema(z.record(z.enum(['a', 'b']), z.string()), 'Keyed'), /Keyed: keyword "propertyNames"/);
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

const linkedAccount = {
  id: 'acc_1',
  provider: 'sandbox_hris',
  provider_name: 'Sandbox HRIS',
  integration_id: 'sandbox_hris',
  status: 'expired',
  status_reasons: [{ code: 'refresh_failed', description: 'The provider refused the refresh', timestamp: '2026-11-27T00:00:00Z' }],
  origin_owner_id: 'org-1',
  origin_owner_name: 'Globex',
  origin_username: null,
  label: 'Main',
  type: 'production',
  categories: ['hris'],
  setup_information: { subdomain: 'acme' },
  metadata: { plan: 'pro', seats: 3 },
  created_at: '2026-11-27T00:00:00Z',
  updated_at: '2026-11-27T00:00:00Z',
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
  // The dashboard's reads.
  ProjectSummary: [ProjectSummary, Generated.ProjectSummary, { id: 'prj', name: 'Acme', organization_id: 'org', categories: ['hris'], enabled_connector_count: 3, allowed_origins: ['https://app.test'] }],
  ProjectConnectorList: [
    ProjectConnectorList,
    Generated.ProjectConnectorList,
    { connectors: [{ key: 'bamboohr', name: 'BambooHR', category: 'hris', auth_type: 'api_key', logo_url: '/logos/bamboohr.svg', enabled: true, sandbox: false }] },
  ],
  LinkedAccount: [LinkedAccount, Generated.LinkedAccount, linkedAccount],
  LinkedAccountList: [LinkedAccountList, Generated.LinkedAccountList, [linkedAccount]],
  ConnectSessionTokenAuthLink: [
    ConnectSessionTokenAuthLink,
    Generated.ConnectSessionTokenAuthLink,
    {
      id: 7, organization_id: 'org', project_id: 'prj', origin_owner_id: 'org-1', origin_owner_name: 'Globex', origin_username: 'a@b.test', provider: null,
      categories: ['hris'], account_id: null, label: null, metadata: { x: 1 }, multiple: false, type: 'production', external_trigger_token: 'ett',
      connector_profile_id: null, created_at: '2026-11-27T00:00:00Z', expires_at: '2026-12-27T00:00:00Z', token: 'chs_x', auth_link_url: 'http://localhost/embedded/integrations?token=chs_x',
    },
  ],
  WebhookEndpointList: [
    WebhookEndpointList,
    Generated.WebhookEndpointList,
    [{ id: 'whe', url: 'https://hooks.test', events: ['account.created'], enabled: true, description: null, previous_secret_expires_at: null, created_at: 'c', updated_at: 'u' }],
  ],
  WebhookDeliveryList: [
    WebhookDeliveryList,
    Generated.WebhookDeliveryList,
    [{ id: 'msg', endpoint_id: 'whe', event: 'account.updated', account_id: 'acc', status: 'failed', attempts: 3, last_status_code: 500, last_error: 'boom', last_attempt_at: 'a', next_attempt_at: null, delivered_at: null, created_at: 'c' }],
  ],
};

const REPLACEMENTS: unknown[] = [undefined, null, 'text', 7, 1.5, true, [], {}, ['text'], { nested: 1 }, 'AccountConnected', 'active', 'account.created'];

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
  assert.ok(compared > 3000, `compared ${compared} values`);
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
