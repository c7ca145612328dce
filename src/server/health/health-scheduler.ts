import type { Db } from '../db/database.js';
import type { AccountHealthRow, AccountRow } from '../db/schema.js';
import { findAccount } from '../db/stores/accounts.js';
import * as health from '../db/stores/account-health.js';
import { findOAuthTokens } from '../db/stores/oauth-tokens.js';
import type { Logger } from '../deps.js';
import { REFRESH_MARGIN_SECONDS } from '../oauth/account-credentials.js';
import type { AccountHealthWrites } from '../services/accounts/health-writes.js';
import type { AccountChecks, CheckOutcome } from './account-checks.js';

const HOUR_MS = 3_600_000;

export interface HealthSettings {
  /** How often stored API keys are re-verified. Default: daily. */
  intervalMs: number;
  /** Each interval is stretched or shrunk by up to this fraction at random, so checks spread out. Default 0.1. */
  jitter: number;
  /** After no definite answer (timeout, 5xx), the next try comes this soon. Default: an hour. */
  retryMs: number;
  /** Checks in flight per provider at once (a provider's rate limit is per provider). Default 2. */
  perProviderConcurrency: number;
  /** How often the scheduler looks for due checks. Default: every 15 s. */
  tickMs: number;
  /** Due checks one run takes at most. */
  batchSize: number;
  /** A check claimed by a server that died is taken again after this long. */
  leaseMs: number;
}

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  intervalMs: 24 * HOUR_MS,
  jitter: 0.1,
  retryMs: HOUR_MS,
  perProviderConcurrency: 2,
  tickMs: 15_000,
  batchSize: 200,
  leaseMs: 10 * 60_000,
};

export interface HealthRunSummary {
  scheduled: number;
  checked: number;
  ok: number;
  refreshed: number;
  invalidated: number;
  recovered: number;
  unreachable: number;
  skipped: number;
}

export interface HealthSchedulerDeps {
  db: Db;
  clock: () => Date;
  random: () => number;
  logger: Logger;
  checks: AccountChecks;
  health: AccountHealthWrites;
  settings?: Partial<HealthSettings>;
}

/**
 * Accounts that heal (issue 17 §3). Stored API keys are re-verified with the connector's own verify request
 * (daily, jittered), OAuth tokens are refreshed shortly before they expire, at most a few checks per provider
 * at a time, every call through the guarded outbound client. A definite refusal (a key answered 401/403, a
 * refresh refused) makes the account `invalid` with the reason and `first_failed_at`, and account.updated says
 * so; the next check or refresh that passes, or the end user's re-auth, makes it `active` again. A provider that
 * cannot be reached (timeout, network, 5xx) changes nothing.
 *
 * Started by the server like the session sweeper; time comes from the injected clock, so tests move it and
 * call `runDue()`. Several servers share the work: each check is claimed with a lease in `account_health`.
 */
export class HealthScheduler {
  readonly settings: HealthSettings;
  #timer: NodeJS.Timeout | undefined;
  /** The run in flight or queued last: runs never overlap, and one asked for now starts after it (never shares it). */
  #last: Promise<unknown> = Promise.resolve();
  #busy = 0;

  constructor(private readonly deps: HealthSchedulerDeps) {
    this.settings = { ...DEFAULT_HEALTH_SETTINGS, ...deps.settings };
  }

  start(): void {
    if (this.#timer) return;
    // A tick while a run is still going is skipped, not queued.
    this.#timer = setInterval(() => {
      if (this.#busy === 0) void this.runDue();
    }, this.settings.tickMs);
    this.#timer.unref();
    void this.runDue();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#last;
  }

  /**
   * One run, after any run in flight: schedules new accounts, then checks every one due by the clock now. A
   * failure is logged, never thrown at the server.
   */
  runDue(): Promise<HealthRunSummary> {
    this.#busy += 1;
    const run = this.#last.then(() => this.#run()).finally(() => {
      this.#busy -= 1;
    });
    this.#last = run;
    return run;
  }

  async #run(): Promise<HealthRunSummary> {
    const summary: HealthRunSummary = { scheduled: 0, checked: 0, ok: 0, refreshed: 0, invalidated: 0, recovered: 0, unreachable: 0, skipped: 0 };
    try {
      summary.scheduled = await this.#scheduleNew();
      const now = this.deps.clock();
      const due = await health.dueHealthRows(this.deps.db, now.toISOString(), this.settings.batchSize);
      const leaseUntil = new Date(now.getTime() + this.settings.leaseMs).toISOString();
      const claimed: AccountHealthRow[] = [];
      for (const row of due) if (await health.claimHealthRow(this.deps.db, row, leaseUntil)) claimed.push(row);
      const byProvider = new Map<string, AccountHealthRow[]>();
      for (const row of claimed) byProvider.set(row.provider, [...(byProvider.get(row.provider) ?? []), row]);
      await Promise.all([...byProvider.values()].map((rows) => this.#checkAll(rows, summary)));
    } catch (error) {
      this.deps.logger.error(`health: the check run failed: ${(error as Error).message}`);
    }
    return summary;
  }

  /** One provider's due checks, `perProviderConcurrency` at a time. */
  async #checkAll(rows: AccountHealthRow[], summary: HealthRunSummary): Promise<void> {
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) await this.#checkOne(row, summary);
    };
    await Promise.all(Array.from({ length: Math.min(this.settings.perProviderConcurrency, queue.length) }, worker));
  }

  async #checkOne(row: AccountHealthRow, summary: HealthRunSummary): Promise<void> {
    const { db, clock, logger } = this.deps;
    try {
      const account = await findAccount(db, row.project_id, row.account_id);
      if (!account) {
        await health.deleteOrphanHealthRows(db);
        return;
      }
      const outcome = await this.deps.checks.check(account);
      summary.checked += 1;
      const changed = await this.#apply(account, outcome);
      if (changed === 'invalidated') summary.invalidated += 1;
      if (changed === 'recovered') summary.recovered += 1;
      if (outcome.kind === 'ok' || outcome.kind === 'refreshed' || outcome.kind === 'unreachable' || outcome.kind === 'skipped') summary[outcome.kind] += 1;
      const now = clock();
      await health.recordHealthCheck(db, account.id, {
        next_check_at: (await this.#nextCheck(account, outcome, now)).toISOString(),
        checked_at: now.toISOString(),
        outcome: outcome.kind,
        detail: 'description' in outcome ? outcome.description : null,
      });
    } catch (error) {
      // The lease runs out and the check is taken again later.
      logger.error(`health: the check of account ${row.account_id} (${row.provider}) failed: ${(error as Error).message}`);
    }
  }

  /**
   * The account's status after the check, through the one path every verdict on stored credentials takes
   * (AccountHealthWrites: the change and its account.updated in one transaction). An OAuth refresh, refused or
   * done, already went through it inside the credentials path: here it is only counted.
   */
  async #apply(account: AccountRow, outcome: CheckOutcome): Promise<'invalidated' | 'recovered' | undefined> {
    const { health: writes, logger } = this.deps;
    const where = { account_id: account.id, provider: account.provider };
    if (outcome.kind === 'refreshed' || (outcome.kind === 'rejected' && outcome.statusSetByRefresh)) {
      const now = await findAccount(this.deps.db, account.project_id, account.id);
      if (account.status !== 'invalid' && now?.status === 'invalid') return 'invalidated';
      if (account.status === 'invalid' && now?.status === 'active') return 'recovered';
      return undefined;
    }
    if (outcome.kind === 'rejected') {
      if (!(await writes.invalidate(account, { code: outcome.code, description: outcome.description }))) return undefined;
      logger.info(`health: account ${account.id} (${account.provider}) is invalid: ${outcome.description}`, where);
      return 'invalidated';
    }
    if (outcome.kind === 'ok' && account.status === 'invalid') {
      if (!(await writes.recover(account))) return undefined;
      logger.info(`health: account ${account.id} (${account.provider}) works again`, where);
      return 'recovered';
    }
    return undefined;
  }

  /** API keys: the interval, jittered (sooner after no definite answer). OAuth: just before the token's refresh is due. */
  async #nextCheck(account: AccountRow, outcome: CheckOutcome, now: Date): Promise<Date> {
    if (outcome.kind === 'unreachable') return new Date(now.getTime() + this.#jittered(this.settings.retryMs));
    const expiresAt = outcome.kind === 'ok' || outcome.kind === 'refreshed' ? outcome.expiresAt : undefined;
    if (expiresAt) return this.#refreshTime(Date.parse(expiresAt), now);
    return new Date(now.getTime() + this.#jittered(this.settings.intervalMs));
  }

  /**
   * Inside the credentials path's refresh window (the last REFRESH_MARGIN_SECONDS before expiry), halfway in,
   * a few seconds of jitter earlier; when that moment has passed without a refresh, halfway to the expiry.
   */
  #refreshTime(expiresAt: number, now: Date): Date {
    const target = expiresAt - (REFRESH_MARGIN_SECONDS * 1000) / 2 - this.deps.random() * 5_000;
    if (target > now.getTime()) return new Date(Math.min(target, now.getTime() + this.#jittered(this.settings.intervalMs)));
    return new Date(now.getTime() + Math.max(1_000, (expiresAt - now.getTime()) / 2));
  }

  #jittered(ms: number): number {
    return Math.round(ms * (1 - this.settings.jitter + 2 * this.settings.jitter * this.deps.random()));
  }

  /** Accounts without a schedule get one: API keys an interval after they were linked, OAuth at their refresh time. */
  async #scheduleNew(): Promise<number> {
    const { db, clock } = this.deps;
    const fresh = await health.accountsWithoutHealth(db, 500);
    const now = clock();
    const rows = await Promise.all(
      fresh.map(async (account) => {
        const tokens = await findOAuthTokens(db, account.id);
        const next = tokens?.expires_at
          ? this.#refreshTime(Date.parse(tokens.expires_at), now)
          : new Date(Math.max(now.getTime(), Date.parse(account.created_at) + this.#jittered(this.settings.intervalMs)));
        return { account_id: account.id, project_id: account.project_id, provider: account.provider, next_check_at: next.toISOString() };
      }),
    );
    await health.insertHealthRows(db, rows);
    return rows.length;
  }
}
