import {
  WebhookEndpointCreate,
  WebhookRedeliveryRequest,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
  type WebhookRedeliveryResult,
} from '../contract/webhook-endpoints.js';
import { callApi, type ApiTarget } from './api.js';
import { UsageError } from './errors.js';
import { formatDate, parseDuration } from './duration.js';
import { printTable } from './table.js';

interface OutputOptions {
  json?: boolean;
}

function showSecret(endpoint: WebhookEndpointWithSecret, verb: string): void {
  console.log(`${verb} ${endpoint.id} → ${endpoint.url} (${endpoint.events.join(', ')})`);
  console.log(`signing secret: ${endpoint.secret}`);
  console.log('shown once: store it now; verify deliveries with the standardwebhooks package (or HMAC for x-stackone-signature)');
  if (endpoint.previous_secret_expires_at) console.log(`the previous secret keeps signing until ${formatDate(endpoint.previous_secret_expires_at)}`);
}

export async function addWebhook(target: ApiTarget, url: string, opts: OutputOptions & { events?: string; description?: string; disabled?: boolean }): Promise<void> {
  const body = WebhookEndpointCreate.parse({
    url,
    events: opts.events?.split(',').map((event) => event.trim()).filter(Boolean),
    description: opts.description,
    enabled: opts.disabled ? false : undefined,
  });
  const endpoint = await callApi<WebhookEndpointWithSecret>(target, 'POST', '/webhooks', body);
  if (opts.json) return console.log(JSON.stringify(endpoint, null, 2));
  showSecret(endpoint, 'added');
}

export async function listWebhooks(target: ApiTarget, opts: OutputOptions): Promise<void> {
  const endpoints = await callApi<WebhookEndpoint[]>(target, 'GET', '/webhooks');
  if (opts.json) return console.log(JSON.stringify(endpoints, null, 2));
  if (endpoints.length === 0) return console.log('no webhook endpoints yet: add one with `connect-hub webhooks add <url>`');
  printTable(
    ['id', 'url', 'events', 'enabled', 'description', 'created'],
    endpoints.map((e) => [e.id, e.url, e.events.join(','), e.enabled ? 'yes' : 'no', e.description ?? '', formatDate(e.created_at)]),
  );
}

export async function removeWebhook(target: ApiTarget, id: string, opts: OutputOptions): Promise<void> {
  const endpoint = await callApi<WebhookEndpoint>(target, 'DELETE', `/webhooks/${encodeURIComponent(id)}`);
  if (opts.json) return console.log(JSON.stringify(endpoint, null, 2));
  console.log(`removed ${endpoint.id} (${endpoint.url}) and its delivery log`);
}

export async function rotateWebhookSecret(target: ApiTarget, id: string, opts: OutputOptions & { overlap?: number }): Promise<void> {
  const body = opts.overlap === undefined ? {} : { overlap_seconds: opts.overlap };
  const endpoint = await callApi<WebhookEndpointWithSecret>(target, 'POST', `/webhooks/${encodeURIComponent(id)}/rotate`, body);
  if (opts.json) return console.log(JSON.stringify(endpoint, null, 2));
  showSecret(endpoint, 'rotated');
}

export async function listWebhookDeliveries(target: ApiTarget, id: string, opts: OutputOptions & { status?: string }): Promise<void> {
  const query = new URLSearchParams({ page_size: '100' });
  if (opts.status) query.set('status', opts.status);
  const deliveries = await callApi<WebhookDelivery[]>(target, 'GET', `/webhooks/${encodeURIComponent(id)}/deliveries?${query}`);
  if (opts.json) return console.log(JSON.stringify(deliveries, null, 2));
  if (deliveries.length === 0) return console.log('no deliveries yet');
  printTable(
    ['webhook-id', 'event', 'account', 'status', 'attempts', 'last code', 'last attempt', 'next attempt', 'last error'],
    deliveries.map((d) => [
      d.id,
      d.event,
      d.account_id ?? '-',
      d.status,
      String(d.attempts),
      d.last_status_code === null ? '' : String(d.last_status_code),
      d.last_attempt_at ? formatDate(d.last_attempt_at) : '',
      d.next_attempt_at ? formatDate(d.next_attempt_at) : '',
      (d.last_error ?? '').slice(0, 60),
    ]),
  );
}

export async function retryWebhookDelivery(target: ApiTarget, deliveryId: string, opts: OutputOptions): Promise<void> {
  const delivery = await callApi<WebhookDelivery>(target, 'POST', `/webhooks/deliveries/${encodeURIComponent(deliveryId)}/retry`);
  if (opts.json) return console.log(JSON.stringify(delivery, null, 2));
  console.log(`re-queued ${delivery.id} (${delivery.event} for ${delivery.account_id}): it goes out now`);
}

/** `--since 2d` (that long ago) or an ISO date-time (`2026-12-01`, `2026-12-01T08:00:00Z`; a bare date is UTC midnight). */
export function parseTimeOption(text: string, now = new Date()): string {
  if (/^\d+\s*[smhdw]?$/i.test(text.trim())) return new Date(now.getTime() - parseDuration(text) * 1000).toISOString();
  const trimmed = text.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed;
  const time = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(time)) {
    throw new UsageError(`"${text}" is not a time: use a duration ago (e.g. 2d, 12h) or an ISO date-time (e.g. 2026-12-01T08:00:00Z)`);
  }
  return new Date(time).toISOString();
}

export async function redeliverWebhooks(
  target: ApiTarget,
  opts: OutputOptions & { endpoint?: string; status?: string; since?: string; until?: string; limit?: string },
): Promise<void> {
  const body = WebhookRedeliveryRequest.parse({
    endpoint_id: opts.endpoint,
    status: opts.status?.split(',').map((status) => status.trim()).filter(Boolean),
    from: opts.since === undefined ? undefined : parseTimeOption(opts.since),
    to: opts.until === undefined ? undefined : parseTimeOption(opts.until),
    limit: opts.limit === undefined ? undefined : Number(opts.limit),
  });
  const result = await callApi<WebhookRedeliveryResult>(target, 'POST', '/webhooks/deliveries/redeliver', body);
  if (opts.json) return console.log(JSON.stringify(result, null, 2));
  console.log(`re-queued ${result.queued} deliver${result.queued === 1 ? 'y' : 'ies'}: they go out now (same webhook-ids)`);
  if (result.in_flight.length > 0) console.log(`left alone, being sent right now: ${result.in_flight.join(', ')}`);
  if (result.has_more) console.log('more deliveries match: run the command again for the next batch');
}
