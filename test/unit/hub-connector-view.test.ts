import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOAuthConfig, toConnectorView, toFormField } from '../../src/hub/form-model/connector-view.js';
import type { ConnectorConfig, Integration } from '../../src/contract/hub-responses.js';

const integration: Pick<Integration, 'authentication_config_key' | 'environment'> = {
  authentication_config_key: 'default',
  environment: 'production',
};

test('shape B: fields, notices, guide from support, credential form', () => {
  const config: ConnectorConfig = {
    key: 'acme',
    name: 'Acme',
    assets: { icon: 'https://x/acme.svg' },
    type: 'custom',
    configFields: [{ key: 'api_key', label: 'API key', type: 'password', required: true }],
    configNotices: [{ key: 'n', type: 'info', description: 'Hello' }],
    support: { link: 'https://docs', description: 'Find the key in settings' },
  };
  const view = toConnectorView(config, integration);
  assert.equal(view.name, 'Acme');
  assert.equal(view.iconUrl, 'https://x/acme.svg');
  assert.equal(view.isOAuth, false);
  assert.deepEqual(view.guide, { supportLink: 'https://docs', description: 'Find the key in settings' });
  assert.equal(view.fields.length, 1);
  assert.equal(view.fields[0]?.secret, true);
  assert.equal(view.notices.length, 1);
});

test('shape A: picks authentication[K][Env], and the account key/environment in edit mode', () => {
  const config: ConnectorConfig = {
    key: 'legacy',
    name: 'Legacy',
    authentication: {
      default: { production: { type: 'custom', fields: [{ key: 'a', label: 'A', type: 'text', secret: false }] } },
      other: {
        sandbox: { type: 'oauth2', guide: { supportLink: 'https://guide' } },
        production: { type: 'custom', fields: [] },
      },
    },
  };
  const plain = toConnectorView(config, integration);
  assert.deepEqual(plain.fields.map((field) => field.key), ['a']);
  assert.equal(plain.isOAuth, false);
  assert.deepEqual(plain.notices, []);
  const edited = toConnectorView(config, integration, { authConfigKey: 'other', environment: 'sandbox' });
  assert.equal(edited.isOAuth, true);
  assert.equal(edited.guide.supportLink, 'https://guide');
  const accountEnvFallback = toConnectorView(config, integration, { authConfigKey: 'other', environment: null });
  assert.equal(accountEnvFallback.isOAuth, false, 'environment falls back to the integration’s');
  const missing = toConnectorView(config, { authentication_config_key: 'nope', environment: 'production' });
  assert.deepEqual(missing.fields, []);
  assert.equal(missing.isOAuth, false);
});

test('OAuth decision: oauth2 without grantType or with authorization_code only', () => {
  assert.equal(isOAuthConfig({ type: 'oauth2' }), true);
  assert.equal(isOAuthConfig({ type: 'oauth2', grantType: 'authorization_code' }), true);
  assert.equal(isOAuthConfig({ type: 'oauth2', grantType: 'client_credentials' }), false);
  assert.equal(isOAuthConfig({ type: 'custom' }), false);
  assert.equal(isOAuthConfig(undefined), false);
});

test('fields: secret by default, guide before fallbacks, unknown types kept but undrawable', () => {
  const field = toFormField({ key: 'k', label: 'K', type: 'text', tooltip: 'tip', guide: { description: 'desc' }, value: 42 });
  assert.equal(field.secret, true);
  assert.equal(field.tooltip, 'tip');
  assert.equal(field.description, 'desc');
  assert.equal(field.defaultValue, '42');
  assert.equal(toFormField({ key: 'k', label: 'K', type: 'text', secret: false }).secret, false);
  assert.equal(toFormField({ key: 'k', label: 'K', type: 'password', secret: false }).secret, true);
  assert.equal(toFormField({ key: 'external-trigger-token', label: 'T', type: 'text' }).secret, false);
  assert.equal(toFormField({ key: 'k', label: 'K', type: 'color' }).type, undefined);
  assert.equal(toFormField({ key: 'k', label: 'K', display: false }).visible, false);
  assert.deepEqual(toFormField({ key: 'k', label: 'K', validation: { type: 'domain', pattern: 'acme', error: 'bad' } }).rule, {
    kind: 'domain',
    pattern: 'acme',
    message: 'bad',
  });
  assert.equal(toFormField({ key: 'k', label: 'K', validation: { type: 'weird', pattern: 'x' } }).rule, undefined);
});

test('the contract parses both E3 shapes; map values are checked like z.record', async () => {
  const { ConnectorResponse, HubAccount } = await import('../../src/contract/hub-responses.js');
  const legacy = {
    config: {
      key: 'legacy',
      name: 'Legacy',
      authentication: { default: { production: { type: 'custom', fields: [{ key: 'a', label: 'A' }] } } },
    },
  };
  const parsedLegacy = ConnectorResponse.parse(legacy);
  assert.ok('authentication' in parsedLegacy.config);
  assert.equal(parsedLegacy.config.authentication.default?.production?.fields?.[0]?.key, 'a');
  const falcon = ConnectorResponse.parse({ config: { key: 'acme', name: 'Acme', type: 'custom', configFields: [] } });
  assert.ok('type' in falcon.config);
  assert.equal(ConnectorResponse.safeParse({ config: { key: 'x', name: 'X', authentication: { default: { production: 'oops' } } } }).success, false);
  const account = { provider: 'p', integrationId: 'p', setupInformation: { subdomain: 'acme' }, secrets: { api_key: '__secretvalue:**redacted**' } };
  assert.deepEqual(HubAccount.parse(account).setupInformation, { subdomain: 'acme' });
  assert.equal(HubAccount.safeParse({ ...account, setupInformation: { subdomain: 7 } }).success, false);
  assert.equal(HubAccount.safeParse({ ...account, secrets: null }).success, true);
});
