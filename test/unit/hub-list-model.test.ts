import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Integration } from '../../src/contract/hub-responses.js';
import { en } from '../../src/hub/strings/en.js';
import {
  autoSelection,
  categoriesOf,
  categoryLabel,
  filterIntegrations,
  listedIntegrations,
  monogram,
} from '../../src/hub/connector-list/list-model.js';

const integration = (name: string, type: string, active = true): Integration => ({
  integration_id: name.toLowerCase().replace(/\s+/g, '_'),
  provider: name.toLowerCase(),
  name,
  logo_url: '',
  type,
  version: '1',
  active,
  authentication_config_key: 'default',
  environment: 'production',
});

const all = [
  integration('Sandbox HRIS', 'hris'),
  integration('Sandbox ATS', 'ats'),
  integration('Old HR', 'hris-legacy'),
  integration('Inactive', 'crm', false),
  integration('', 'crm'),
];

test('lists active, named entries; categories in first-seen order', () => {
  const listed = listedIntegrations(all);
  assert.deepEqual(listed.map((item) => item.name), ['Sandbox HRIS', 'Sandbox ATS', 'Old HR']);
  assert.deepEqual(categoriesOf(listed), ['hris', 'ats', 'hris legacy']);
  assert.equal(categoryLabel('hris legacy', en), 'HRIS LEGACY');
});

test('search is a case-insensitive substring of the name, within the category', () => {
  const listed = listedIntegrations(all);
  assert.deepEqual(filterIntegrations(listed, 'SANDBOX', undefined).map((item) => item.name), ['Sandbox HRIS', 'Sandbox ATS']);
  assert.deepEqual(filterIntegrations(listed, 'sandbox', 'ats').map((item) => item.name), ['Sandbox ATS']);
  assert.deepEqual(filterIntegrations(listed, 'zzz', undefined), []);
});

test('auto-select only when exactly one entry is active', () => {
  assert.equal(autoSelection(all), undefined);
  assert.equal(autoSelection([integration('Only', 'hris'), integration('Off', 'ats', false)])?.name, 'Only');
});

test('monogram', () => {
  assert.equal(monogram('Sandbox HRIS'), 'SH');
  assert.equal(monogram('acme'), 'AC');
});
