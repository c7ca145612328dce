import {
  DEFAULT_REDELIVERY_BATCH,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
  type WebhookEndpointCreate,
  type WebhookEndpointStats,
  type WebhookEndpointUpdate,
  type WebhookEndpointWithSecret,
  type WebhookRedeliveryRequest,
  type WebhookRedeliveryResult,
} from '../../contract/webhook-endpoints.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../contract/webhooks.js';
import { ID_PREFIX } from '../../contract/wire.js';
import { randomId, type CredentialCipher } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import type { ProjectRow, WebhookDeliveryRow, WebhookEndpointRow } from '../db/schema.js';
import * as deliveries from '../db/stores/webhook-deliveries.js';
import * as endpoints from '../db/stores/webhook-endpoints.js';
import { decodeSubscription, encodeSubscription, subscribesTo, type EventSubscription } from '../db/stores/webhook-endpoints.js';
import { ApiError } from '../errors.js';
import type { WebhookSettings } from './settings.js';
import { generateSigningSecret } from './signer.js';

const MAX_ENDPOINTS_PER_PROJECT = 50;

export interface DeliveryPage {
  deliveries: WebhookDelivery[];
  hasMore: boolean;
}

/** `GET /webhooks/deliveries`: the project's log, every filter optional. */
export interface DeliveryLogQuery {
  endpointId?: string | undefined;
  statuses?: WebhookDeliveryStatus[] | undefined;
  events?: WebhookEvent[] | undefined;
  accountId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

export interface DeliveryLogPage extends DeliveryPage {
  total: number;
}

/** The account id test deliveries carry: no account has it (account ids have no prefix like it). */
export const TEST_ACCOUNT_ID = 'test_account';

/** The project's webhook endpoints, their secrets and their delivery log. */
export class WebhookEndpointService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly cipher: CredentialCipher,
    private readonly settings: Pick<WebhookSettings, 'rotationOverlapSeconds'>,
    /** Tells the dispatcher that work is due now (a re-queued delivery). */
    private readonly nudge: () => void = () => undefined,
  ) {}

  async create(project: ProjectRow, input: WebhookEndpointCreate): Promise<WebhookEndpointWithSecret> {
    const existing = await endpoints.listEndpoints(this.db, project.id);
    if (existing.length >= MAX_ENDPOINTS_PER_PROJECT) {
      throw new ApiError('conflict', `A project has at most ${MAX_ENDPOINTS_PER_PROJECT} webhook endpoints; delete one first`);
    }
    const now = this.clock().toISOString();
    const id = randomId(ID_PREFIX.webhookEndpoint);
    const secret = generateSigningSecret();
    const row: WebhookEndpointRow = {
      id,
      project_id: project.id,
      url: input.url,
      events: encodeSubscription(subscription(input.events)),
      enabled: input.enabled === false ? 0 : 1,
      description: input.description ?? null,
      secret_ciphertext: this.cipher.encrypt(secret, id),
      previous_secret_ciphertext: null,
      previous_secret_expires_at: null,
      created_at: now,
      updated_at: now,
    };
    await endpoints.insertEndpoint(this.db, row);
    return { ...toWebhookEndpoint(row), secret };
  }

  async list(project: ProjectRow): Promise<WebhookEndpoint[]> {
    return (await endpoints.listEndpoints(this.db, project.id)).map(toWebhookEndpoint);
  }

  async get(project: ProjectRow, id: string): Promise<WebhookEndpoint> {
    return toWebhookEndpoint(await this.projectEndpoint(project, id));
  }

  async update(project: ProjectRow, id: string, patch: WebhookEndpointUpdate): Promise<WebhookEndpoint> {
    const endpoint = await this.projectEndpoint(project, id);
    const changes = {
      ...(patch.url === undefined ? {} : { url: patch.url }),
      ...(patch.events === undefined ? {} : { events: encodeSubscription(subscription(patch.events)) }),
      ...(patch.description === undefined ? {} : { description: patch.description }),
      ...(patch.enabled === undefined ? {} : { enabled: patch.enabled ? 1 : 0 }),
      updated_at: this.clock().toISOString(),
    };
    await this.db.transaction().execute(async (trx) => {
      await endpoints.updateEndpoint(trx, endpoint.id, changes);
      if (patch.enabled === false) await deliveries.cancelPendingDeliveries(trx, endpoint.id, 'endpoint disabled');
    });
    return toWebhookEndpoint({ ...endpoint, ...changes });
  }

  async delete(project: ProjectRow, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.projectEndpoint(project, id);
    await endpoints.deleteEndpoint(this.db, endpoint.id);
    return toWebhookEndpoint(endpoint);
  }

  /** A new secret, shown once; the old one keeps signing beside it for the overlap window. */
  async rotateSecret(project: ProjectRow, id: string, overlapSeconds = this.settings.rotationOverlapSeconds): Promise<WebhookEndpointWithSecret> {
    const endpoint = await this.projectEndpoint(project, id);
    const now = this.clock();
    const secret = generateSigningSecret();
    const changes = {
      secret_ciphertext: this.cipher.encrypt(secret, endpoint.id),
      previous_secret_ciphertext: overlapSeconds > 0 ? endpoint.secret_ciphertext : null,
      previous_secret_expires_at: overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000).toISOString() : null,
      updated_at: now.toISOString(),
    };
    await endpoints.updateEndpoint(this.db, endpoint.id, changes);
    return { ...toWebhookEndpoint({ ...endpoint, ...changes }), secret };
  }

  async deliveries(
    project: ProjectRow,
    endpointId: string,
    query: { statuses?: WebhookDeliveryStatus[]; page: number; pageSize: number },
  ): Promise<DeliveryPage> {
    const endpoint = await this.projectEndpoint(project, endpointId);
    const rows = await deliveries.listDeliveries(
      this.db,
      { endpointId: endpoint.id, statuses: query.statuses },
      { limit: query.pageSize + 1, offset: (query.page - 1) * query.pageSize },
    );
    return { deliveries: rows.slice(0, query.pageSize).map(toWebhookDelivery), hasMore: rows.length > query.pageSize };
  }

  /** Per endpoint: deliveries, failures and the newest delivery (what the dashboard's endpoint table shows). */
  async stats(project: ProjectRow): Promise<WebhookEndpointStats[]> {
    return (await deliveries.endpointDeliveryStats(this.db, project.id)).map((row) => ({
      endpoint_id: row.endpoint_id,
      deliveries: row.deliveries,
      failed: row.failed,
      last_delivery: row.last_id && row.last_created_at ? { id: row.last_id, status: row.last_status as WebhookDeliveryStatus, created_at: row.last_created_at } : null,
    }));
  }

  /** The project's delivery log, newest first, filtered and paged on the server. */
  async log(project: ProjectRow, query: DeliveryLogQuery): Promise<DeliveryLogPage> {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw new ApiError('validation_failed', `to: must not be before from (${query.from})`, { field: 'to' });
    }
    if (query.endpointId !== undefined) await this.projectEndpoint(project, query.endpointId);
    const filter = { projectId: project.id, ...query };
    const [rows, total] = await Promise.all([
      deliveries.listProjectDeliveries(this.db, filter, { limit: query.pageSize + 1, offset: (query.page - 1) * query.pageSize }),
      deliveries.countProjectDeliveries(this.db, filter),
    ]);
    return { deliveries: rows.slice(0, query.pageSize).map(toWebhookDelivery), hasMore: rows.length > query.pageSize, total };
  }

  /**
   * Queues a test delivery of `event` to one endpoint, sent, signed and retried like any other: its payload
   * has the event's shape with made-up account fields (account_id `test_account`, provider `test`).
   */
  async sendTest(project: ProjectRow, endpointId: string, event: WebhookEvent): Promise<WebhookDelivery> {
    const endpoint = await this.projectEndpoint(project, endpointId);
    if (!endpoint.enabled) throw new ApiError('conflict', `Endpoint ${endpoint.id} is disabled: enable it before sending a test event`);
    const now = this.clock().toISOString();
    const payload = {
      project_id: project.id,
      event,
      event_date: now,
      record_type: 'account',
      record_id: TEST_ACCOUNT_ID,
      account_id: TEST_ACCOUNT_ID,
      provider: 'test',
      origin_owner_id: 'test',
      origin_owner_name: 'Test event from Connect Hub',
    };
    const row = await deliveries.insertTestDelivery(this.db, {
      id: randomId(ID_PREFIX.webhookDelivery),
      project_id: project.id,
      endpoint_id: endpoint.id,
      event,
      account_id: TEST_ACCOUNT_ID,
      payload: JSON.stringify(payload),
      status: 'pending',
      attempts: 0,
      schedule_start: 0,
      next_attempt_at: now,
      sending_until: null,
      last_attempt_at: null,
      last_status_code: null,
      last_error: null,
      delivered_at: null,
      created_at: now,
    });
    this.nudge();
    return toWebhookDelivery(row);
  }

  /**
   * Redeliver by hand: due now, whatever its state, with a fresh retry schedule. Refused (409) while an
   * attempt of it is in flight: re-queued then, it would go out twice at once.
   */
  async retryDelivery(project: ProjectRow, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = await deliveries.findDelivery(this.db, project.id, deliveryId);
    if (!delivery) throw new ApiError('not_found', `No webhook delivery "${deliveryId}" in this project`);
    const endpoint = await endpoints.findEndpointById(this.db, delivery.endpoint_id);
    if (!endpoint?.enabled) throw new ApiError('conflict', `Endpoint ${delivery.endpoint_id} is disabled: enable it before redelivering`);
    const requeued = await deliveries.requeueDeliveries(this.db, [delivery.id], this.clock().toISOString());
    if (requeued.length === 0) {
      throw new ApiError('conflict', `Delivery ${delivery.id} is being sent right now (attempt ${delivery.attempts}): redeliver it once that attempt ends`);
    }
    this.nudge();
    const after = await deliveries.findDelivery(this.db, project.id, deliveryId);
    return toWebhookDelivery(after ?? delivery);
  }

  /**
   * Bulk redelivery: the project's deliveries matching the filters (default: failed ones, every enabled
   * endpoint), oldest first, at most `limit`. Those in flight are reported, not re-queued.
   */
  async redeliver(project: ProjectRow, input: WebhookRedeliveryRequest): Promise<WebhookRedeliveryResult> {
    const from = input.from === undefined ? undefined : new Date(input.from).toISOString();
    const to = input.to === undefined ? undefined : new Date(input.to).toISOString();
    if (from !== undefined && to !== undefined && from > to) {
      throw new ApiError('validation_failed', `to: must not be before from (${input.from})`, { field: 'to' });
    }
    if (input.endpoint_id !== undefined) {
      const endpoint = await this.projectEndpoint(project, input.endpoint_id);
      if (!endpoint.enabled) throw new ApiError('conflict', `Endpoint ${endpoint.id} is disabled: enable it before redelivering`);
    }
    const limit = input.limit ?? DEFAULT_REDELIVERY_BATCH;
    const candidates = await deliveries.findRedeliveryCandidates(this.db, {
      projectId: project.id,
      endpointId: input.endpoint_id,
      statuses: input.status ?? ['failed'],
      from,
      to,
      limit: limit + 1,
    });
    const batch = candidates.slice(0, limit).map((candidate) => candidate.id);
    const requeued = await deliveries.requeueDeliveries(this.db, batch, this.clock().toISOString());
    if (requeued.length > 0) this.nudge();
    const queued = new Set(requeued);
    return {
      queued: requeued.length,
      delivery_ids: batch.filter((id) => queued.has(id)),
      in_flight: batch.filter((id) => !queued.has(id)),
      has_more: candidates.length > limit,
    };
  }

  private async projectEndpoint(project: ProjectRow, id: string): Promise<WebhookEndpointRow> {
    const endpoint = await endpoints.findEndpoint(this.db, project.id, id);
    if (!endpoint) throw new ApiError('not_found', `No webhook endpoint "${id}" in this project`);
    return endpoint;
  }
}

/** The secrets that sign now: the current one, then the previous one while its overlap lasts. */
export function liveSigningSecrets(endpoint: WebhookEndpointRow, cipher: CredentialCipher, now: Date): string[] {
  const secrets = [cipher.decrypt(endpoint.secret_ciphertext, endpoint.id)];
  if (endpoint.previous_secret_ciphertext && endpoint.previous_secret_expires_at && endpoint.previous_secret_expires_at > now.toISOString()) {
    secrets.push(cipher.decrypt(endpoint.previous_secret_ciphertext, endpoint.id));
  }
  return secrets;
}

/**
 * No list, or one naming every event type there is: every type, including ones added later (the endpoint
 * still lists the current ones). Otherwise the named types, in the contract's order.
 */
function subscription(events: readonly WebhookEvent[] | undefined): EventSubscription {
  if (events === undefined || WEBHOOK_EVENTS.every((event) => events.includes(event))) return 'every';
  return WEBHOOK_EVENTS.filter((event) => events.includes(event));
}

function subscribedEvents(column: string): WebhookEvent[] {
  const subscribed = decodeSubscription(column);
  return WEBHOOK_EVENTS.filter((event) => subscribesTo(subscribed, event));
}

export function toWebhookEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: subscribedEvents(row.events),
    enabled: row.enabled === 1,
    description: row.description,
    previous_secret_expires_at: row.previous_secret_ciphertext ? row.previous_secret_expires_at : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function toWebhookDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpoint_id: row.endpoint_id,
    event: row.event as WebhookEvent,
    account_id: row.account_id,
    status: row.status as WebhookDeliveryStatus,
    attempts: row.attempts,
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    last_attempt_at: row.last_attempt_at,
    next_attempt_at: row.status === 'pending' ? row.next_attempt_at : null,
    delivered_at: row.delivered_at,
    created_at: row.created_at,
  };
}
