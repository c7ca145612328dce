import type { CredentialCipher } from '../../crypto/index.js';
import { parseStringRecord } from '../../db/json-columns.js';
import type { AccountRow } from '../../db/schema.js';
import { ApiError } from '../../errors.js';
import { NO_CREDENTIALS, type CredentialValues } from '../credentials.js';

/** An account's secret values: stored only encrypted, bound to the account id. */
export class AccountSecrets {
  constructor(private readonly cipher: CredentialCipher) {}

  /** The ciphertext for `credentials_ciphertext`; null when there is no secret to keep. */
  seal(accountId: string, values: CredentialValues): string | null {
    return Object.keys(values.secrets).length === 0 ? null : this.cipher.encrypt(JSON.stringify(values.secrets), accountId);
  }

  /** The account's setup fields and decrypted secrets (the hub's redacted view, the credentials endpoint, merges). */
  open(account: AccountRow): CredentialValues {
    const setup = parseStringRecord(account.setup_information);
    if (!account.credentials_ciphertext) return { ...NO_CREDENTIALS, setup };
    let plaintext: string;
    try {
      plaintext = this.cipher.decrypt(account.credentials_ciphertext, account.id);
    } catch {
      // Almost always an operator change of CONNECT_HUB_SECRET_KEY or a lost secret.key.
      throw new ApiError('internal', `Stored credentials of account ${account.id} cannot be decrypted: was the server's secret key changed?`);
    }
    return { setup, secrets: parseStringRecord(plaintext) };
  }
}
