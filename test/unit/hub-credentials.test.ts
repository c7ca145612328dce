import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED_PREFIX } from '../../src/contract/fields.js';
import { toFormField } from '../../src/hub/form-model/connector-view.js';
import { buildCredentials } from '../../src/hub/form-model/credentials.js';
import { initialValues } from '../../src/hub/form-model/prefill.js';

const fields = [
  toFormField({ key: 'subdomain', label: 'Subdomain', type: 'text', secret: false, value: 'default-sub' }),
  toFormField({ key: 'api_key', label: 'API key', type: 'password' }),
  toFormField({ key: 'region', label: 'Region', type: 'select', secret: false, value: 'eu' }),
  toFormField({ key: 'external-trigger-token', label: 'Trigger', type: 'text', display: false }),
  toFormField({ key: 'notes', label: 'Notes', type: 'text_area', secret: false }),
];

test('create mode: defaults and the external trigger token', () => {
  assert.deepEqual(initialValues(fields, { externalTriggerToken: 'ett' }), {
    subdomain: 'default-sub',
    api_key: '',
    region: 'eu',
    'external-trigger-token': 'ett',
    notes: '',
  });
});

test('edit mode: setup information for non-secrets, redacted values for secrets', () => {
  const account = {
    setupInformation: { subdomain: 'acme', notes: '' },
    secrets: { api_key: `${REDACTED_PREFIX}abcd` },
  };
  assert.deepEqual(initialValues(fields, { account }), {
    subdomain: 'acme',
    api_key: `${REDACTED_PREFIX}abcd`,
    region: 'eu',
    'external-trigger-token': '',
    notes: '',
  });
});

test('submit drops empty values and untouched redacted secrets', () => {
  const values = { subdomain: 'acme', api_key: `${REDACTED_PREFIX}abcd`, region: '', 'external-trigger-token': 'ett', notes: '' };
  assert.deepEqual(buildCredentials({ fields, values, editedSecrets: new Set() }), {
    subdomain: 'acme',
    'external-trigger-token': 'ett',
  });
  assert.deepEqual(
    buildCredentials({ fields, values: { ...values, api_key: `${REDACTED_PREFIX}zz` }, editedSecrets: new Set(['api_key']) }),
    { subdomain: 'acme', api_key: `${REDACTED_PREFIX}zz`, 'external-trigger-token': 'ett' },
    'a secret put into edit is sent even if it looks redacted (the server treats it as unchanged)',
  );
});

test('edit mode sends only what changed', () => {
  const initial = { subdomain: 'acme', api_key: `${REDACTED_PREFIX}abcd`, region: 'eu', 'external-trigger-token': '', notes: '' };
  const values = { ...initial, subdomain: 'globex' };
  assert.deepEqual(buildCredentials({ fields, values, editedSecrets: new Set(), initial }), { subdomain: 'globex' });
  assert.deepEqual(
    buildCredentials({ fields, values: { ...initial, api_key: 'new-key' }, editedSecrets: new Set(['api_key']), initial }),
    { api_key: 'new-key' },
  );
});
