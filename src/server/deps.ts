import type { AppConfig } from './config.js';
import type { Db } from './db/database.js';
import type { Telemetry } from './observability/telemetry.js';
import type { Resolve } from './outbound/guarded-client.js';

export interface Logger {
  info(line: string): void;
  error(line: string): void;
}

export const consoleLogger: Logger = {
  info: (line) => console.log(line),
  error: (line) => console.error(line),
};

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
