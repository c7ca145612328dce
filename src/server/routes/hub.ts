import { ConnectorResponse, HubAccount, HubAccountResult, HubAccountWrite, HubSettings, IntegrationList } from '../../contract/hub.js';
import { limitSubmits, requireSessionToken } from '../http/auth.js';
import { hubCors } from '../http/cors.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import { textQuery } from '../http/query-params.js';
import { connectionAttemptRoutes } from './connection-attempts.js';
import { hubEventRoutes } from './analytics.js';
import type { Services } from '../services/index.js';
import { allowedOrigins } from '../services/projects.js';

const PROVIDER_ERRORS = {
  404: 'No such connector or account for this session',
  422: 'The provider refused the credentials (`provider_response` has its answer), or a field is invalid for the connector',
  502: 'The provider could not be reached or answered badly',
  504: 'The provider did not answer in time',
};

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
      async (c) => {
        const hub = c.get('hub');
        const settings: HubSettings = {
          enabled_features: [],
          existing_account_id: await services.accounts.existingAccountId(hub),
          project_name: hub.project.name,
          expires_at: hub.session.expires_at,
          allowed_origins: allowedOrigins(hub.project),
          locale: hub.session.locale ?? null,
        };
        return c.json(settings);
      },
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
      async (c, { query }) => {
        const hub = c.get('hub');
        const list: IntegrationList = {
          integrations: await services.connectors.integrations(hub, query.provider),
          external_trigger_token: hub.session.external_trigger_token,
        };
        return c.json(list);
      },
    )
    .get(
      '/connectors/:integration_id',
      {
        operationId: 'getHubConnector',
        summary: 'E3: one connector form (shape B)',
        tag: 'Hub',
        params: { integration_id: 'Connector key' },
        responses: { 200: { description: 'The connector form', body: named({ ConnectorResponse }) } },
        errors: { 404: 'No such connector for this session' },
      },
      async (c, { params }) => c.json({ config: await services.connectors.config(c.get('hub'), params.integration_id) }),
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
        const { id, provider } = await services.accounts.createFromHub(c.get('hub'), body);
        return c.json({ id, provider }, 201);
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
      async (c, { params, body }) => c.json(await services.accounts.updateFromHub(c.get('hub'), params.account_id, body)),
    )
    .route('/connection_attempts', connectionAttemptRoutes(services.oauth.attempts, services.sessions, bodyLimitBytes))
    .route('/events', hubEventRoutes(services.analytics, services.sessions)).app;
}
