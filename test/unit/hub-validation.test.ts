import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFormField } from '../../src/hub/form-model/connector-view.js';
import { validateField, validateForm } from '../../src/hub/form-model/validation.js';
import { en } from '../../src/hub/strings/en.js';

const field = (extra: Record<string, unknown>) => toFormField({ key: 'k', label: 'Subdomain', type: 'text', ...extra });

test('required: "<label> is required"; optional accepts ""', () => {
  assert.equal(validateField(field({ required: true }), '', en), 'Subdomain is required');
  assert.equal(validateField(field({}), '', en), undefined);
  assert.equal(validateField(field({ required: true }), 'x', en), undefined);
});

test('number: digits only', () => {
  const number = field({ type: 'number', required: true });
  assert.equal(validateField(number, '12', en), undefined);
  assert.equal(validateField(number, '1.5', en), 'Must be a valid number');
  assert.equal(validateField(number, '-1', en), 'Must be a valid number');
  assert.equal(validateField(field({ type: 'number' }), '', en), undefined);
});

test('an optional number ignores its rule', () => {
  const rule = { type: 'html-pattern', pattern: '^9' };
  assert.equal(validateField(field({ type: 'number', validation: rule }), '12', en), undefined);
  assert.equal(validateField(field({ type: 'number', required: true, validation: rule }), '12', en), 'Please match the required format: ^9');
});

test('html-pattern is unanchored and has a default and a custom message', () => {
  const rule = { type: 'html-pattern', pattern: '[a-z]+' };
  assert.equal(validateField(field({ validation: rule }), '123abc456', en), undefined, 'unanchored');
  assert.equal(validateField(field({ validation: rule }), '123', en), 'Please match the required format: [a-z]+');
  assert.equal(validateField(field({ validation: { ...rule, error: 'Letters please' } }), '1', en), 'Letters please');
  assert.equal(validateField(field({ validation: rule }), '', en), undefined, 'optional accepts empty');
  assert.equal(validateField(field({ validation: { type: 'html-pattern', pattern: '(' } }), 'x', en), undefined, 'bad regex is ignored');
});

test('domain: .*<pattern>\\.com.*', () => {
  const rule = { type: 'domain', pattern: 'bamboohr' };
  assert.equal(validateField(field({ validation: rule }), 'acme.bamboohr.com', en), undefined);
  assert.equal(validateField(field({ validation: rule }), 'acme.example.org', en), 'Please enter a valid bamboohr.com domain');
});

test('validateForm includes hidden fields', () => {
  const fields = [field({ key: 'a', label: 'A', required: true }), field({ key: 'b', label: 'B', required: true, display: false })];
  assert.deepEqual(validateForm(fields, { a: 'x' }, en), { b: 'B is required' });
});
