import { Hono } from 'hono';
import type { HubSettings, IntegrationList } from '../../contract/hub.js';
import { HubAccountWrite } from '../../contract/hub.js';
import { limitSubmits, requireSessionToken } from '../http/auth.js';
import { hubCors } from '../http/cors.js';
import { connectionAttemptRoutes } from './connection-attempts.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validation.js';
import type { Services } from '../services/index.js';
import { allowedOrigins } from '../services/projects.js';

/**
 * `/hub/*` (CONTRACT.md §2–§3, E1–E6), authenticated by the session token header. Connection attempts
 * (E7–E9) and the OAuth popup (E10) arrive with issue 4.
 */
export function hubRoutes(services: Services, bodyLimitBytes: number) {
  const app = new Hono<AppEnv>();
  app.use('*', hubCors());
  const session = requireSessionToken(services.sessions);
  // Each submit may reach a provider with the values typed: counted per session, so a link cannot be a password oracle.
  const submit = limitSubmits();

  app.get('/settings', session, async (c) => {
    const hub = c.get('hub');
    const settings: HubSettings = {
      enabled_features: [],
      existing_account_id: await services.accounts.existingAccountId(hub),
      project_name: hub.project.name,
      expires_at: hub.session.expires_at,
      allowed_origins: allowedOrigins(hub.project),
    };
    return c.json(settings);
  });

  app.get('/connectors', session, async (c) => {
    const hub = c.get('hub');
    const list: IntegrationList = {
      integrations: await services.connectors.integrations(hub, c.req.query('provider') || undefined),
      external_trigger_token: hub.session.external_trigger_token,
    };
    return c.json(list);
  });

  app.get('/connectors/:integrationId', session, async (c) =>
    c.json({ config: await services.connectors.config(c.get('hub'), c.req.param('integrationId')) }),
  );

  app.get('/accounts/:accountId', session, async (c) => c.json(await services.accounts.hubAccount(c.get('hub'), c.req.param('accountId'))));

  app.post('/accounts', session, submit, async (c) => {
    const body = parseInput(HubAccountWrite, await readJsonBody(c, bodyLimitBytes));
    const { id, provider } = await services.accounts.createFromHub(c.get('hub'), body);
    return c.json({ id, provider }, 201);
  });

  app.patch('/accounts/:accountId', session, submit, async (c) => {
    const body = parseInput(HubAccountWrite, await readJsonBody(c, bodyLimitBytes));
    return c.json(await services.accounts.updateFromHub(c.get('hub'), c.req.param('accountId'), body));
  });

  app.route('/connection_attempts', connectionAttemptRoutes(services.oauth.attempts, services.sessions, bodyLimitBytes));

  return app;
}
