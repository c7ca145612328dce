import type { Context } from 'hono';
import { ProjectConnector, ProjectConnectorList, ProjectConnectorUpdate, ProjectSummary, ProjectUpdate } from '../../contract/project.js';
import { requireApiKey } from '../http/auth.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import type { Services } from '../services/index.js';
import { ProjectSettingsService } from '../services/project-settings.js';

/** `/project`: the API key's own project, for the operator dashboard and scripts. No CORS, like the rest of the public API. */
export function projectRoutes(services: Services, bodyLimitBytes: number) {
  const settings = new ProjectSettingsService(services.projects, services.connectors);
  const project = (c: Context) => c.get('project');
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(services.projects), bodyLimitBytes })
    .get(
      '/',
      {
        operationId: 'getProject',
        summary: "The API key's project: name, id, categories of its enabled connectors",
        tag: 'Project',
        responses: { 200: { description: 'The project', body: named({ ProjectSummary }) } },
      },
      async (c) => c.json(await settings.summary(project(c))),
    )
    .patch(
      '/',
      {
        operationId: 'updateProject',
        summary: 'Rename the project, set the origins allowed to embed the hub (postMessage targets, redirect returns) or how many times a renewable link may renew itself',
        tag: 'Project',
        body: { schema: named({ ProjectUpdate }) },
        responses: { 200: { description: 'The project as updated', body: named({ ProjectSummary }) } },
      },
      async (c, { body }) => c.json(await settings.update(project(c), body)),
    )
    .get(
      '/connectors',
      {
        operationId: 'listProjectConnectors',
        summary: 'The connector catalog with the enabled flag for this project',
        tag: 'Project',
        responses: { 200: { description: 'Every connector of the catalog', body: named({ ProjectConnectorList }) } },
      },
      async (c) => c.json({ connectors: await settings.connectors(project(c)) }),
    )
    .put(
      '/connectors/:key',
      {
        operationId: 'setProjectConnectorEnabled',
        summary: 'Enable or disable a connector for this project (the hub follows at once)',
        tag: 'Project',
        params: { key: 'Connector key' },
        body: { schema: named({ ProjectConnectorUpdate }) },
        responses: { 200: { description: 'The connector with its new flag', body: named({ ProjectConnector }) } },
        errors: { 404: 'No connector with this key in the catalog' },
      },
      async (c, { params, body }) => c.json(await settings.setEnabled(project(c), params.key, body.enabled)),
    ).app;
}
