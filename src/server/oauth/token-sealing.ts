import type { CredentialCipher } from '../crypto/index.js';
import type { OAuthTokensRow } from '../db/schema.js';
import { ApiError } from '../errors.js';
import type { TokenSet } from './token-client.js';

/** An account's OAuth tokens: only ever stored encrypted, bound to the account id. */
export class TokenSealing {
  constructor(private readonly cipher: CredentialCipher) {}

  seal(accountId: string, tokens: TokenSet, now: string): OAuthTokensRow {
    return {
      account_id: accountId,
      tokens_ciphertext: this.cipher.encrypt(
        JSON.stringify({ access_token: tokens.access_token, refresh_token: tokens.refresh_token, token_type: tokens.token_type }),
        tokensContext(accountId),
      ),
      scope: tokens.scope,
      expires_at: tokens.expires_at,
      updated_at: now,
    };
  }

  open(row: OAuthTokensRow): TokenSet {
    let secrets: { access_token?: unknown; refresh_token?: unknown; token_type?: unknown };
    try {
      secrets = JSON.parse(this.cipher.decrypt(row.tokens_ciphertext, tokensContext(row.account_id))) as typeof secrets;
    } catch {
      throw new ApiError('internal', `The OAuth tokens of account ${row.account_id} cannot be decrypted: was the server's secret key changed?`);
    }
    return {
      access_token: String(secrets.access_token ?? ''),
      refresh_token: typeof secrets.refresh_token === 'string' ? secrets.refresh_token : null,
      token_type: typeof secrets.token_type === 'string' ? secrets.token_type : 'Bearer',
      expires_at: row.expires_at,
      scope: row.scope,
    };
  }

  /** A sign-in's PKCE verifier, bound to its connection attempt. */
  sealVerifier(attemptId: string, verifier: string): string {
    return this.cipher.encrypt(verifier, verifierContext(attemptId));
  }

  openVerifier(attemptId: string, ciphertext: string): string {
    return this.cipher.decrypt(ciphertext, verifierContext(attemptId));
  }

  /** A sign-in's secret field values (an end-user OAuth client's secret), bound to its connection attempt. */
  sealAttemptSecrets(attemptId: string, secrets: Record<string, string>): string {
    return this.cipher.encrypt(JSON.stringify(secrets), `attempt-secrets:${attemptId}`);
  }

  openAttemptSecrets(attemptId: string, ciphertext: string | null): Record<string, string> {
    if (!ciphertext) return {};
    const parsed = JSON.parse(this.cipher.decrypt(ciphertext, `attempt-secrets:${attemptId}`)) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
}

function tokensContext(accountId: string): string {
  return `oauth-tokens:${accountId}`;
}

function verifierContext(attemptId: string): string {
  return `attempt:${attemptId}`;
}
