import { ID_PREFIX } from '../../contract/wire.js';
import { randomId, type CredentialCipher } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import type { WebhookDeliveryRow } from '../db/schema.js';
import { fanOutAccountEvents } from '../db/stores/account-events.js';
import * as deliveries from '../db/stores/webhook-deliveries.js';
import { findEndpointById } from '../db/stores/webhook-endpoints.js';
import type { Logger } from '../deps.js';
import type { Telemetry } from '../observability/telemetry.js';
import { OutboundError, type GuardedClient } from '../outbound/index.js';
import { liveSigningSecrets } from './endpoints.js';
import type { WebhookSettings } from './settings.js';
import { signatureHeaders } from './signer.js';

export interface WebhookDispatcherDeps {
  db: Db;
  clock: () => Date;
  /** Every delivery goes out through it: private receivers only when the operator allowed them. */
  receivers: GuardedClient;
  /** In [0, 1): the retry jitter. */
  random: () => number;
  logger: Logger;
  cipher: CredentialCipher;
  settings: WebhookSettings;
  telemetry: Telemetry;
}

/** Beyond the attempt timeout, so a live sender always finishes (and records) before its lease ends. */
const LEASE_MARGIN_MS = 5_000;
const FAN_OUT_BATCH = 200;
const MAX_RETRY_AFTER_MS = 86_400_000;
const ERROR_TEXT_LIMIT = 300;

type AttemptResult =
  | { kind: 'response'; status: number; retryAfterMs: number | undefined; bodyStart: string }
  | { kind: 'network'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'shutdown' };

/**
 * Drains the `account_events` outbox into signed HTTP deliveries. Every step is a row in the database, so
 * a crash loses nothing: an unfanned event is fanned out after restart, and a delivery whose sender died
 * is due again when its lease ends (at-least-once; receivers deduplicate on `webhook-id`).
 */
export class WebhookDispatcher {
  readonly #deps: WebhookDispatcherDeps;
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #inFlightByEndpoint = new Map<string, number>();
  readonly #shutdown = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  #again = false;
  #started = false;
  #stopped = false;

  constructor(deps: WebhookDispatcherDeps) {
    this.#deps = deps;
  }

  start(): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    this.#timer = setInterval(() => this.nudge(), this.#deps.settings.pollIntervalMs);
    this.#timer.unref();
    this.nudge();
  }

  /** Work may be due now (an account changed, a delivery was re-queued, a slot freed up). */
  nudge(): void {
    if (!this.#started || this.#stopped) return;
    if (this.#draining) {
      this.#again = true;
      return;
    }
    this.#draining = this.#drain().finally(() => {
      this.#draining = undefined;
    });
  }

  /**
   * One fan-out and one claim-and-send pass, awaited with every send it started (and any still in flight):
   * lets a test step the outbox on its injected clock instead of waiting for the poll. Errors are thrown, not logged.
   */
  async drainOnce(): Promise<void> {
    if (this.#stopped) return;
    while (this.#draining) await this.#draining;
    const pass = (async () => {
      await this.#fanOut();
      await this.#claimAndSend();
    })();
    // Held in the drain slot, so a nudge meanwhile queues behind this pass instead of racing it.
    this.#draining = pass.then(
      () => undefined,
      () => undefined,
    ).finally(() => {
      this.#draining = undefined;
      if (this.#again) this.nudge();
    });
    await pass;
    await Promise.allSettled([...this.#inFlight.values()]);
  }

  /** Stops claiming, aborts sends in flight (they become due again at once) and waits for every write. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#shutdown.abort();
    await this.#draining;
    await Promise.allSettled([...this.#inFlight.values()]);
  }

  async #drain(): Promise<void> {
    do {
      this.#again = false;
      try {
        await this.#fanOut();
        await this.#claimAndSend();
      } catch (error) {
        if (this.#stopped) return;
        this.#deps.logger.error(`webhooks: dispatcher pass failed: ${oneLine(error)}`);
      }
    } while (this.#again && !this.#stopped);
  }

  async #fanOut(): Promise<void> {
    for (;;) {
      const result = await fanOutAccountEvents(this.#deps.db, {
        now: this.#deps.clock().toISOString(),
        limit: FAN_OUT_BATCH,
        newDeliveryId: () => randomId(ID_PREFIX.webhookDelivery),
      });
      if (result.events < FAN_OUT_BATCH || this.#stopped) return;
    }
  }

  async #claimAndSend(): Promise<void> {
    const { settings, clock, db } = this.#deps;
    const free = settings.concurrency - this.#inFlight.size;
    if (free <= 0 || this.#stopped) return;
    const now = clock();
    const claimed = await deliveries.claimDueDeliveries(db, {
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + settings.timeoutMs + LEASE_MARGIN_MS).toISOString(),
      limit: free,
      inFlightByEndpoint: this.#inFlightByEndpoint,
      endpointLimit: settings.endpointConcurrency,
    });
    for (const delivery of claimed) this.#launch(delivery);
  }

  #launch(delivery: WebhookDeliveryRow): void {
    const endpointId = delivery.endpoint_id;
    this.#inFlightByEndpoint.set(endpointId, (this.#inFlightByEndpoint.get(endpointId) ?? 0) + 1);
    const sending = this.#deliver(delivery)
      .catch((error: unknown) => this.#deps.logger.error(`webhooks: delivery ${delivery.id} could not be recorded: ${oneLine(error)}`))
      .finally(() => {
        this.#inFlight.delete(delivery.id);
        const left = (this.#inFlightByEndpoint.get(endpointId) ?? 1) - 1;
        if (left > 0) this.#inFlightByEndpoint.set(endpointId, left);
        else this.#inFlightByEndpoint.delete(endpointId);
        this.nudge();
      });
    this.#inFlight.set(delivery.id, sending);
  }

  async #deliver(delivery: WebhookDeliveryRow): Promise<void> {
    const { db, clock, cipher } = this.#deps;
    const endpoint = await findEndpointById(db, delivery.endpoint_id);
    if (!endpoint || endpoint.enabled !== 1) {
      await deliveries.recordDeliveryOutcome(db, delivery.id, { status: 'cancelled', next_attempt_at: null, last_error: 'endpoint disabled' });
      return;
    }
    const sentAt = clock();
    const payload = JSON.parse(delivery.payload) as Record<string, unknown>;
    const body = JSON.stringify({ ...payload, sent_at: sentAt.toISOString() });
    let secrets: string[];
    try {
      secrets = liveSigningSecrets(endpoint, cipher, sentAt);
    } catch {
      // Almost always an operator change of CONNECT_HUB_SECRET_KEY: rotating the endpoint's secret fixes it.
      const lastError = 'the signing secret cannot be decrypted (was the server key changed?); rotate it, then retry';
      await deliveries.recordDeliveryOutcome(db, delivery.id, { status: 'failed', next_attempt_at: null, last_error: lastError });
      this.#deps.telemetry.deliveryAttempted('failed');
      return;
    }
    const headers = {
      ...signatureHeaders({ id: delivery.id, timestamp: sentAt, body, secrets }),
      'content-type': 'application/json',
      'user-agent': 'connect-hub',
    };
    const result = await this.#attempt(endpoint.url, headers, body);
    const outcome = this.#outcome(delivery, result);
    await deliveries.recordDeliveryOutcome(db, delivery.id, outcome);
    // A send cut short by a shutdown is no attempt's end: it is due again at once.
    if (result.kind !== 'shutdown') {
      this.#deps.telemetry.deliveryAttempted(outcome.status === 'delivered' ? 'delivered' : outcome.status === 'pending' ? 'retry_scheduled' : 'failed');
    }
    if (result.kind !== 'shutdown' && !isSuccess(result)) {
      const reason = result.kind === 'response' ? `HTTP ${result.status}` : result.message;
      this.#deps.logger.info(`webhooks: delivery ${delivery.id} to endpoint ${endpoint.id} attempt ${delivery.attempts}: ${reason}`);
    }
  }

  async #attempt(url: string, headers: Record<string, string>, body: string): Promise<AttemptResult> {
    const { settings, receivers } = this.#deps;
    try {
      const response = await receivers.request(new URL(url), {
        method: 'POST',
        headers,
        body,
        timeoutMs: settings.timeoutMs,
        // Only the start of an error answer is kept, for the delivery log.
        maxBytes: ERROR_TEXT_LIMIT,
        signal: this.#shutdown.signal,
      });
      const ok = response.status >= 200 && response.status < 300;
      const bodyStart = ok ? '' : response.text.trim();
      return { kind: 'response', status: response.status, retryAfterMs: retryAfterMs(response.headers.get('retry-after'), this.#deps.clock()), bodyStart };
    } catch (error) {
      if (this.#shutdown.signal.aborted) return { kind: 'shutdown' };
      if (!(error instanceof OutboundError)) throw error;
      if (error.kind === 'blocked') {
        return { kind: 'refused', message: `refused: ${error.message}; set CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE=on to deliver to private or loopback receivers` };
      }
      return { kind: 'network', message: error.kind === 'timeout' ? `timed out after ${settings.timeoutMs} ms` : `network error: ${error.message}`.slice(0, ERROR_TEXT_LIMIT) };
    }
  }

  #outcome(delivery: WebhookDeliveryRow, result: AttemptResult): deliveries.DeliveryOutcome {
    const now = this.#deps.clock();
    if (result.kind === 'shutdown') {
      return { status: 'pending', next_attempt_at: now.toISOString(), last_error: 'interrupted by a server shutdown' };
    }
    if (result.kind === 'response' && isSuccess(result)) {
      return { status: 'delivered', next_attempt_at: null, last_status_code: result.status, last_error: null, delivered_at: now.toISOString() };
    }
    const statusCode = result.kind === 'response' ? result.status : null;
    const error = result.kind === 'response' ? `HTTP ${result.status}${result.bodyStart ? `: ${result.bodyStart}` : ''}` : result.message;
    if (result.kind === 'refused') return { status: 'failed', next_attempt_at: null, last_status_code: null, last_error: error };
    if (result.kind === 'response' && !isRetryableStatus(result.status)) {
      return { status: 'failed', next_attempt_at: null, last_status_code: statusCode, last_error: error };
    }
    const schedule = this.#deps.settings.retryScheduleMs;
    const retriesSoFar = delivery.attempts - delivery.schedule_start - 1;
    const scheduled = schedule[retriesSoFar];
    if (scheduled === undefined) {
      return { status: 'failed', next_attempt_at: null, last_status_code: statusCode, last_error: `${error} (gave up after ${delivery.attempts} attempts)` };
    }
    // Equal jitter around the scheduled delay spreads a burst of retries after an outage.
    const jittered = Math.round(scheduled * (0.75 + 0.5 * this.#deps.random()));
    const wait = Math.max(jittered, result.kind === 'response' ? (result.retryAfterMs ?? 0) : 0);
    return { status: 'pending', next_attempt_at: new Date(now.getTime() + wait).toISOString(), last_status_code: statusCode, last_error: error };
  }
}

function isSuccess(result: AttemptResult): boolean {
  return result.kind === 'response' && result.status >= 200 && result.status < 300;
}

/** 408, 429 and 5xx may pass; any other non-2xx (4xx, an unfollowed redirect) will not, so it is not retried. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** `Retry-After` as seconds or an HTTP date, capped at a day. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now.getTime();
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

function oneLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]?.slice(0, 200) ?? '';
}
