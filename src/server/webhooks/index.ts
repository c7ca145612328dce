import { CredentialCipher } from '../crypto/index.js';
import type { AppDeps } from '../deps.js';
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
export function createWebhooks(deps: AppDeps, receivers: GuardedClient): Webhooks {
  const cipher = new CredentialCipher(deps.secretKey);
  const settings = deps.config.webhooks;
  const dispatcher = new WebhookDispatcher({
    db: deps.db,
    clock: deps.clock,
    receivers,
    random: deps.random ?? Math.random,
    logger: deps.logger,
    cipher,
    settings,
  });
  const endpoints = new WebhookEndpointService(deps.db, deps.clock, cipher, settings, () => dispatcher.nudge());
  return { endpoints, dispatcher };
}
