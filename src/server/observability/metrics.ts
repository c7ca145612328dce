import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/database.js';
import { readStoreGauges } from '../db/stores/metrics.js';
import type { RequestObserver } from '../http/request-log.js';
import type { DeliveryOutcome, Telemetry } from './telemetry.js';

/** Label values come from catalog keys and error codes; anything else is `other`, so no caller can grow the series. */
const LABEL_VALUE = /^[A-Za-z0-9_.:-]{1,64}$/;
const label = (value: string): string => (LABEL_VALUE.test(value) ? value : 'other');

/**
 * The server's Prometheus metrics, in a registry of this app's own (two apps in one process, as in tests, do not
 * share counts). Counters move on {@link Telemetry} events and finished requests; gauges are read from the
 * database at scrape time, so every server behind a load balancer reports the same backlog.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly telemetry: Telemetry;
  readonly observeRequest: RequestObserver;
  readonly #db: Db;
  readonly #clock: () => Date;
  readonly #backlog: Gauge<'stage'>;
  readonly #oldestAge: Gauge;
  readonly #accounts: Gauge<'provider'>;
  readonly #storeRead: Gauge;

  constructor(db: Db, clock: () => Date) {
    this.#db = db;
    this.#clock = clock;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    const requests = new Histogram({
      name: 'connect_hub_http_request_duration_seconds',
      help: 'HTTP requests by method, matched route pattern and status, and how long they took',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    const deliveries = new Counter({
      name: 'connect_hub_webhook_delivery_attempts_total',
      help: 'Webhook delivery attempts by outcome: delivered, retry_scheduled (it failed and will be retried), failed (given up)',
      labelNames: ['outcome'] as const,
      registers,
    });
    const connectionFailures = new Counter({
      name: 'connect_hub_connection_failures_total',
      help: "End users' failed attempts to link an account, by provider and reason (the API error code)",
      labelNames: ['provider', 'reason'] as const,
      registers,
    });
    const rateLimited = new Counter({
      name: 'connect_hub_rate_limited_total',
      help: 'Requests refused by a brute-force limit: api_key, session_token, credential_submit',
      labelNames: ['limit'] as const,
      registers,
    });
    this.#backlog = new Gauge({
      name: 'connect_hub_outbox_backlog',
      help: 'What the webhook dispatcher still owes: stage="fan_out" account events not turned into deliveries yet, stage="delivery" deliveries waiting for a (re)try',
      labelNames: ['stage'] as const,
      registers,
    });
    this.#oldestAge = new Gauge({
      name: 'connect_hub_outbox_oldest_undelivered_age_seconds',
      help: 'Age of the oldest account event or delivery still owed (0 when nothing is owed)',
      registers,
    });
    this.#accounts = new Gauge({
      name: 'connect_hub_linked_accounts',
      help: 'Linked accounts by provider, across every project',
      labelNames: ['provider'] as const,
      registers,
    });
    this.#storeRead = new Gauge({
      name: 'connect_hub_metrics_database_read_ok',
      help: '1 when this scrape could read the database gauges (backlog, accounts), 0 when it could not (they are left out)',
      registers,
    });
    this.observeRequest = ({ method, route, status, seconds }) => requests.observe({ method, route, status: String(status) }, seconds);
    this.telemetry = {
      deliveryAttempted: (outcome: DeliveryOutcome) => deliveries.inc({ outcome }),
      connectionFailed: (provider, reason) => connectionFailures.inc({ provider: label(provider), reason: label(reason) }),
      rateLimited: (limit) => rateLimited.inc({ limit: label(limit) }),
    };
  }

  /** The Prometheus text, with the database gauges read now. */
  async render(): Promise<string> {
    this.#backlog.reset();
    this.#oldestAge.reset();
    this.#accounts.reset();
    try {
      const gauges = await readStoreGauges(this.#db);
      this.#backlog.set({ stage: 'fan_out' }, gauges.outboxBacklog.events);
      this.#backlog.set({ stage: 'delivery' }, gauges.outboxBacklog.deliveries);
      const oldest = gauges.oldestUndeliveredAt === undefined ? undefined : Date.parse(gauges.oldestUndeliveredAt);
      this.#oldestAge.set(oldest === undefined ? 0 : Math.max(0, (this.#clock().getTime() - oldest) / 1000));
      for (const { provider, count } of gauges.accountsByProvider) this.#accounts.set({ provider: label(provider) }, count);
      this.#storeRead.set(1);
    } catch {
      // The counters still tell what happened; the operator alerts on this gauge (and /readyz says why).
      this.#storeRead.set(0);
    }
    return this.registry.metrics();
  }
}

/** Both sinks: the app's own metrics and whatever a test or embedder injected. */
export function bothTelemetry(a: Telemetry, b: Telemetry | undefined): Telemetry {
  if (!b) return a;
  return {
    deliveryAttempted: (outcome) => (a.deliveryAttempted(outcome), b.deliveryAttempted(outcome)),
    connectionFailed: (provider, reason) => (a.connectionFailed(provider, reason), b.connectionFailed(provider, reason)),
    rateLimited: (limit) => (a.rateLimited(limit), b.rateLimited(limit)),
  };
}
