import { ConnectorResponse, HubAccount, HubAccountResult, HubAccountWrite, HubSettings, IntegrationList } from '../../contract/hub.js';
import { limitSubmits, requireSessionToken } from '../http/auth.js';
import { hubCors } from '../http/cors.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import { textQuery } from '../http/query-params.js';
import { connectionAttemptRoutes } from './connection-attempts.js';
import { hubEventRoutes } from './analytics.js';
import type { Services } from '../services/index.js';
import { allowedOrigins } from '../services/projects.js';
import type { HubSession } from '../context.js';

const PROVIDER_ERRORS = {
  404: 'No such connector or account for this session',
  422: 'The provider refused the credentials (`provider_response` has its answer), or a field is invalid for the connector',
  502: 'The provider could not be reached or answered badly',
  504: 'The provider did not answer in time',
};

/** E1's answer; also inlined into the auth-link page (routes/pages.ts), so the page asks for it never. */
export async function hubSettings(services: Services, hub: HubSession): Promise<HubSettings> {
  return {
    enabled_features: [],
    existing_account_id: await services.accounts.existingAccountId(hub),
    project_name: hub.project.name,
    expires_at: hub.session.expires_at,
    allowed_origins: allowedOrigins(hub.project),
    locale: hub.session.locale ?? null,
  };
}

/** E2's answer; also inlined into the auth-link page. */
export async function hubConnectorList(services: Services, hub: HubSession, provider?: string): Promise<IntegrationList> {
  return {
    integrations: await services.connectors.integrations(hub, provider),
    external_trigger_token: hub.session.external_trigger_token,
  };
}

/** `/hub/*` (CONTRACT.md §2–§3, E1–E9), authenticated by the session token header, CORS for any origin. */
export function hubRoutes(services: Services, bodyLimitBytes: number) {
  const routes = new DeclaredRoutes({ security: 'session', guard: requireSessionToken(services.sessions), each: true, bodyLimitBytes });
  routes.app.use('*', hubCors());
  // Each submit may reach a provider with the values typed: counted per session, so a link cannot be a password oracle.
  const submit = limitSubmits();

  return routes
    .get(
      '/settings',
      {
        operationId: 'getHubSettings',
        summary: 'E1: hub settings for the session',
        tag: 'Hub',
        responses: { 200: { description: 'The settings', body: named({ HubSettings }) } },
      },
      async (c) => c.json(await hubSettings(services, c.get('hub'))),
    )
    .get(
      '/connectors',
      {
        operationId: 'listHubConnectors',
        summary: 'E2: connectors this session may connect',
        tag: 'Hub',
        query: { provider: textQuery({ description: 'Only this provider' }) },
        responses: { 200: { description: 'The connectors', body: named({ IntegrationList }) } },
      },
      async (c, { query }) => c.json(await hubConnectorList(services, c.get('hub'), query.provider)),
    )
    .get(
      '/connectors/:integration_id',
      {
        operationId: 'getHubConnector',
        summary: 'E3: one connector form (shape B)',
        tag: 'Hub',
        params: { integration_id: 'Connector key' },
        query: {
          locale: textQuery({
            description:
              "The end user's language (a supported locale or a regional variant, e.g. `fr-CA`): the connector's labels, help, options and notices in it. Missing or unsupported: English. Common labels (API key, Client ID, …) stay English for the hub to translate.",
          }),
        },
        responses: { 200: { description: 'The connector form', body: named({ ConnectorResponse }) } },
        errors: { 404: 'No such connector for this session' },
      },
      async (c, { params, query }) => c.json({ config: await services.connectors.config(c.get('hub'), params.integration_id, query.locale) }),
    )
    .get(
      '/accounts/:account_id',
      {
        operationId: 'getHubAccount',
        summary: 'E4: the account being edited, secrets redacted',
        tag: 'Hub',
        params: { account_id: 'Account id' },
        responses: { 200: { description: 'The account', body: named({ HubAccount }) } },
        errors: { 404: 'No such account for this session' },
      },
      async (c, { params }) => c.json(await services.accounts.hubAccount(c.get('hub'), params.account_id)),
    )
    .post(
      '/accounts',
      {
        operationId: 'createHubAccount',
        summary: 'E5: connect with credentials (verified with the provider)',
        tag: 'Hub',
        before: [submit],
        body: { schema: named({ HubAccountWrite }) },
        responses: { 201: { description: 'The linked account', body: named({ HubAccountResult }) } },
        errors: PROVIDER_ERRORS,
      },
      async (c, { body }) => {
        const hub = c.get('hub');
        const { id, provider } = await services.accounts.createFromHub(hub, body);
        return c.json({ id, provider, result_token: await services.resultTokens.forSession(hub, { id, provider: provider ?? body.integration_id }) }, 201);
      },
    )
    .patch(
      '/accounts/:account_id',
      {
        operationId: 'updateHubAccount',
        summary: 'E6: update credentials (partial merge)',
        tag: 'Hub',
        params: { account_id: 'Account id' },
        before: [submit],
        body: { schema: named({ HubAccountWrite }) },
        responses: { 200: { description: 'The account', body: named({ HubAccountResult }) } },
        errors: PROVIDER_ERRORS,
      },
      async (c, { params, body }) => {
        const hub = c.get('hub');
        const account = await services.accounts.updateFromHub(hub, params.account_id, body);
        return c.json({ ...account, result_token: await services.resultTokens.forSession(hub, { id: account.id, provider: account.provider ?? '' }) });
      },
    )
    .route('/connection_attempts', connectionAttemptRoutes(services.oauth.attempts, services.sessions, bodyLimitBytes, services.resultTokens))
    .route('/events', hubEventRoutes(services.analytics, services.sessions)).app;
}
