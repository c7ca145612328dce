import { ID_PREFIX } from '../../contract/wire.js';
import { randomId, type CredentialCipher } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import { watchOutbox, type OutboxWatch } from '../db/outbox-signal.js';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../db/schema.js';
import { fanOutAccountEvents } from '../db/stores/account-events.js';
import * as deliveries from '../db/stores/webhook-deliveries.js';
import { findEndpointsByIds } from '../db/stores/webhook-endpoints.js';
import type { Logger } from '../deps.js';
import type { Telemetry } from '../observability/telemetry.js';
import { OutboundError, type GuardedClient } from '../outbound/index.js';
import { liveSigningSecrets } from './endpoints.js';
import type { WebhookSettings } from './settings.js';
import { endpointSigner } from './signer.js';

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

/** What one claimed batch knows of an endpoint: read once, its secrets decrypted once, for all its deliveries. */
type EndpointContext =
  | { kind: 'gone' }
  | { kind: 'undecryptable'; endpoint: WebhookEndpointRow }
  | { kind: 'ready'; endpoint: WebhookEndpointRow; url: URL; sign: ReturnType<typeof endpointSigner> };

interface QueuedOutcome {
  id: string;
  outcome: deliveries.DeliveryOutcome;
  done: { resolve: () => void; reject: (error: unknown) => void };
}

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
  #watch: OutboxWatch | undefined;
  #draining: Promise<void> | undefined;
  #again = false;
  /** New outbox rows may exist (a nudge, the poll): the next pass fans out before it claims. */
  #fanOutDue = false;
  #refillScheduled = false;
  /** Outcomes waiting for the next write: every attempt that ends in one event-loop turn shares a transaction. */
  #outcomes: QueuedOutcome[] = [];
  #writing: Promise<void> | undefined;
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
    // Every server's commits wake this one too (PostgreSQL LISTEN/NOTIFY; nothing to watch on SQLite).
    this.#watch = watchOutbox(this.#deps.db, {
      onSignal: () => this.nudge(),
      onError: (error) => this.#deps.logger.error(`webhooks: outbox notifications interrupted, polling meanwhile: ${oneLine(error)}`),
    });
    this.nudge();
  }

  /** Work may be due now (an account changed, a delivery was re-queued, another server said so, the poll). */
  nudge(): void {
    this.#fanOutDue = true;
    this.#pass();
  }

  /** Slots freed up: claim again (no fan-out), once per event-loop turn however many sends ended in it. */
  #refill(): void {
    if (this.#refillScheduled || !this.#started || this.#stopped) return;
    this.#refillScheduled = true;
    setImmediate(() => {
      this.#refillScheduled = false;
      this.#pass();
    });
  }

  #pass(): void {
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
      this.#fanOutDue = false;
      await this.#fanOut();
      await this.#claimAndSend();
    })();
    // Held in the drain slot, so a nudge meanwhile queues behind this pass instead of racing it.
    this.#draining = pass.then(
      () => undefined,
      () => undefined,
    ).finally(() => {
      this.#draining = undefined;
      if (this.#again) this.#pass();
    });
    await pass;
    await Promise.allSettled([...this.#inFlight.values()]);
  }

  /** Stops claiming, aborts sends in flight (they become due again at once) and waits for every write. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    const watching = this.#watch?.close();
    this.#shutdown.abort();
    await this.#draining;
    await Promise.allSettled([...this.#inFlight.values()]);
    await watching;
  }

  async #drain(): Promise<void> {
    do {
      this.#again = false;
      try {
        if (this.#fanOutDue) {
          this.#fanOutDue = false;
          await this.#fanOut();
        }
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
    if (claimed.length === 0) return;
    const endpoints = this.#endpointContexts([...new Set(claimed.map((delivery) => delivery.endpoint_id))]);
    // A read that fails leaves the batch to its lease: due again once it ends, like a crashed sender's.
    endpoints.catch(() => undefined);
    for (const delivery of claimed) this.#launch(delivery, endpoints);
  }

  /** The batch's endpoints in one read, each one's live secrets decrypted once. */
  async #endpointContexts(ids: string[]): Promise<Map<string, EndpointContext>> {
    const rows = await findEndpointsByIds(this.#deps.db, ids);
    const now = this.#deps.clock();
    // An endpoint left out (deleted, or disabled) is `gone`: #launch reads it so.
    const contexts = new Map<string, EndpointContext>();
    for (const endpoint of rows) {
      if (endpoint.enabled !== 1) continue;
      let secrets: string[];
      try {
        secrets = liveSigningSecrets(endpoint, this.#deps.cipher, now);
      } catch {
        contexts.set(endpoint.id, { kind: 'undecryptable', endpoint });
        continue;
      }
      contexts.set(endpoint.id, { kind: 'ready', endpoint, url: new URL(endpoint.url), sign: endpointSigner(secrets) });
    }
    return contexts;
  }

  #launch(delivery: WebhookDeliveryRow, endpoints: Promise<Map<string, EndpointContext>>): void {
    const endpointId = delivery.endpoint_id;
    this.#inFlightByEndpoint.set(endpointId, (this.#inFlightByEndpoint.get(endpointId) ?? 0) + 1);
    const sending = endpoints
      .then((contexts) => this.#deliver(delivery, contexts.get(endpointId) ?? { kind: 'gone' }))
      .catch((error: unknown) => this.#deps.logger.error(`webhooks: delivery ${delivery.id} could not be recorded: ${oneLine(error)}`))
      .finally(() => {
        this.#inFlight.delete(delivery.id);
        const left = (this.#inFlightByEndpoint.get(endpointId) ?? 1) - 1;
        if (left > 0) this.#inFlightByEndpoint.set(endpointId, left);
        else this.#inFlightByEndpoint.delete(endpointId);
        this.#refill();
      });
    this.#inFlight.set(delivery.id, sending);
  }

  async #deliver(delivery: WebhookDeliveryRow, context: EndpointContext): Promise<void> {
    if (context.kind === 'gone') {
      await this.#record(delivery.id, { status: 'cancelled', next_attempt_at: null, last_error: 'endpoint disabled' });
      return;
    }
    if (context.kind === 'undecryptable') {
      // Almost always an operator change of CONNECT_HUB_SECRET_KEY: rotating the endpoint's secret fixes it.
      const lastError = 'the signing secret cannot be decrypted (was the server key changed?); rotate it, then retry';
      await this.#record(delivery.id, { status: 'failed', next_attempt_at: null, last_error: lastError });
      this.#deps.telemetry.deliveryAttempted('failed');
      return;
    }
    const { endpoint, url, sign } = context;
    const sentAt = this.#deps.clock();
    const body = withSentAt(delivery.payload, sentAt.toISOString());
    const headers = {
      ...sign(delivery.id, sentAt, body),
      'content-type': 'application/json',
      'user-agent': 'connect-hub',
    };
    const result = await this.#attempt(url, headers, body);
    const outcome = this.#outcome(delivery, result);
    await this.#record(delivery.id, outcome);
    // A send cut short by a shutdown is no attempt's end: it is due again at once.
    if (result.kind !== 'shutdown') {
      this.#deps.telemetry.deliveryAttempted(outcome.status === 'delivered' ? 'delivered' : outcome.status === 'pending' ? 'retry_scheduled' : 'failed');
    }
    if (result.kind !== 'shutdown' && !isSuccess(result)) {
      const reason = result.kind === 'response' ? `HTTP ${result.status}` : result.message;
      this.#deps.logger.info(`webhooks: delivery ${delivery.id} to endpoint ${endpoint.id} attempt ${delivery.attempts}: ${reason}`);
    }
  }

  /** Resolves once the outcome is stored, in one transaction with every other outcome queued meanwhile. */
  #record(id: string, outcome: deliveries.DeliveryOutcome): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#outcomes.push({ id, outcome, done: { resolve, reject } });
      this.#writing ??= this.#writeOutcomes();
    });
  }

  async #writeOutcomes(): Promise<void> {
    // One turn of the event loop lets the other sends that end now queue theirs too.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.#outcomes.length > 0) {
      const batch = this.#outcomes;
      this.#outcomes = [];
      try {
        await deliveries.recordDeliveryOutcomes(this.#deps.db, batch);
        for (const queued of batch) queued.done.resolve();
      } catch (error) {
        for (const queued of batch) queued.done.reject(error);
      }
    }
    this.#writing = undefined;
  }

  async #attempt(url: URL, headers: Record<string, string>, body: string): Promise<AttemptResult> {
    const { settings, receivers } = this.#deps;
    try {
      const response = await receivers.request(url, {
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

/** The stored payload (a JSON object without `sent_at`) with `sent_at` added last, without parsing it again. */
export function withSentAt(payload: string, sentAt: string): string {
  const stamp = `"sent_at":${JSON.stringify(sentAt)}`;
  const body = payload.trimEnd();
  if (!body.endsWith('}')) return JSON.stringify({ ...(JSON.parse(payload) as Record<string, unknown>), sent_at: sentAt });
  return /^\{\s*\}$/.test(body) ? `{${stamp}}` : `${body.slice(0, -1)},${stamp}}`;
}

function oneLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]?.slice(0, 200) ?? '';
}
