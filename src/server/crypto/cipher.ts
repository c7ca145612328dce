import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = 'v1';

export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

/** Accepts 64 hex characters or base64/base64url of exactly 32 bytes; `source` names where the text came from. */
export function parseSecretKey(text: string, source = 'CONNECT_HUB_SECRET_KEY'): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new SecretKeyError(`${source} must be ${KEY_BYTES} bytes as hex or base64 (got ${trimmed === '' ? 'an empty value' : `${key.length} bytes`})`);
  }
  return key;
}

export const SECRET_KEY_FILE_NAME = 'secret.key';

/**
 * The configured key, else the one in `<dataDir>/secret.key`, generated (mode 0600) on first start. The new
 * key is written to a temporary file, flushed, then renamed into place: a full disk or a crash mid-write
 * leaves no key file at all (the next start makes one) rather than an empty or partial one.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return parseSecretKey(configured);
  const file = path.join(dataDir, SECRET_KEY_FILE_NAME);
  if (existsSync(file)) return readKeyFile(file);
  const key = randomBytes(KEY_BYTES);
  // Random, not just the pid: a crash can leave a temporary file behind, and a restarted container often has the same pid.
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, key.toString('base64') + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    syncDirectory(dataDir);
  } catch (error) {
    // Only a temporary file we created can be left; when the dir itself could not be made there is none, and
    // removing it fails too (ENOTDIR under a file): that must not hide the real cause.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
    const code = (error as { code?: string }).code ?? (error as Error).message;
    throw new SecretKeyError(`cannot write the credential key ${file} (${code}): make the data dir writable, or set CONNECT_HUB_SECRET_KEY`);
  }
  return key;
}

function readKeyFile(file: string): Buffer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SecretKeyError(`cannot read the credential key ${file} (${(error as { code?: string }).code ?? (error as Error).message})`);
  }
  try {
    return parseSecretKey(text, file);
  } catch (error) {
    throw new SecretKeyError(
      `${(error as Error).message}: the file is damaged. Restore it from a backup (the stored credentials need that key); ` +
        'only if nothing was stored yet, delete it and a new key is made at the next start',
    );
  }
}

/** The rename is durable once the directory entry is on disk too (best effort: not every platform can open a directory). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // not supported here
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * AES-256-GCM. The associated data binds a ciphertext to its row (the account id), so a ciphertext
 * copied onto another account does not decrypt.
 */
export class CredentialCipher {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new SecretKeyError(`the credential key must be ${KEY_BYTES} bytes`);
    this.#key = key;
  }

  encrypt(plaintext: string, associatedData: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT_VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(sealed: string, associatedData: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== FORMAT_VERSION || !iv || !tag || body === undefined) throw new Error('unrecognised ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
