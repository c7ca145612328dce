import type { Context } from 'hono';
import { ConnectSession, ConnectSessionAuthenticate, ConnectSessionCreate, ConnectSessionTokenAuthLink } from '../../contract/connect-sessions.js';
import { requireApiKey } from '../http/auth.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import type { Services } from '../services/index.js';

/** `/connect_sessions`: called by the host's backend with its API key; no CORS on purpose. */
export function connectSessionRoutes(services: Services, bodyLimitBytes: number) {
  const project = (c: Context) => c.get('project');
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(services.projects), bodyLimitBytes })
    .post(
      '/',
      {
        operationId: 'createConnectSession',
        summary: 'Create a connect session (token + auth link)',
        tag: 'Connect sessions',
        body: { schema: named({ ConnectSessionCreate }) },
        responses: { 201: { description: 'The session token and its auth link', body: named({ ConnectSessionTokenAuthLink }) } },
      },
      async (c, { body }) => c.json(await services.sessions.create(project(c), body), 201),
    )
    .post(
      '/authenticate',
      {
        operationId: 'authenticateConnectSession',
        summary: 'Describe the session a token belongs to',
        tag: 'Connect sessions',
        body: { schema: named({ ConnectSessionAuthenticate }) },
        responses: { 201: { description: 'The session the token belongs to', body: named({ ConnectSession }) } },
      },
      async (c, { body }) => c.json(await services.sessions.describeToken(project(c), body.token), 201),
    )
    .get(
      '/:id',
      {
        operationId: 'getConnectSession',
        summary: 'Get a connect session',
        tag: 'Connect sessions',
        params: { id: 'Session id (integer)' },
        responses: { 200: { description: 'The session', body: named({ ConnectSession }) } },
        errors: { 404: 'No such session in this project' },
      },
      async (c, { params }) => c.json(await services.sessions.get(project(c), params.id)),
    ).app;
}
