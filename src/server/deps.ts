import type { AppConfig } from './config.js';
import type { Db } from './db/database.js';

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
  /** Sends provider verify requests; tests may point it anywhere. */
  fetch: typeof globalThis.fetch;
  logger: Logger;
  /** The 32-byte credential encryption key. */
  secretKey: Buffer;
  /** In [0, 1) (webhook retry jitter); default Math.random. */
  random?: () => number;
}
