/** How the dispatcher sends; read once at boot from the environment (see `config.ts`). */
export interface WebhookSettings {
  /** Per attempt: connect, send and response headers together. */
  timeoutMs: number;
  /** Delay before each retry; its length is the number of retries, after which a delivery is `failed`. */
  retryScheduleMs: number[];
  /** Sends in flight across all endpoints. */
  concurrency: number;
  /** Sends in flight to one endpoint, so a slow receiver cannot take every slot. */
  endpointConcurrency: number;
  /** How often the outbox is polled besides the in-process nudge after each write. */
  pollIntervalMs: number;
  /** How long a rotated-out secret keeps signing beside the new one. */
  rotationOverlapSeconds: number;
  /**
   * Whether this server sends webhooks (default on). Off, it only writes the outbox: another server on the same
   * PostgreSQL database sends them, woken by LISTEN/NOTIFY (API-only servers beside a dispatching one).
   */
  dispatch: boolean;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** 10 retries over about 23.7 hours (before jitter), then the delivery fails. */
export const DEFAULT_RETRY_SCHEDULE_MS = [5 * SECOND, 30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 8 * HOUR];

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  timeoutMs: 10 * SECOND,
  retryScheduleMs: DEFAULT_RETRY_SCHEDULE_MS,
  concurrency: 8,
  endpointConcurrency: 2,
  pollIntervalMs: 500,
  rotationOverlapSeconds: 86_400,
  dispatch: true,
};

const UNIT_MS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR, d: 24 * HOUR };

/** `5s,30s,2m,1h` (bare numbers are milliseconds) → delays in ms; throws a one-line reason otherwise. */
export function parseRetrySchedule(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error('the retry schedule is empty: use e.g. "5s,30s,2m" (or "none" for no retries)');
  if (parts.length === 1 && parts[0] === 'none') return [];
  return parts.map((part) => {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(part);
    if (!match) throw new Error(`"${part}" is not a delay: use a number with ms, s, m, h or d`);
    const ms = Math.round(Number(match[1]) * UNIT_MS[match[2] ?? 'ms']);
    if (!Number.isSafeInteger(ms) || ms > 7 * 24 * HOUR) throw new Error(`"${part}" is longer than 7 days`);
    return ms;
  });
}
