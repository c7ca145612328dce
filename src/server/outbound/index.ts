import type { AppDeps } from '../deps.js';
import { GuardedClient, systemResolve, type Send } from './guarded-client.js';
import { pinnedSend } from './pinned-send.js';

export { GuardedClient, OutboundError, type OutboundResponse, type Resolve, type Send } from './guarded-client.js';

export interface OutboundClients {
  /** Provider calls: credential checks, OAuth token requests. Public https hosts only, but our sandboxes. */
  providers: GuardedClient;
  /** Webhook receivers: private and loopback targets only when the operator allowed them. */
  webhooks: GuardedClient;
}

/** The guarded clients of one server, over the injected resolver and transport (tests swap both). */
export function createOutboundClients(deps: Pick<AppDeps, 'config' | 'fetch' | 'resolve'>): OutboundClients {
  const { config } = deps;
  const injected = deps.fetch;
  const send: Send = injected ? (url, init) => injected(url, init) : pinnedSend;
  const resolve = deps.resolve ?? systemResolve;
  // Our own sandbox is trusted only while it is on; an operator's sandbox OAuth provider is named by them.
  const trustedPrefixes = config.sandbox === false ? [] : [`${config.selfUrl}/sandbox/`, ...(config.sandboxOAuthUrl ? [`${config.sandboxOAuthUrl}/`] : [])];
  return {
    providers: new GuardedClient({ resolve, send }, { trustedPrefixes, allowPrivate: false, allowHttp: false }),
    webhooks: new GuardedClient({ resolve, send }, { trustedPrefixes: [], allowPrivate: config.webhookAllowPrivate === true, allowHttp: true }),
  };
}
