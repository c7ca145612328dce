import { Hono } from 'hono';
import { ConnectSessionAuthenticate, ConnectSessionCreate } from '../../contract/connect-sessions.js';
import { requireApiKey } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validation.js';
import type { Services } from '../services/index.js';

/** `/connect_sessions`: called by the host's backend with its API key; no CORS on purpose. */
export function connectSessionRoutes(services: Services, bodyLimitBytes: number) {
  return new Hono<AppEnv>()
    .use('*', requireApiKey(services.projects))
    .post('/', async (c) => {
      const input = parseInput(ConnectSessionCreate, await readJsonBody(c, bodyLimitBytes));
      return c.json(await services.sessions.create(c.get('project'), input), 201);
    })
    .post('/authenticate', async (c) => {
      const { token } = parseInput(ConnectSessionAuthenticate, await readJsonBody(c, bodyLimitBytes));
      return c.json(await services.sessions.describeToken(c.get('project'), token), 201);
    })
    .get('/:id', async (c) => c.json(await services.sessions.get(c.get('project'), c.req.param('id'))));
}
