import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CredentialCipher, parseSecretKey, SECRET_KEY_FILE_NAME } from '../../src/server/crypto/cipher.js';
import { sha256Hex } from '../../src/server/crypto/tokens.js';
import { storeQuery, type StoreLocation } from './harness.js';

/**
 * Proof that a stored value is encrypted: it decrypts to `expected` with the server's own key (the configured
 * `secretKey`, else `<dataDir>/secret.key`) and the row's associated data, and does not decrypt with any other
 * key. Hex, base64 or any other encoding of the plaintext fails the first step; so does a value bound to
 * another row. Returns the plaintext.
 */
export function assertEncryptedAtRest(
  store: StoreLocation & { secretKey?: string },
  sealed: string | null | undefined,
  associatedData: string,
  expected?: string,
): string {
  assert.equal(typeof sealed, 'string', 'a stored ciphertext');
  // Read here, not through the server's loader, which would make a key when the file is missing.
  const key = parseSecretKey(store.secretKey ?? readFileSync(path.join(store.dataDir, SECRET_KEY_FILE_NAME), 'utf8'));
  let plaintext: string;
  try {
    plaintext = new CredentialCipher(key).decrypt(sealed!, associatedData);
  } catch (error) {
    assert.fail(`the stored value does not decrypt with the server's key and "${associatedData}" (${(error as Error).message}): ${sealed!.slice(0, 60)}`);
  }
  if (expected !== undefined) assert.equal(plaintext, expected);
  assert.throws(() => new CredentialCipher(randomBytes(32)).decrypt(sealed!, associatedData), /unable to authenticate data/, 'another key must not decrypt it');
  return plaintext;
}

/**
 * A second project with an API key of its own, made in the store (the server has no API to create projects):
 * the rows a fresh project gets, keyed by the SHA-256 of the key as the server looks it up.
 */
export async function addProject(store: StoreLocation, name = 'Other project'): Promise<{ projectId: string; apiKey: string }> {
  const suffix = randomBytes(8).toString('hex');
  const projectId = `prj_second_${suffix}`;
  const apiKey = `chk_second_${randomBytes(24).toString('base64url')}`;
  const now = new Date().toISOString();
  await storeQuery(store, 'insert into projects (id, name, organization_id, allowed_origins, created_at) values (?, ?, ?, ?, ?)', projectId, name, `org_second_${suffix}`, '[]', now);
  await storeQuery(store, 'insert into api_keys (project_id, key_hash, created_at) values (?, ?, ?)', projectId, sha256Hex(apiKey), now);
  return { projectId, apiKey };
}
