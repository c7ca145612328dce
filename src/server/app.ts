import { Hono } from 'hono';
import { createSandboxProviders, type SandboxRejections } from '../sandbox/index.js';
import { createSandboxOAuth, type SandboxOAuth } from '../sandbox/oauth.js';
import { CredentialCipher } from './crypto/index.js';
import type { AppDeps } from './deps.js';
import { errorHandler, notFoundHandler } from './http/api-error.js';
import type { AppEnv } from './http/env.js';
import { browserHeaders } from './http/browser-headers.js';
import { compression } from './http/compression.js';
import { limitSessionFailuresOnPage } from './http/auth.js';
import { provideRateLimits, RateLimits } from './http/rate-limit/index.js';
import { DEFAULT_RATE_LIMITS } from './http/rate-limit/settings.js';
import { requestLog } from './http/request-log.js';
import { bothTelemetry, Metrics } from './observability/metrics.js';
import { metricsRoutes } from './observability/routes.js';
import { urlGuard } from './http/url-guard.js';
import { accountRoutes } from './routes/accounts.js';
import { analyticsRoutes } from './routes/analytics.js';
import { connectSessionRoutes } from './routes/connect-sessions.js';
import { demoRoutes } from './routes/demo.js';
import { healthRoutes } from './routes/health.js';
import { hubConnectorList, hubRoutes, hubSettings } from './routes/hub.js';
import { hubLinkRoutes, renewalRequestRoutes } from './routes/links.js';
import { logoRoutes } from './routes/logos.js';
import { oauthClientRoutes } from './routes/oauth-clients.js';
import { oauthRoutes } from './routes/oauth.js';
import { openApiRoutes } from './routes/openapi.js';
import { pageRoutes } from './routes/pages.js';
import { projectRoutes } from './routes/project.js';
import { jwksRoutes, resultKeyRoutes } from './routes/result-keys.js';
import { webhookRoutes } from './routes/webhooks.js';
import { NO_TELEMETRY } from './observability/telemetry.js';
import { createOutboundClients } from './outbound/index.js';
import { createServices, type Services } from './services/index.js';
import { allowedOrigins } from './services/projects.js';
import { createWebhooks, type Webhooks } from './webhooks/index.js';

export interface ConnectHubApp {
  app: Hono<AppEnv>;
  services: Services;
  webhooks: Webhooks;
  /** Brute-force limits; `ready()` resolves once their store can count (the PostgreSQL table exists). */
  rateLimits: RateLimits;
  /** The sandbox CRM's OAuth provider at `/sandbox/oauth`; undefined while the sandbox is off. */
  sandboxOAuth: SandboxOAuth | undefined;
  /** Keys the sandbox providers refuse (`/sandbox/admin/rejections`); undefined while the sandbox is off. */
  sandboxRejections: SandboxRejections | undefined;
}

/**
 * The whole HTTP surface over injected parts (config, db, clock, fetch, logger, key), and the composition root:
 * the one credential cipher, the services, the webhooks and the OAuth side are built here, from it.
 */
export function createApp(given: AppDeps): ConnectHubApp {
  // Counters of this app's own (not prom-client's global registry); the events reach them through deps.telemetry.
  const metrics = new Metrics(given.db, given.clock);
  const deps: AppDeps = { ...given, telemetry: bothTelemetry(metrics.telemetry, given.telemetry) };
  const outbound = createOutboundClients(deps);
  const cipher = new CredentialCipher(deps.secretKey);
  const telemetry = deps.telemetry ?? NO_TELEMETRY;
  const webhooks = createWebhooks(deps, { cipher, receivers: outbound.webhooks, telemetry });
  // Told only when an outbox event commits, so other writes (sessions, attempts) never wake the dispatcher.
  const services = createServices(deps, { cipher, providers: outbound.providers, telemetry, eventsCommitted: () => webhooks.dispatcher.nudge() });
  const limit = deps.config.bodyLimitBytes;
  const app = new Hono<AppEnv>();

  app.use('*', requestLog(deps.logger, metrics.observeRequest));
  // Before the URL guard, so its 400s carry the browser headers too.
  app.use('*', browserHeaders({ publicUrl: deps.config.publicUrl }));
  app.use('*', urlGuard());
  // brotli / gzip for the text answers made per request (JSON, logos, pages); the build's files come compressed once.
  app.use('*', compression());
  const rateLimits = new RateLimits(deps.db, deps.config.rateLimits ?? DEFAULT_RATE_LIMITS, deps.config.trustProxy ?? { mode: 'off' }, deps.logger, deps.telemetry);
  app.use('*', provideRateLimits(rateLimits));
  app.onError(errorHandler(deps.clock, deps.logger));
  app.notFound(notFoundHandler(deps.clock));

  app.route('/', healthRoutes(deps.db, deps.logger));
  app.route('/', metricsRoutes(metrics, deps.config, deps.clock));
  app.route('/openapi.json', openApiRoutes(deps.config.publicUrl, () => app.routes));
  app.route('/connect_sessions', connectSessionRoutes(services, limit));
  app.route('/hub', hubRoutes(services, limit));
  // After the hub routes: their CORS covers these too.
  for (const links of hubLinkRoutes(services, limit, { pollMs: deps.config.handoffPollMs })) app.route('/hub', links);
  app.route('/renewal_requests', renewalRequestRoutes(services, limit));
  app.route('/accounts', accountRoutes(services, limit));
  app.route('/webhooks', webhookRoutes(webhooks.endpoints, services.projects, limit));
  app.route('/project', projectRoutes(services, limit));
  app.route('/result_signing_keys', resultKeyRoutes(services, limit));
  app.route('/.well-known', jwksRoutes(services));
  app.route('/analytics', analyticsRoutes(services.analytics, services.projects).app);
  app.route('/oauth_clients', oauthClientRoutes(services.oauth.clients, services.projects, limit));
  app.use('/connect/oauth2/:integration_id', limitSessionFailuresOnPage());
  app.route('/', oauthRoutes(services.oauth.flow, deps.logger));
  app.route('/logos', logoRoutes());
  // The sandbox (pretend providers, the sandbox CRM's OAuth server): development only unless CONNECT_HUB_SANDBOX=on.
  const sandboxOAuth = deps.config.sandbox !== false ? createSandboxOAuth({ clock: deps.clock }) : undefined;
  const sandboxProviders = sandboxOAuth ? createSandboxProviders() : undefined;
  if (sandboxOAuth && sandboxProviders) {
    app.route('/sandbox/oauth', sandboxOAuth.app);
    app.route('/sandbox', sandboxProviders.app);
  } else {
    app.all('/sandbox', notFoundHandler(deps.clock));
    app.all('/sandbox/*', notFoundHandler(deps.clock));
  }
  if (deps.config.demo !== false) app.route('/demo/api', demoRoutes({ services, endpoints: webhooks.endpoints, selfUrl: deps.config.selfUrl, clock: deps.clock, bodyLimitBytes: limit }));
  app.route(
    '/',
    pageRoutes(deps.config.distDir, deps.clock, async (token) => {
      const hub = await services.sessions.authenticate(token);
      const [settings, connectors] = await Promise.all([hubSettings(services, hub), hubConnectorList(services, hub)]);
      return { frameAncestors: allowedOrigins(hub.project), settings, connectors, locale: hub.session.locale };
    }),
  );

  return { app, services, webhooks, rateLimits, sandboxOAuth, sandboxRejections: sandboxProviders?.rejections };
}
