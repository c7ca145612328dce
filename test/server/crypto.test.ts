import assert from 'node:assert/strict';
import { createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs, { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
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
    // GCM's shorter tags are prefixes of the full one, and node:crypto takes 4, 8 or 12 bytes unless told the
    // length: a forger would then need to guess 32 bits, not 128. Only the full 16 bytes are accepted.
    const tagBytes = Buffer.from(tag!, 'base64url');
    for (const length of [4, 8, 12, 15]) {
      const cut = tagBytes.subarray(0, length).toString('base64url');
      assert.throws(() => cipher.decrypt([version, iv, cut, body].join('.'), 'acc_1'), /authentication tag length/i, `a genuine tag cut to ${length} bytes`);
    }
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

  it('a temporary file a crashed start left behind (same pid, as a restarted container has) does not stop the next start', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, `secret.key.${process.pid}.tmp`), 'half');
    const key = loadSecretKey(undefined, dir);
    assert.equal(readFileSync(path.join(dir, 'secret.key'), 'utf8'), `${key.toString('base64')}\n`);
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

  /**
   * Runs `body` with some node:fs functions replaced (the key loader's named imports of node:fs are live
   * bindings that syncBuiltinESMExports updates), then puts the real ones back.
   */
  function withFs<T>(replacements: Partial<Record<'openSync' | 'fsyncSync' | 'closeSync' | 'writeSync' | 'renameSync', (...args: never[]) => unknown>>, body: () => T): T {
    const mutable = fs as unknown as Record<string, unknown>;
    const originals = Object.fromEntries(Object.keys(replacements).map((name) => [name, mutable[name]]));
    Object.assign(mutable, replacements);
    syncBuiltinESMExports();
    try {
      return body();
    } finally {
      Object.assign(mutable, originals);
      syncBuiltinESMExports();
    }
  }
  const real = { openSync: fs.openSync, fsyncSync: fs.fsyncSync, closeSync: fs.closeSync, renameSync: fs.renameSync };

  it('a write that fails midway (a full disk) leaves neither a key file nor a temporary one, and the next start makes the key', () => {
    const dir = tempDir();
    const full = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    assert.throws(
      () => withFs({ writeSync: full }, () => loadSecretKey(undefined, dir)),
      (e: Error) => e instanceof SecretKeyError && e.message === `cannot write the credential key ${path.join(dir, 'secret.key')} (ENOSPC): make the data dir writable, or set CONNECT_HUB_SECRET_KEY`,
    );
    assert.deepEqual(readdirSync(dir), [], 'the temporary file is removed');
    const key = loadSecretKey(undefined, dir);
    assert.deepEqual(readdirSync(dir), ['secret.key']);
    assert.deepEqual(loadSecretKey(undefined, dir), key);
  });

  it('flushes the directory entry after the rename (the new key survives a power cut), closing what it opened', () => {
    const dir = tempDir();
    const calls: string[] = [];
    const dirFds = new Set<number>();
    withFs(
      {
        openSync: ((file: string, flags: string, mode?: number) => {
          const fd = real.openSync(file, flags, mode);
          if (file === dir) dirFds.add(fd);
          calls.push(`open ${file === dir ? 'dir' : path.basename(file).replace(/\.\d+\.[0-9a-f]{12}\.tmp$/, '.tmp')} ${flags}`);
          return fd;
        }) as never,
        fsyncSync: ((fd: number) => {
          calls.push(`fsync ${dirFds.has(fd) ? 'dir' : 'file'}`);
          real.fsyncSync(fd);
        }) as never,
        closeSync: ((fd: number) => {
          calls.push(`close ${dirFds.has(fd) ? 'dir' : 'file'}`);
          real.closeSync(fd);
        }) as never,
        renameSync: ((from: string, to: string) => {
          calls.push(`rename ${path.basename(to)}`);
          real.renameSync(from, to);
        }) as never,
      },
      () => loadSecretKey(undefined, dir),
    );
    assert.deepEqual(calls, ['open secret.key.tmp wx', 'fsync file', 'close file', 'rename secret.key', 'open dir r', 'fsync dir', 'close dir']);
  });

  it('a platform that cannot open a directory still gets its key (the directory flush is best effort)', () => {
    const dir = tempDir();
    const closed: unknown[] = [];
    const key = withFs(
      {
        openSync: ((file: string, flags: string, mode?: number) => {
          if (file === dir) throw Object.assign(new Error('illegal operation on a directory'), { code: 'EISDIR' });
          return real.openSync(file, flags, mode);
        }) as never,
        closeSync: ((fd: unknown) => {
          closed.push(fd);
          real.closeSync(fd as number);
        }) as never,
      },
      () => loadSecretKey(undefined, dir),
    );
    assert.equal(key.length, 32);
    assert.deepEqual(loadSecretKey(undefined, dir), key);
    assert.ok(closed.every((fd) => typeof fd === 'number'), 'nothing that was never opened is closed');
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
    assert.deepEqual(TOKEN_PREFIX, { apiKey: 'chk_', sessionToken: 'chs_', handoffToken: 'chh_', account: 'acc_', project: 'prj_', organization: 'org_' });
  });

  it('sha256Hex is the SHA-256 of the UTF-8 text', () => {
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sha256Hex('é'), createHash('sha256').update(Buffer.from([0xc3, 0xa9])).digest('hex'));
  });
});
