import type { AppConfig } from './config.js';
import type { Db } from './db/database.js';
import type { Telemetry } from './observability/telemetry.js';
import type { Resolve } from './outbound/guarded-client.js';

/** Structured values a line carries besides its message (pino fields); never credentials or end-user data. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/**
 * One line per call: a message written for people, plus fields for machines. The server's is pino
 * (observability/logger.ts: JSON lines with time, level and the request id); tests inject capturing ones.
 */
export interface Logger {
  info(line: string, fields?: LogFields): void;
  error(line: string, fields?: LogFields): void;
}

/** Everything the app needs from outside; tests swap any of them (STYLE.md §14). */
export interface AppDeps {
  config: AppConfig;
  db: Db;
  clock: () => Date;
  /**
   * Sends what the guarded outbound client let through (provider calls, webhooks); default: a connection
   * pinned to the checked address. Tests put a recording or simulated provider here.
   */
  fetch?: typeof globalThis.fetch | undefined;
  /** Host name → addresses for the guarded outbound client; default: the system resolver. */
  resolve?: Resolve | undefined;
  logger: Logger;
  /** The 32-byte credential encryption key. */
  secretKey: Buffer;
  /** In [0, 1) (webhook retry jitter); default Math.random. */
  random?: () => number;
  /** Operator events counted by `/metrics`; default: none. */
  telemetry?: Telemetry | undefined;
}
