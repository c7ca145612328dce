import { createHmac } from 'node:crypto';
import type { Db } from '../db/database.js';
import { settingOnce } from '../db/stores/server-settings.js';
import { SecretKeyError } from './cipher.js';

const KEY_CHECK_SETTING = 'credential_key_check';

/** A one-way fingerprint of the credential key: the same key gives the same check, and it tells nothing of the key. */
function credentialKeyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('connect-hub credential key check v1').digest('hex');
}

/**
 * Refuses to start with a key other than the one the database's credentials are encrypted with: such a
 * server could read none of them, and what it wrote no other server could read. The first server on a
 * database records its key's check; the others (and every restart) must match it.
 */
export async function assertCredentialKey(db: Db, key: Buffer, now: string): Promise<void> {
  const check = credentialKeyCheck(key);
  if ((await settingOnce(db, KEY_CHECK_SETTING, check, now)) === check) return;
  throw new SecretKeyError(
    'this database was written with another secret key: set CONNECT_HUB_SECRET_KEY (or the data dir\'s secret.key) ' +
      'to the key it was written with; every server on one database needs the same key. If that key is lost, so are ' +
      `the stored credentials: delete the server_settings row "${KEY_CHECK_SETTING}" to start over with this key ` +
      '(linked accounts must then connect again).',
  );
}
