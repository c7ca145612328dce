import type { CredentialCipher } from '../crypto/index.js';
import type { AppDeps } from '../deps.js';
import type { Telemetry } from '../observability/telemetry.js';
import type { GuardedClient } from '../outbound/index.js';
import { WebhookDispatcher } from './dispatcher.js';
import { WebhookEndpointService } from './endpoints.js';

export { WebhookDispatcher } from './dispatcher.js';
export { WebhookEndpointService } from './endpoints.js';
export { DEFAULT_WEBHOOK_SETTINGS, parseRetrySchedule, type WebhookSettings } from './settings.js';

export interface Webhooks {
  endpoints: WebhookEndpointService;
  dispatcher: WebhookDispatcher;
}

/** The webhook endpoints service and the outbox dispatcher over the app's injected parts. */
export function createWebhooks(deps: AppDeps, parts: { cipher: CredentialCipher; receivers: GuardedClient; telemetry: Telemetry }): Webhooks {
  const settings = deps.config.webhooks;
  const dispatcher = new WebhookDispatcher({
    db: deps.db,
    clock: deps.clock,
    receivers: parts.receivers,
    random: deps.random ?? Math.random,
    logger: deps.logger,
    cipher: parts.cipher,
    settings,
    telemetry: parts.telemetry,
  });
  const endpoints = new WebhookEndpointService(deps.db, deps.clock, parts.cipher, settings, () => dispatcher.nudge());
  return { endpoints, dispatcher };
}
