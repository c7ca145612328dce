import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../src/server/observability/logger.js';

test('secret-named values are replaced at the top level and two levels down, arrays included', () => {
  const fields = {
    token: 't',
    route: '/hub/connectors',
    headers: { cookie: 'c', accept: 'json' },
    provider: { response: { access_token: 'a', scope: 's' } },
    attempts: [{ password: 'p' }, { status: 401 }],
  };
  assert.deepEqual(redactSecrets(fields), {
    token: '[redacted]',
    route: '/hub/connectors',
    headers: { cookie: '[redacted]', accept: 'json' },
    provider: { response: { access_token: '[redacted]', scope: 's' } },
    attempts: [{ password: '[redacted]' }, { status: 401 }],
  });
  assert.equal(fields.token, 't', 'the caller’s object is left as it was');
  assert.equal(fields.provider.response.access_token, 'a');
});

test('fields without a secret are the same object (nothing copied), and deeper levels are left alone', () => {
  const plain = { method: 'POST', route: '/connect_sessions', status: 201, nested: { a: { b: 1 } } };
  assert.equal(redactSecrets(plain), plain);
  const deep = { a: { b: { c: { token: 'four levels down' } } } };
  assert.equal(redactSecrets(deep), deep);
});
