import { Hono } from 'hono';
import { ProjectConnectorUpdate, ProjectUpdate } from '../../contract/project.js';
import { requireApiKey } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validation.js';
import type { Services } from '../services/index.js';
import { ProjectSettingsService } from '../services/project-settings.js';

/** `/project`: the API key's own project, for the operator dashboard and scripts. No CORS, like the rest of the public API. */
export function projectRoutes(services: Services, bodyLimitBytes: number) {
  const settings = new ProjectSettingsService(services.projects, services.connectors);
  return new Hono<AppEnv>()
    .use('*', requireApiKey(services.projects))
    .get('/', async (c) => c.json(await settings.summary(c.get('project'))))
    .patch('/', async (c) => {
      const changes = parseInput(ProjectUpdate, await readJsonBody(c, bodyLimitBytes));
      return c.json(await settings.update(c.get('project'), changes));
    })
    .get('/connectors', async (c) => c.json({ connectors: await settings.connectors(c.get('project')) }))
    .put('/connectors/:key', async (c) => {
      const { enabled } = parseInput(ProjectConnectorUpdate, await readJsonBody(c, bodyLimitBytes));
      return c.json(await settings.setEnabled(c.get('project'), c.req.param('key'), enabled));
    });
}
