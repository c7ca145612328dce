import assert from 'node:assert/strict';
import { createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { CredentialCipher, loadSecretKey, parseSecretKey, SecretKeyError } from '../../src/server/crypto/cipher.js';
import { TOKEN_PREFIX, randomId, secretToken, sha256Hex } from '../../src/server/crypto/tokens.js';

const KEY = randomBytes(32);

describe('credential cipher (AES-256-GCM)', () => {
  const cipher = new CredentialCipher(KEY);

  it('round-trips, in the v1.<iv>.<tag>.<body> format, with a fresh 12-byte IV and a 16-byte tag each time', () => {
    const sealed = cipher.encrypt('pässwörd 🔑', 'acc_1');
    const [version, iv, tag, body, ...rest] = sealed.split('.');
    assert.equal(version, 'v1');
    assert.deepEqual(rest, []);
    assert.equal(Buffer.from(iv!, 'base64url').length, 12);
    assert.equal(Buffer.from(tag!, 'base64url').length, 16);
    assert.equal(Buffer.from(body!, 'base64url').length, Buffer.byteLength('pässwörd 🔑'), 'GCM adds no padding: the body is the plaintext length');
    assert.equal(cipher.decrypt(sealed, 'acc_1'), 'pässwörd 🔑');
    assert.notEqual(cipher.encrypt('pässwörd 🔑', 'acc_1'), sealed, 'same plaintext, another IV');
    assert.equal(cipher.decrypt(cipher.encrypt('', 'x'), 'x'), '', 'an empty plaintext round-trips (its body is empty)');
  });

  it('is AES-256-GCM with the key and the associated data: node:crypto alone decrypts it', () => {
    const sealed = cipher.encrypt('sandbox_good', 'acc_2');
    const [, iv, tag, body] = sealed.split('.');
    const decipher = createDecipheriv('aes-256-gcm', KEY, Buffer.from(iv!, 'base64url'));
    decipher.setAAD(Buffer.from('acc_2'));
    decipher.setAuthTag(Buffer.from(tag!, 'base64url'));
    assert.equal(Buffer.concat([decipher.update(Buffer.from(body!, 'base64url')), decipher.final()]).toString(), 'sandbox_good');
    assert.notDeepEqual(Buffer.from(body!, 'base64url'), Buffer.from('sandbox_good'));
  });

  it('does not decrypt with another key, another associated data, or a changed tag or body', () => {
    const sealed = cipher.encrypt('secret', 'acc_1');
    assert.throws(() => new CredentialCipher(randomBytes(32)).decrypt(sealed, 'acc_1'));
    assert.throws(() => cipher.decrypt(sealed, 'acc_2'), /unable to authenticate data/, 'a ciphertext copied onto another row does not decrypt');
    const [version, iv, tag, body] = sealed.split('.');
    const flip = (text: string) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString('base64url');
    };
    assert.throws(() => cipher.decrypt([version, iv, flip(tag!), body].join('.'), 'acc_1'));
    assert.throws(() => cipher.decrypt([version, iv, tag, flip(body!)].join('.'), 'acc_1'));
    assert.throws(() => cipher.decrypt([version, flip(iv!), tag, body].join('.'), 'acc_1'));
    assert.throws(() => cipher.decrypt([version, iv, tag!.slice(0, 8), body].join('.'), 'acc_1'), /authentication tag length/i, 'a truncated tag is refused');
  });

  it('refuses what is not its format, saying so', () => {
    const sealed = cipher.encrypt('secret', 'a');
    const [, iv, tag, body] = sealed.split('.');
    for (const bad of [['v2', iv, tag, body].join('.'), ['v1', '', tag, body].join('.'), ['v1', iv, '', body].join('.'), ['v1', iv, tag].join('.'), 'plain']) {
      assert.throws(() => cipher.decrypt(bad, 'a'), /unrecognised ciphertext format/, bad);
    }
  });

  it('takes only a 32-byte key', () => {
    assert.throws(() => new CredentialCipher(randomBytes(16)), (error: Error) => error instanceof SecretKeyError && /32 bytes/.test(error.message));
    assert.throws(() => new CredentialCipher(randomBytes(33)), SecretKeyError);
  });
});

describe('parseSecretKey', () => {
  it('reads 64 hex characters and base64 / base64url of 32 bytes, trimmed', () => {
    assert.deepEqual(parseSecretKey(KEY.toString('hex')), KEY);
    assert.deepEqual(parseSecretKey(KEY.toString('hex').toUpperCase()), KEY);
    assert.deepEqual(parseSecretKey(` ${KEY.toString('base64')}\n`), KEY);
    assert.deepEqual(parseSecretKey(KEY.toString('base64url')), KEY);
  });

  it('refuses another length, naming the source and what it got', () => {
    assert.throws(() => parseSecretKey(randomBytes(31).toString('base64')), (e: Error) => e instanceof SecretKeyError && e.message === 'CONNECT_HUB_SECRET_KEY must be 32 bytes as hex or base64 (got 31 bytes)');
    assert.throws(() => parseSecretKey('  ', '/x/secret.key'), (e: Error) => e.message === '/x/secret.key must be 32 bytes as hex or base64 (got an empty value)');
    assert.throws(() => parseSecretKey(randomBytes(48).toString('base64')), /got 48 bytes/);
    // 64 characters that are not all hex are read as base64: 48 bytes, refused.
    assert.throws(() => parseSecretKey('g'.repeat(64)), /got 48 bytes/);
    // 64 hex characters with more around them are not hex either (read as hex they would give 0 or 32 bytes).
    const hex = KEY.toString('hex');
    assert.throws(() => parseSecretKey(`g${hex}`), /got 48 bytes/);
    assert.throws(() => parseSecretKey(`${hex}g`), /got 48 bytes/);
    assert.throws(() => parseSecretKey(`${hex}00`), /got 49 bytes/);
    assert.throws(() => parseSecretKey(''), (e: Error) => e.name === 'SecretKeyError');
  });
});

describe('loadSecretKey', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-key-'));
    dirs.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of dirs) {
      chmodSync(dir, 0o700);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses the configured key and writes no file', () => {
    const dir = tempDir();
    assert.deepEqual(loadSecretKey(KEY.toString('hex'), dir), KEY);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('generates a random key once into <dataDir>/secret.key (0600, base64), then reads it back', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const first = loadSecretKey(undefined, dir);
    assert.equal(first.length, 32);
    const file = path.join(dir, 'secret.key');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(statSync(dir).mode & 0o777, 0o700, 'a data dir it makes is the owner\'s only');
    assert.equal(readFileSync(file, 'utf8'), `${first.toString('base64')}\n`);
    assert.deepEqual(loadSecretKey(undefined, dir), first);
    assert.deepEqual(readdirSync(dir), ['secret.key'], 'no temporary file is left');
    assert.notDeepEqual(loadSecretKey(undefined, tempDir()), first, 'another data dir, another key');
  });

  it('a damaged key file is an error that says to restore it, never a new key', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'secret.key'), 'short\n');
    assert.throws(
      () => loadSecretKey(undefined, dir),
      (e: Error) =>
        e instanceof SecretKeyError &&
        e.message ===
          `${path.join(dir, 'secret.key')} must be 32 bytes as hex or base64 (got 3 bytes): the file is damaged. Restore it from a backup (the stored credentials need that key); ` +
            'only if nothing was stored yet, delete it and a new key is made at the next start',
    );
    assert.equal(readFileSync(path.join(dir, 'secret.key'), 'utf8'), 'short\n');
  });

  it('leaves no file descriptor open, making or reading the key', { skip: existsSync('/proc/self/fd') ? false : 'needs /proc' }, () => {
    const openFds = () => readdirSync('/proc/self/fd').length;
    const dir = tempDir();
    loadSecretKey(undefined, dir);
    const before = openFds();
    for (let i = 0; i < 5; i++) loadSecretKey(undefined, tempDir());
    loadSecretKey(undefined, dir);
    assert.equal(openFds(), before);
  });

  it('a key file that cannot be read (here: a directory) is an error naming the file and the cause', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'secret.key'));
    assert.throws(() => loadSecretKey(undefined, dir), (e: Error) => e instanceof SecretKeyError && e.message === `cannot read the credential key ${path.join(dir, 'secret.key')} (EISDIR)`);
  });

  // The clean-up rmSync(temporary, { force: true }) throws ENOTDIR itself here (force only forgives ENOENT): it
  // must not replace the error that names the way out.
  it('a data dir that cannot be made (here: under a file) is an error naming the way out, and nothing is left', () => {
    const parent = tempDir();
    writeFileSync(path.join(parent, 'plain-file'), '');
    const dir = path.join(parent, 'plain-file', 'data');
    assert.throws(
      () => loadSecretKey(undefined, dir),
      (e: Error) => e instanceof SecretKeyError && e.message === `cannot write the credential key ${path.join(dir, 'secret.key')} (ENOTDIR): make the data dir writable, or set CONNECT_HUB_SECRET_KEY`,
    );
    assert.deepEqual(readdirSync(parent), ['plain-file']);
  });

  it('an unreadable key file is an error naming the file and the cause', { skip: process.getuid?.() === 0 ? 'root reads any file' : false }, () => {
    const dir = tempDir();
    const file = path.join(dir, 'secret.key');
    writeFileSync(file, KEY.toString('base64'));
    chmodSync(file, 0o000);
    assert.throws(() => loadSecretKey(undefined, dir), (e: Error) => e instanceof SecretKeyError && e.message === `cannot read the credential key ${file} (EACCES)`);
  });

  it('a data dir it cannot write to is an error that names the way out, and leaves no temporary file', { skip: process.getuid?.() === 0 ? 'root writes anywhere' : false }, () => {
    const dir = tempDir();
    chmodSync(dir, 0o500);
    assert.throws(
      () => loadSecretKey(undefined, dir),
      (e: Error) => e instanceof SecretKeyError && e.message === `cannot write the credential key ${path.join(dir, 'secret.key')} (EACCES): make the data dir writable, or set CONNECT_HUB_SECRET_KEY`,
    );
    chmodSync(dir, 0o700);
    assert.deepEqual(readdirSync(dir), []);
    assert.equal(existsSync(path.join(dir, 'secret.key')), false);
  });
});

describe('tokens', () => {
  it('secret tokens: the prefix, then 32 random bytes base64url; ids: 16 bytes', () => {
    const token = secretToken(TOKEN_PREFIX.sessionToken);
    assert.match(token, /^chs_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(secretToken('chs_'), token);
    assert.match(randomId(TOKEN_PREFIX.account), /^acc_[A-Za-z0-9_-]{22}$/);
    assert.notEqual(randomId('acc_'), randomId('acc_'));
    assert.deepEqual(TOKEN_PREFIX, { apiKey: 'chk_', sessionToken: 'chs_', account: 'acc_', project: 'prj_', organization: 'org_' });
  });

  it('sha256Hex is the SHA-256 of the UTF-8 text', () => {
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sha256Hex('é'), createHash('sha256').update(Buffer.from([0xc3, 0xa9])).digest('hex'));
  });
});
