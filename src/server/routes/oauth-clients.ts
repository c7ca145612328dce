import type { Context } from 'hono';
import { OAuthClient, OAuthClientList, OAuthClientWrite } from '../../contract/oauth.js';
import { requireApiKey } from '../http/auth.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import type { OAuthClientService } from '../oauth/clients.js';
import type { ProjectService } from '../services/projects.js';

const PROVIDER = { provider: 'OAuth connector key' };

/** `/oauth_clients`: the project's OAuth apps, one per OAuth connector (API key; what `connect-hub oauth` speaks). */
export function oauthClientRoutes(clients: OAuthClientService, projects: ProjectService, bodyLimitBytes: number) {
  const project = (c: Context) => c.get('project');
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(projects), bodyLimitBytes })
    .get(
      '/',
      {
        operationId: 'listOAuthClients',
        summary: 'Every OAuth connector with its client settings and the redirect URL to register',
        tag: 'OAuth',
        responses: { 200: { description: 'One entry per OAuth connector', body: named({ OAuthClientList }) } },
      },
      async (c) => c.json(await clients.list(project(c))),
    )
    .get(
      '/:provider',
      {
        operationId: 'getOAuthClient',
        summary: "One connector's OAuth client settings (never the secret)",
        tag: 'OAuth',
        params: PROVIDER,
        responses: { 200: { description: 'The client settings', body: named({ OAuthClient }) } },
        errors: { 404: 'No OAuth connector with this key' },
      },
      async (c, { params }) => c.json(await clients.get(project(c), params.provider)),
    )
    .put(
      '/:provider',
      {
        operationId: 'setOAuthClient',
        summary: 'Set the OAuth client (client_secret required the first time)',
        tag: 'OAuth',
        params: PROVIDER,
        body: { schema: named({ OAuthClientWrite }) },
        responses: { 200: { description: 'The client settings as saved (never the secret)', body: named({ OAuthClient }) } },
        errors: { 404: 'No OAuth connector with this key' },
      },
      async (c, { params, body }) => c.json(await clients.set(project(c), params.provider, body)),
    )
    .delete(
      '/:provider',
      {
        operationId: 'deleteOAuthClient',
        summary: 'Remove the OAuth client',
        tag: 'OAuth',
        params: PROVIDER,
        responses: { 204: { description: 'Removed' } },
        errors: { 404: 'No OAuth connector with this key, or no client set for it' },
      },
      async (c, { params }) => {
        await clients.remove(project(c), params.provider);
        return c.body(null, 204);
      },
    ).app;
}
