import type { Context } from 'hono';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Db } from '../../db/database.js';
import { sharedCountClient } from '../../db/stores/rate-limits.js';
import type { Logger } from '../../deps.js';
import { ApiError } from '../../errors.js';
import { NO_TELEMETRY, type Telemetry } from '../../observability/telemetry.js';
import { addressKey, clientAddress } from './client-address.js';
import type { RateLimitRule, RateLimitSettings, TrustProxy } from './settings.js';

export type RateLimitKind = keyof RateLimitSettings;

/** The shared table of counts on PostgreSQL, created in the server's schema (its `search_path`) on first start. */
export const RATE_LIMIT_TABLE = 'connect_hub_rate_limits';

const WHAT_WAS_LIMITED: Record<RateLimitKind, string> = {
  apiKeyFailures: 'Too many requests with an unknown API key from this address',
  sessionFailures: 'Too many requests with an unknown or expired connect session token from this address',
  submits: 'Too many credential submissions for this connect session',
  renewals: 'Too many requests for a new link for this connect session',
};

/** The `limit` label of `/metrics` (telemetry.ts). */
const LIMIT_NAMES: Record<RateLimitKind, string> = { apiKeyFailures: 'api_key', sessionFailures: 'session_token', submits: 'credential_submit', renewals: 'link_renewal' };

interface Limiter {
  rule: RateLimitRule;
  limiter: RateLimiterAbstract;
}

/**
 * Brute-force brakes (issue 11 §4), on rate-limiter-flexible: counts live in memory on SQLite (one server)
 * and in one PostgreSQL table when the server runs on PostgreSQL, so every server behind a load balancer
 * sees the same counts. Failure limits count failures only: a request from an address over its limit is
 * refused before its key or token is even looked at, so a correct guess is no different from a wrong one.
 */
export class RateLimits {
  readonly #limiters: Partial<Record<RateLimitKind, Limiter>> = {};
  /** Resolves once the PostgreSQL table exists; every count waits for it. */
  readonly #ready: Promise<void>;

  constructor(
    db: Db,
    settings: RateLimitSettings,
    readonly trustProxy: TrustProxy,
    logger: Logger,
    readonly telemetry: Telemetry = NO_TELEMETRY,
  ) {
    const kinds = (Object.keys(settings) as RateLimitKind[]).filter((kind) => settings[kind]);
    const storeClient = sharedCountClient(db);
    if (!storeClient || kinds.length === 0) {
      for (const kind of kinds) {
        const rule = settings[kind]!;
        this.#limiters[kind] = { rule, limiter: new RateLimiterMemory({ keyPrefix: kind, points: rule.points, duration: rule.seconds }) };
      }
      this.#ready = Promise.resolve();
      return;
    }
    const created = new Promise<void>((resolve, reject) => {
      // The first limiter creates the table (CREATE TABLE IF NOT EXISTS, unqualified: the current schema)
      // and deletes rows expired an hour ago every 5 minutes; the others share both.
      kinds.forEach((kind, index) => {
        const rule = settings[kind]!;
        const options = {
          storeClient,
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          keyPrefix: kind,
          points: rule.points,
          duration: rule.seconds,
          tableCreated: index > 0,
          clearExpiredByTimeout: index === 0,
        };
        const limiter = index === 0 ? new RateLimiterPostgres(options, (error?: unknown) => (error ? reject(error) : resolve())) : new RateLimiterPostgres(options);
        this.#limiters[kind] = { rule, limiter };
      });
    });
    this.#ready = created;
    created.catch((error: unknown) => logger.error(`rate limits: cannot create table ${RATE_LIMIT_TABLE}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`));
  }

  /** Resolves when the counts can be kept (the PostgreSQL table exists); rejects when it cannot be made. */
  ready(): Promise<void> {
    return this.#ready;
  }

  isOn(kind: RateLimitKind): boolean {
    return this.#limiters[kind] !== undefined;
  }

  /** The key a per-address limit counts this request under. */
  addressOf(c: Context): string {
    return addressKey(clientAddress(c, this.trustProxy));
  }

  /** 429 when `key` already used up `kind`'s failures in the current window. */
  async refuseIfOver(c: Context, kind: RateLimitKind, key: string): Promise<void> {
    const entry = this.#limiters[kind];
    if (!entry) return;
    await this.#ready;
    const state = await entry.limiter.get(key);
    if (state && state.consumedPoints >= entry.rule.points) throw this.#refusal(c, kind, state.msBeforeNext);
  }

  /** Counts one failure (an unknown key, an unknown or expired token) against `key`. */
  async recordFailure(kind: RateLimitKind, key: string): Promise<void> {
    const entry = this.#limiters[kind];
    if (!entry) return;
    await this.#ready;
    await entry.limiter.penalty(key, 1);
  }

  /** Counts one attempt against `key`; 429 once the window's points are used up. */
  async consume(c: Context, kind: RateLimitKind, key: string): Promise<void> {
    const entry = this.#limiters[kind];
    if (!entry) return;
    await this.#ready;
    try {
      await entry.limiter.consume(key, 1);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw this.#refusal(c, kind, error.msBeforeNext);
      throw error;
    }
  }

  #refusal(c: Context, kind: RateLimitKind, msBeforeNext: number): ApiError {
    this.telemetry.rateLimited(LIMIT_NAMES[kind]);
    return refusal(c, kind, msBeforeNext);
  }
}

/** The 429 in the project's error shape; `Retry-After` (whole seconds, at least 1) rides on the context. */
function refusal(c: Context, kind: RateLimitKind, msBeforeNext: number): ApiError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  c.header('retry-after', String(seconds));
  return new ApiError('rate_limited', `${WHAT_WAS_LIMITED[kind]}: try again in ${seconds} s`);
}
