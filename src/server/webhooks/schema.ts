import type { Kysely, Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';

/** Tables of the 2026_11_27_003_webhooks migration; same portable conventions as `db/schema.ts`. */
export type WebhookEndpointsTable = {
  id: string;
  project_id: string;
  url: string;
  /** JSON array of event names. */
  events: string;
  enabled: number;
  description: string | null;
  /** AES-256-GCM of the `whsec_…` secret: it must be recoverable to sign. */
  secret_ciphertext: string;
  previous_secret_ciphertext: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
};

export type WebhookDeliveriesTable = {
  /** Also the `webhook-id` header: stable across retries so receivers can deduplicate. */
  id: string;
  project_id: string;
  endpoint_id: string;
  event_id: number;
  event: string;
  account_id: string;
  /** The event payload without `sent_at`, which is stamped at each send. */
  payload: string;
  status: string;
  attempts: number;
  /** `attempts` when the delivery was last (re)queued: the retry schedule counts from here. */
  schedule_start: number;
  /** Due time while pending; while an attempt is in flight, the end of its lease. */
  next_attempt_at: string | null;
  /** While an attempt is in flight, the end of its lease; null otherwise (2026_12_02_007). */
  sending_until: string | null;
  last_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
};

export type WebhookTables = {
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
};

export type WebhookDb = Kysely<Database & WebhookTables>;

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;

/** The server's database seen with the webhook tables. */
export function webhookDb(db: Db): WebhookDb {
  return db.withTables<WebhookTables>();
}
