import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS, parseRateLimitRule, parseTrustProxy, type RateLimitSettings, type TrustProxy } from './http/rate-limit/settings.js';
import { DEFAULT_WEBHOOK_SETTINGS, parseRetrySchedule, type WebhookSettings } from './webhooks/settings.js';
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from './observability/logger.js';
import type { HealthSettings } from './health/health-scheduler.js';

z.config(en());

/**
 * The folder holding `dist/app` (the built hub page, dashboard, demo) and `dist/lib` (the SDK bundles), found from
 * this file: `src/server/config.ts` in the repository (its root holds `dist/`), or
 * `dist/server/config.js` in the published server package (the package root holds the copied `dist/app`).
 */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const DAY_SECONDS = 86_400;
export const DEFAULT_SESSION_RETENTION_DAYS = 30;

const Port = z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535));
const PositiveInt = z.coerce.number().check(z.int(), z.positive());
const OptionalText = z.optional(z.string().check(z.trim(), z.minLength(1)));

const ConfigInput = z.object({
  PORT: z._default(Port, 8787),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  CONNECT_HUB_DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  CONNECT_HUB_DATABASE_POOL_SIZE: z._default(PositiveInt, 10),
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\/\S+$/, 'expected a postgres:// or postgresql:// URL'))),
  CONNECT_HUB_API_KEY: OptionalText,
  PUBLIC_URL: z.optional(z.url()),
  CONNECT_HUB_RATE_LIMITS: z.optional(z.enum(['on', 'off'])),
  CONNECT_HUB_RATE_LIMIT_API_KEY_FAILURES: OptionalText,
  CONNECT_HUB_RATE_LIMIT_SESSION_FAILURES: OptionalText,
  CONNECT_HUB_RATE_LIMIT_SUBMITS: OptionalText,
  CONNECT_HUB_TRUST_PROXY: OptionalText,
  CONNECT_HUB_SECRET_KEY: OptionalText,
  CONNECT_HUB_MAX_SESSION_SECONDS: z._default(PositiveInt, 90 * DAY_SECONDS),
  CONNECT_HUB_VERIFY_TIMEOUT_MS: z._default(PositiveInt, 10_000),
  CONNECT_HUB_BODY_LIMIT_BYTES: z._default(PositiveInt, 100 * 1024),
  CONNECT_HUB_DIST_DIR: OptionalText,
  CONNECT_HUB_SANDBOX_OAUTH_URL: z.optional(z.url()),
  CONNECT_HUB_OAUTH_CLIENTS_FILE: OptionalText,
  CONNECT_HUB_WEBHOOK_TIMEOUT_MS: z._default(PositiveInt, DEFAULT_WEBHOOK_SETTINGS.timeoutMs),
  CONNECT_HUB_WEBHOOK_RETRY_SCHEDULE: OptionalText,
  CONNECT_HUB_WEBHOOK_CONCURRENCY: z._default(PositiveInt, DEFAULT_WEBHOOK_SETTINGS.concurrency),
  CONNECT_HUB_WEBHOOK_ENDPOINT_CONCURRENCY: z._default(PositiveInt, DEFAULT_WEBHOOK_SETTINGS.endpointConcurrency),
  CONNECT_HUB_WEBHOOK_POLL_MS: z._default(PositiveInt, DEFAULT_WEBHOOK_SETTINGS.pollIntervalMs),
  CONNECT_HUB_WEBHOOK_DISPATCHER: z.optional(z.enum(['on', 'off'])),
  CONNECT_HUB_DEMO: z.optional(z.enum(['on', 'off'])),
  CONNECT_HUB_SANDBOX: z.optional(z.enum(['on', 'off'])),
  CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE: z.optional(z.enum(['on', 'off'])),
  CONNECT_HUB_SESSION_RETENTION_DAYS: z._default(PositiveInt, DEFAULT_SESSION_RETENTION_DAYS),
  CONNECT_HUB_HEALTH_CHECK_HOURS: z._default(PositiveInt, 24),
  CONNECT_HUB_LOG_LEVEL: z._default(z.enum(LOG_LEVELS), 'info'),
  CONNECT_HUB_LOG_FORMAT: z._default(z.enum(LOG_FORMATS), 'auto'),
  CONNECT_HUB_METRICS_TOKEN: z.optional(
    z.string().check(z.regex(/^[\x21-\x7e]{16,}$/, 'expected at least 16 printable characters without spaces (e.g. openssl rand -hex 24)')),
  ),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** `postgres://…`: store everything in PostgreSQL instead of the SQLite file in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PostgreSQL connections each server keeps at most (SQLite has one). */
  databasePoolSize?: number;
  /** When set, it is the default project's API key (at least {@link MIN_PINNED_API_KEY_LENGTH} characters). */
  apiKey: string | undefined;
  /** Brute-force limits (`null` turns one off); default {@link DEFAULT_RATE_LIMITS}. */
  rateLimits?: RateLimitSettings;
  /** Which `X-Forwarded-For` entries name the client; default: none (the socket's peer). */
  trustProxy?: TrustProxy;
  /** `undefined` = `http://localhost:<port>`, known once the server listens (port 0 picks one). */
  publicUrl: string | undefined;
  /** The 32-byte key as given (base64 or hex); `undefined` = generated once into the data dir. */
  secretKey: string | undefined;
  maxSessionSeconds: number;
  verifyTimeoutMs: number;
  /** How often a hand-off's live view reads its row (ms; tests shorten it). */
  handoffPollMs?: number | undefined;
  bodyLimitBytes: number;
  /** Vite app build (index.html + assets/); the embeddable bundles are its sibling `lib/`. */
  distDir: string;
  /**
   * An OAuth provider elsewhere for `sandbox_crm` (`{{$sandbox_oauth_url}}`); unset, this server's own
   * `/sandbox/oauth` is used (see src/sandbox/oauth.ts).
   */
  sandboxOAuthUrl?: string | undefined;
  /**
   * The sandbox: the pretend providers under `/sandbox` and the sandbox connectors of the catalog. By default on
   * only where the demo is on (loopback bind and loopback public URL): a development machine.
   */
  sandbox?: boolean;
  /** JSON `{"<provider>": {client_id, client_secret, scopes?}}` applied to the default project at boot. */
  oauthClientsFile?: string | undefined;
  /** Webhook sending: timeout, retry schedule, concurrency. */
  webhooks: WebhookSettings;
  /** Accounts that heal: how often stored keys are re-verified (CONNECT_HUB_HEALTH_CHECK_HOURS, default 24), jitter, limits. */
  health?: Partial<HealthSettings> | undefined;
  /**
   * The demo host backend at /demo/api: it mints sessions for the default project without a key, so by
   * default it is on only when the server is bound to loopback and its public URL is a loopback one.
   */
  demo?: boolean;
  /**
   * Webhook receivers on loopback or private addresses (and plain http there) are delivered to. Off unless
   * set, or the demo is on (its receiver listens on loopback).
   */
  webhookAllowPrivate?: boolean;
  /** Expired connect sessions (and their OAuth attempts) are deleted this many days after expiry. */
  sessionRetentionDays?: number;
  /** `info` (default): a line per request and per notable event; `error`: failures only; `silent`. */
  logLevel?: LogLevel;
  /** `auto` (default): readable lines on a terminal, JSON lines otherwise. */
  logFormat?: LogFormat;
  /**
   * `GET /metrics` answers only with `Authorization: Bearer <token>`. Unset, it answers only on a development
   * machine (loopback bind and loopback public URL, the demo's rule) and is 404 anywhere else.
   */
  metricsToken?: string | undefined;
  /** Whether `/metrics` is served without a token (decided from the bind and public URL when unset). */
  metricsOpen?: boolean;
}

export type ConfigOverrides = Partial<ServerConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once, at boot; overrides (CLI flags, tests) win over it. */
export function readConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: ConfigOverrides = {},
): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ConfigInput.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`invalid configuration: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const input = parsed.data;
  const config: ServerConfig = {
    port: input.PORT,
    host: input.HOST,
    dataDir: path.resolve(input.CONNECT_HUB_DATA_DIR),
    databaseUrl: input.DATABASE_URL,
    databasePoolSize: input.CONNECT_HUB_DATABASE_POOL_SIZE,
    apiKey: input.CONNECT_HUB_API_KEY,
    rateLimits: rateLimitSettings(input),
    trustProxy: configValue('CONNECT_HUB_TRUST_PROXY', () => parseTrustProxy(input.CONNECT_HUB_TRUST_PROXY)),
    publicUrl: input.PUBLIC_URL?.replace(/\/+$/, ''),
    secretKey: input.CONNECT_HUB_SECRET_KEY,
    maxSessionSeconds: input.CONNECT_HUB_MAX_SESSION_SECONDS,
    verifyTimeoutMs: input.CONNECT_HUB_VERIFY_TIMEOUT_MS,
    bodyLimitBytes: input.CONNECT_HUB_BODY_LIMIT_BYTES,
    distDir: path.resolve(input.CONNECT_HUB_DIST_DIR ?? path.join(PACKAGE_ROOT, 'dist', 'app')),
    sandboxOAuthUrl: input.CONNECT_HUB_SANDBOX_OAUTH_URL?.replace(/\/+$/, ''),
    oauthClientsFile: input.CONNECT_HUB_OAUTH_CLIENTS_FILE ? path.resolve(input.CONNECT_HUB_OAUTH_CLIENTS_FILE) : undefined,
    sessionRetentionDays: input.CONNECT_HUB_SESSION_RETENTION_DAYS,
    health: { intervalMs: input.CONNECT_HUB_HEALTH_CHECK_HOURS * 3_600_000 },
    logLevel: input.CONNECT_HUB_LOG_LEVEL,
    logFormat: input.CONNECT_HUB_LOG_FORMAT,
    metricsToken: input.CONNECT_HUB_METRICS_TOKEN,
    demo: input.CONNECT_HUB_DEMO === undefined ? undefined : input.CONNECT_HUB_DEMO === 'on',
    sandbox: input.CONNECT_HUB_SANDBOX === undefined ? undefined : input.CONNECT_HUB_SANDBOX === 'on',
    webhookAllowPrivate: input.CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE === undefined ? undefined : input.CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE === 'on',
    webhooks: {
      ...DEFAULT_WEBHOOK_SETTINGS,
      timeoutMs: input.CONNECT_HUB_WEBHOOK_TIMEOUT_MS,
      retryScheduleMs: webhookRetrySchedule(input.CONNECT_HUB_WEBHOOK_RETRY_SCHEDULE),
      concurrency: input.CONNECT_HUB_WEBHOOK_CONCURRENCY,
      endpointConcurrency: input.CONNECT_HUB_WEBHOOK_ENDPOINT_CONCURRENCY,
      pollIntervalMs: input.CONNECT_HUB_WEBHOOK_POLL_MS,
      dispatch: input.CONNECT_HUB_WEBHOOK_DISPATCHER !== 'off',
    },
  };
  const merged = { ...config, ...definedOnly(overrides) };
  if (merged.apiKey !== undefined && merged.apiKey.length < MIN_PINNED_API_KEY_LENGTH) {
    throw new ConfigError(
      `invalid configuration: CONNECT_HUB_API_KEY: a pinned API key must be at least ${MIN_PINNED_API_KEY_LENGTH} characters (got ${merged.apiKey.length}); ` +
        'leave it unset to have one generated, or pin a long random one (e.g. chk_ + openssl rand -hex 24)',
    );
  }
  if (merged.publicUrl === undefined && merged.port !== 0) merged.publicUrl = `http://localhost:${merged.port}`;
  merged.dataDir = path.resolve(merged.dataDir);
  const loopbackOnly = isLoopbackHost(merged.host) && (merged.publicUrl === undefined || isLoopbackHost(new URL(merged.publicUrl).hostname));
  // Anyone who reaches /demo/api can link accounts under any owner id: never by default on a reachable server.
  merged.demo ??= loopbackOnly;
  merged.webhookAllowPrivate ??= merged.demo;
  // Pretend providers that accept a published password: on a reachable server only when CONNECT_HUB_SANDBOX=on.
  merged.sandbox ??= loopbackOnly;
  // A reverse proxy on the same host makes every request come from loopback: the rule is the bind and the
  // public URL, not the peer address.
  merged.metricsOpen ??= merged.metricsToken === undefined && loopbackOnly;
  return merged;
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** A pinned key is guessed over the network: shorter than this it is refused at start. */
export const MIN_PINNED_API_KEY_LENGTH = 32;

function rateLimitSettings(input: z.infer<typeof ConfigInput>): RateLimitSettings {
  if (input.CONNECT_HUB_RATE_LIMITS === 'off') return NO_RATE_LIMITS;
  const rule = (name: 'CONNECT_HUB_RATE_LIMIT_API_KEY_FAILURES' | 'CONNECT_HUB_RATE_LIMIT_SESSION_FAILURES' | 'CONNECT_HUB_RATE_LIMIT_SUBMITS', fallback: RateLimitSettings[keyof RateLimitSettings]) => {
    const text = input[name];
    return text === undefined ? fallback : configValue(name, () => parseRateLimitRule(text));
  };
  return {
    apiKeyFailures: rule('CONNECT_HUB_RATE_LIMIT_API_KEY_FAILURES', DEFAULT_RATE_LIMITS.apiKeyFailures),
    sessionFailures: rule('CONNECT_HUB_RATE_LIMIT_SESSION_FAILURES', DEFAULT_RATE_LIMITS.sessionFailures),
    submits: rule('CONNECT_HUB_RATE_LIMIT_SUBMITS', DEFAULT_RATE_LIMITS.submits),
    renewals: DEFAULT_RATE_LIMITS.renewals,
  };
}

function configValue<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new ConfigError(`invalid configuration: ${name}: ${(error as Error).message}`);
  }
}

function webhookRetrySchedule(text: string | undefined): number[] {
  if (text === undefined) return DEFAULT_WEBHOOK_SETTINGS.retryScheduleMs;
  try {
    return parseRetrySchedule(text);
  } catch (error) {
    throw new ConfigError(`invalid configuration: CONNECT_HUB_WEBHOOK_RETRY_SCHEDULE: ${(error as Error).message}`);
  }
}

function definedOnly(overrides: ConfigOverrides): ConfigOverrides {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}

/** The configuration once the server listens: both URLs are known. */
export interface AppConfig extends ServerConfig {
  publicUrl: string;
  /** Where this server reaches itself (sandbox providers are verified through it). */
  selfUrl: string;
}
