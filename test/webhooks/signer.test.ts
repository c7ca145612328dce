import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { endpointSigner, generateSigningSecret, signatureHeaders, signingKeyBytes, stackOneSignature } from '../../src/server/webhooks/signer.js';

/**
 * The signer on its own: every header byte checked against HMAC-SHA256 computed here with node:crypto from the
 * Standard Webhooks spec (`v1,` + base64 of HMAC(key, `id.timestamp.body`)) and CONTRACT.md §8.6, not by the
 * standardwebhooks package the signer uses.
 */

const KEY_A = Buffer.alloc(32, 0xa1);
const KEY_B = Buffer.from(Array.from({ length: 24 }, (_, index) => index * 11));
const SECRET_A = `whsec_${KEY_A.toString('base64')}`;
const SECRET_B = `whsec_${KEY_B.toString('base64')}`;
// Not a multiple of 1000 ms: the timestamp header is whole seconds, rounded down.
const AT = new Date('2026-12-03T12:34:56.789Z');
const AT_SECONDS = '1796301296';
const BODY = '{"event":"account.created","name":"Zoë 🔑"}';

function standardSignature(key: Buffer, id: string, seconds: string, body: string): string {
  return `v1,${createHmac('sha256', key).update(Buffer.from(`${id}.${seconds}.${body}`, 'utf8')).digest('base64')}`;
}

function stackOne(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(Buffer.from(body, 'utf8')).digest('base64url');
}

describe('webhook signer', () => {
  it('a new secret is whsec_ + base64 of 32 random bytes, a different one each time', () => {
    const secrets = new Set(Array.from({ length: 20 }, () => generateSigningSecret()));
    assert.equal(secrets.size, 20);
    for (const secret of secrets) {
      assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
      assert.equal(signingKeyBytes(secret).length, 32);
      assert.equal(signingKeyBytes(secret).toString('base64'), secret.slice('whsec_'.length));
    }
  });

  it('the key of a whsec_ secret is the base64 after the prefix; a secret without it is base64 as a whole', () => {
    assert.deepEqual(signingKeyBytes(SECRET_A), KEY_A);
    assert.deepEqual(signingKeyBytes(SECRET_B), KEY_B);
    const bare = KEY_B.toString('base64');
    assert.deepEqual(signingKeyBytes(bare), KEY_B);
    // "whsec" is itself valid base64 (and "_" is read as base64url), so decoding the prefix too would change the key.
    assert.notDeepEqual(Buffer.from(`whsec_${bare}`, 'base64'), KEY_B);
  });

  it('x-stackone-signature is base64url HMAC-SHA256 of the raw UTF-8 body under the key bytes', () => {
    assert.equal(stackOneSignature(SECRET_A, BODY), stackOne(KEY_A, BODY));
    assert.equal(stackOneSignature(SECRET_B, BODY), stackOne(KEY_B, BODY));
    assert.notEqual(stackOneSignature(SECRET_A, BODY), stackOneSignature(SECRET_B, BODY));
    assert.match(stackOneSignature(SECRET_A, BODY), /^[A-Za-z0-9_-]{43}$/);
  });

  it('one secret: webhook-id, whole seconds, one v1 signature, and the StackOne signature', () => {
    assert.deepEqual(signatureHeaders({ id: 'whd_1', timestamp: AT, body: BODY, secrets: [SECRET_A] }), {
      'webhook-id': 'whd_1',
      'webhook-timestamp': AT_SECONDS,
      'webhook-signature': standardSignature(KEY_A, 'whd_1', AT_SECONDS, BODY),
      'x-stackone-signature': stackOne(KEY_A, BODY),
    });
  });

  it('during a rotation both secrets sign webhook-signature (current first, space-separated); only the current signs the StackOne header', () => {
    const headers = signatureHeaders({ id: 'whd_2', timestamp: AT, body: BODY, secrets: [SECRET_B, SECRET_A] });
    assert.equal(headers['webhook-signature'], `${standardSignature(KEY_B, 'whd_2', AT_SECONDS, BODY)} ${standardSignature(KEY_A, 'whd_2', AT_SECONDS, BODY)}`);
    assert.equal(headers['x-stackone-signature'], stackOne(KEY_B, BODY));
  });

  it('one signer per endpoint signs each delivery with its own id, time and body', () => {
    const sign = endpointSigner([SECRET_A]);
    const later = new Date(AT.getTime() + 61_001);
    const first = sign('whd_a', AT, BODY);
    const second = sign('whd_b', later, '{}');
    assert.equal(first['webhook-signature'], standardSignature(KEY_A, 'whd_a', AT_SECONDS, BODY));
    assert.equal(second['webhook-timestamp'], String(Number(AT_SECONDS) + 61));
    assert.equal(second['webhook-signature'], standardSignature(KEY_A, 'whd_b', String(Number(AT_SECONDS) + 61), '{}'));
    assert.equal(second['x-stackone-signature'], stackOne(KEY_A, '{}'));
  });

  it('an endpoint without a secret is a bug, not an unsigned delivery', () => {
    assert.throws(() => endpointSigner([]), { message: 'an endpoint always has a signing secret' });
    assert.throws(() => signatureHeaders({ id: 'whd_3', timestamp: AT, body: BODY, secrets: [''] }), { message: 'an endpoint always has a signing secret' });
  });
});
