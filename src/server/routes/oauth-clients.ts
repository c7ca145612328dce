import { Hono } from 'hono';
import { OAuthClientWrite } from '../../contract/oauth.js';
import { requireApiKey } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validation.js';
import type { OAuthClientService } from '../oauth/clients.js';
import type { ProjectService } from '../services/projects.js';

/** `/oauth_clients`: the project's OAuth apps, one per OAuth connector (API key; what `connect-hub oauth` speaks). */
export function oauthClientRoutes(clients: OAuthClientService, projects: ProjectService, bodyLimitBytes: number) {
  return new Hono<AppEnv>()
    .use('*', requireApiKey(projects))
    .get('/', async (c) => c.json(await clients.list(c.get('project'))))
    .get('/:provider', async (c) => c.json(await clients.get(c.get('project'), c.req.param('provider'))))
    .put('/:provider', async (c) => {
      const input = parseInput(OAuthClientWrite, await readJsonBody(c, bodyLimitBytes));
      return c.json(await clients.set(c.get('project'), c.req.param('provider'), input));
    })
    .delete('/:provider', async (c) => {
      await clients.remove(c.get('project'), c.req.param('provider'));
      return c.body(null, 204);
    });
}
