import type { Db } from '../db/database.js';
import { deleteSessionsExpiredBefore } from '../db/stores/connect-sessions.js';
import type { Logger } from '../deps.js';

const DAY_MS = 86_400_000;
const SWEEP_EVERY_MS = 3_600_000;

export interface SessionSweeperDeps {
  db: Db;
  clock: () => Date;
  logger: Logger;
  /** How long an expired session (and its connection attempts, with their PKCE verifiers) is kept. */
  retentionDays: number;
}

/**
 * Deletes connect sessions that expired more than `retentionDays` ago, at start and then hourly, so a
 * long-running server does not keep every auth link and OAuth attempt it ever made. Accounts never point
 * at sessions, so nothing a host reads goes with them.
 */
export class SessionSweeper {
  readonly #deps: SessionSweeperDeps;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(deps: SessionSweeperDeps) {
    this.#deps = deps;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.#timer.unref();
    void this.sweep();
  }

  /** One sweep; resolves with how many sessions went. A failure is logged, never thrown at the server. */
  sweep(): Promise<number> {
    return (this.#running ??= this.#sweepOnce().finally(() => {
      this.#running = undefined;
    }));
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
  }

  async #sweepOnce(): Promise<number> {
    const { db, clock, logger, retentionDays } = this.#deps;
    const cutoff = new Date(clock().getTime() - retentionDays * DAY_MS).toISOString();
    try {
      const deleted = await deleteSessionsExpiredBefore(db, cutoff);
      if (deleted > 0) logger.info(`housekeeping: deleted ${deleted} connect session(s) expired before ${cutoff}`);
      return deleted;
    } catch (error) {
      logger.error(`housekeeping: the session sweep failed: ${(error as Error).message}`);
      return 0;
    }
  }
}
