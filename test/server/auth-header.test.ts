import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiKeyFromHeader } from '../../src/server/http/auth.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('apiKeyFromHeader', () => {
  it('reads Basic base64(key:), Basic base64(key), and Bearer key, in any case of the scheme', () => {
    assert.equal(apiKeyFromHeader(`Basic ${b64('chk_a:')}`), 'chk_a');
    assert.equal(apiKeyFromHeader(`Basic ${b64('chk_a')}`), 'chk_a');
    assert.equal(apiKeyFromHeader(`basic ${b64('chk_a:ignored')}`), 'chk_a', 'the password part is not the key');
    assert.equal(apiKeyFromHeader('Bearer chk_b'), 'chk_b');
    assert.equal(apiKeyFromHeader('BEARER chk_b'), 'chk_b');
    assert.equal(apiKeyFromHeader('  Bearer   chk_b  '), 'chk_b', 'surrounding and repeated blanks are not part of the key');
  });

  it('has no key for a missing header, another scheme, a scheme alone, or an empty username', () => {
    for (const header of [undefined, '', 'Bearer', 'Basic', 'Digest abc', 'Token chk_a', 'xbearer chk_a', 'bearerx chk_a', 'xbasic abc', 'basicx abc', `Basic ${b64(':pw')}`, `Basic ${b64('')}x`]) {
      assert.equal(apiKeyFromHeader(header), undefined, String(header));
    }
  });

  it('keeps a colon-free key whole and cuts at the first colon only', () => {
    assert.equal(apiKeyFromHeader(`Basic ${b64('chk_a:b:c')}`), 'chk_a');
    assert.equal(apiKeyFromHeader(`Basic ${b64('é:')}`), 'é', 'the username is UTF-8');
  });
});
