import { randomBytes } from 'node:crypto';
import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8, SignJWT, type JWK } from 'jose';
import type { HubSession } from '../context.js';
import type { CredentialCipher } from '../crypto/index.js';
import { takeTurns, type Db } from '../db/database.js';
import { findAccount } from '../db/stores/accounts.js';
import * as keys from '../db/stores/result-signing-keys.js';
import type { ResultSigningKeyRow } from '../db/schema.js';

/** EdDSA over Ed25519 (RFC 8037): small keys and signatures, every JOSE library verifies it. */
export const RESULT_TOKEN_ALG = 'EdDSA';
/** A result token lives 5 minutes: long enough to reach the host's backend, too short to be worth stealing. */
export const RESULT_TOKEN_TTL_SECONDS = 300;
/** A retired key stays published this long after its last token's expiry (verifiers' clock skew and JWKS caches). */
const PUBLISH_GRACE_SECONDS = 60;
export const JWKS_PATH = '/.well-known/jwks.json';

/** What a result token says: the account the end user just connected, in the session it came through. */
export interface ResultClaims {
  projectId: string;
  accountId: string;
  provider: string;
  originOwnerId: string;
  sessionId: number;
}

export interface ResultTokensDeps {
  db: Db;
  clock: () => Date;
  cipher: CredentialCipher;
  /** `iss` of every token: this server's public URL. */
  issuer: string;
}

export interface RotatedKey {
  kid: string;
  created_at: string;
  /** The keys replaced, and until when they stay published. */
  retired: number;
  previous_published_until: string;
}

/**
 * `result_token` (issue 17 §4): a compact JWS the hub hands to the host page on success, which the host's
 * backend verifies against `/.well-known/jwks.json` instead of trusting what a browser said. Each project
 * signs with its own Ed25519 key, made on first use; the private half is kept only encrypted (the server's
 * CredentialCipher, bound to the key id). Rotation makes a new key and keeps publishing the old one until
 * every token it signed has expired.
 */
export class ResultTokens {
  /** Decrypted private keys by kid: a kid's key never changes, so the cache needs no invalidation. */
  readonly #privateKeys = new Map<string, Promise<CryptoKey>>();

  constructor(private readonly deps: ResultTokensDeps) {}

  /** The one place a result token is made: POST /hub/accounts, the edit-mode PATCH, the OAuth completion, the hand-off. */
  async mint(claims: ResultClaims): Promise<string> {
    const key = (await keys.findCurrentSigningKey(this.deps.db, claims.projectId)) ?? (await this.#createFirstKey(claims.projectId));
    const iat = Math.floor(this.deps.clock().getTime() / 1000);
    return new SignJWT({
      account_id: claims.accountId,
      provider: claims.provider,
      origin_owner_id: claims.originOwnerId,
      session_id: claims.sessionId,
    })
      .setProtectedHeader({ alg: RESULT_TOKEN_ALG, kid: key.kid, typ: 'JWT' })
      .setIssuer(this.deps.issuer)
      .setAudience(claims.projectId)
      .setSubject(claims.accountId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + RESULT_TOKEN_TTL_SECONDS)
      .setJti(randomBytes(12).toString('base64url'))
      .sign(await this.#privateKey(key));
  }

  /** The token for an account a connect session just linked or updated (what every success path calls). */
  forSession(hub: HubSession, account: { id: string; provider: string }): Promise<string> {
    return this.mint({
      projectId: hub.project.id,
      accountId: account.id,
      provider: account.provider,
      originOwnerId: hub.session.origin_owner_id,
      sessionId: hub.session.id,
    });
  }

  /** As `forSession`, for an account known by id only (an OAuth attempt's result); undefined if it is gone. */
  async forSessionAccount(hub: HubSession, accountId: string): Promise<string | undefined> {
    const account = await findAccount(this.deps.db, hub.project.id, accountId);
    return account ? this.forSession(hub, account) : undefined;
  }

  /** `GET /.well-known/jwks.json`: every project's current key and the retired ones whose tokens may still live. */
  async jwks(projectId?: string): Promise<{ keys: JWK[] }> {
    const rows = await keys.publishedSigningKeys(this.deps.db, this.deps.clock().toISOString(), projectId);
    return { keys: rows.map((row) => JSON.parse(row.public_jwk) as JWK) };
  }

  /** A new signing key for the project; the old one signs no more and is published until its tokens have expired. */
  async rotate(projectId: string): Promise<RotatedKey> {
    const now = this.deps.clock();
    const publishUntil = new Date(now.getTime() + (RESULT_TOKEN_TTL_SECONDS + PUBLISH_GRACE_SECONDS) * 1000).toISOString();
    const row = await this.#newKeyRow(projectId, now.toISOString());
    const retired = await this.deps.db.transaction().execute(async (trx) => {
      await takeTurns(trx, `result-signing-key:${projectId}`);
      await keys.insertSigningKey(trx, row);
      const count = await keys.retireSigningKeys(trx, projectId, row.kid, now.toISOString(), publishUntil);
      await keys.deleteUnpublishedSigningKeys(trx, now.toISOString());
      return count;
    });
    return { kid: row.kid, created_at: row.created_at, retired, previous_published_until: publishUntil };
  }

  async #createFirstKey(projectId: string): Promise<ResultSigningKeyRow> {
    const row = await this.#newKeyRow(projectId, this.deps.clock().toISOString());
    // Two servers minting a project's first token at once make one key, not two.
    return this.deps.db.transaction().execute(async (trx) => {
      await takeTurns(trx, `result-signing-key:${projectId}`);
      const existing = await keys.findCurrentSigningKey(trx, projectId);
      if (existing) return existing;
      await keys.insertSigningKey(trx, row);
      return row;
    });
  }

  async #newKeyRow(projectId: string, now: string): Promise<ResultSigningKeyRow> {
    const { publicKey, privateKey } = await generateKeyPair(RESULT_TOKEN_ALG, { crv: 'Ed25519', extractable: true });
    const kid = `rk_${randomBytes(12).toString('base64url')}`;
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: RESULT_TOKEN_ALG, use: 'sig' };
    return {
      kid,
      project_id: projectId,
      alg: RESULT_TOKEN_ALG,
      public_jwk: JSON.stringify(jwk),
      private_key_ciphertext: this.deps.cipher.encrypt(await exportPKCS8(privateKey), `result-signing-key:${kid}`),
      created_at: now,
      retired_at: null,
      publish_until: null,
    };
  }

  #privateKey(row: ResultSigningKeyRow): Promise<CryptoKey> {
    let key = this.#privateKeys.get(row.kid);
    if (!key) {
      const pem = this.deps.cipher.decrypt(row.private_key_ciphertext, `result-signing-key:${row.kid}`);
      key = importPKCS8(pem, RESULT_TOKEN_ALG);
      this.#privateKeys.set(row.kid, key);
    }
    return key;
  }
}
