import type { Migration } from 'kysely';
import type { MigrationDialect } from './dialect.js';
import { init } from './2026_11_27_001_init.js';
import { webhooks } from './2026_11_27_003_webhooks.js';
import { oauth } from './2026_11_27_004_oauth.js';
import { sessionExpiryIndex } from './2026_11_27_005_session_expiry_index.js';
import { serverSettings } from './2026_11_27_006_server_settings.js';
import { webhookDeliveryLease } from './2026_12_02_007_webhook_delivery_lease.js';
import { webhookAllEvents } from './2026_12_02_008_webhook_all_events.js';
import { sessionLocale } from './2026_12_02_009_session_locale.js';
import { hubEvents } from './2026_12_02_010_hub_events.js';
import { accountHealthAndKeys } from './2026_12_02_011_account_health_and_keys.js';
import { renewalsAndHandoffs } from './2026_12_02_012_renewals_and_handoffs.js';
import { oauthExtras } from './2026_12_02_013_oauth_extras.js';
import { webhookOutboxIndex } from './2026_12_02_014_webhook_outbox_index.js';

/** Every migration, in order, listed explicitly (no directory scanning: bundlers and tsx agree). */
export function migrationList(dialect: MigrationDialect): Record<string, Migration> {
  return {
    '2026_11_27_001_init': init(dialect),
    '2026_11_27_003_webhooks': webhooks(),
    '2026_11_27_004_oauth': oauth(),
    '2026_11_27_005_session_expiry_index': sessionExpiryIndex(),
    '2026_11_27_006_server_settings': serverSettings(),
    '2026_12_02_007_webhook_delivery_lease': webhookDeliveryLease(),
    '2026_12_02_008_webhook_all_events': webhookAllEvents(),
    '2026_12_02_009_session_locale': sessionLocale(),
    '2026_12_02_010_hub_events': hubEvents(dialect),
    '2026_12_02_011_account_health_and_keys': accountHealthAndKeys(),
    '2026_12_02_012_renewals_and_handoffs': renewalsAndHandoffs(dialect),
    '2026_12_02_013_oauth_extras': oauthExtras(),
    '2026_12_02_014_webhook_outbox_index': webhookOutboxIndex(),
  };
}
