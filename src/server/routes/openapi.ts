import { DeclaredRoutes, type Tag } from '../http/define-route.js';
import { openApiDocument, openApiPath, type RegisteredRoute } from '../http/openapi.js';
import { ACCOUNT_WEBHOOK, SESSION_WEBHOOK } from './webhooks.js';

const TAGS: Record<Tag, string> = {
  'Connect sessions': "Called by the host's backend with its API key: mint the session token (and auth link) a hub is opened with.",
  Hub: 'What the embedded hub calls with the session token (StackOne Connect contract E1–E9): settings, connector forms, credential submits, OAuth connection attempts.',
  Accounts: 'The Accounts API: list, read, relabel and delete linked accounts, and read their usable credentials.',
  Project: "The API key's own project: its name, embedding origins and which connectors are enabled.",
  Webhooks: 'Endpoints that receive signed account events, their delivery log and redelivery.',
  Analytics: "How the project's end users fare with their links: the hub's steps, counted by session (the conversion funnel).",
  OAuth: "OAuth connectors: the project's client settings, the popup's start URL and the provider callback.",
  Assets: 'Static assets the hub shows (connector logos).',
  Operations: 'Liveness, readiness and this document.',
};

/**
 * Routes that are not part of the API, by design, each with the reason. Everything else the app registers must
 * carry a declaration (test/server/openapi.test.ts walks `app.routes` against both).
 */
export const UNDOCUMENTED: readonly { path: RegExp; reason: string }[] = [
  { path: /^\/(embedded\/integrations|link)$/, reason: 'The standalone hub page (auth links): HTML for a person, not an API' },
  { path: /^\/embedded\/accounts\/callback(\.js|\.css)?$/, reason: 'The OAuth popup\'s landing page and its script and style: HTML for the popup window' },
  { path: /^\/(assets|sdk)\/\*$/, reason: 'Built static files (the hub bundle, the embeddable SDK)' },
  { path: /^\/(dashboard|demo)(\/\*)?$/, reason: 'Operator pages built beside the hub (dashboard, demo hosts): HTML' },
  { path: /^\/demo\/api(\/|$)/, reason: "The demo's pretend host backend: its shapes belong to the demo, not to the connect contract" },
  { path: /^\/sandbox(\/|$)/, reason: 'The sandbox providers and their OAuth server: pretend third parties for development, not this API' },
  { path: /^\/metrics$/, reason: "Prometheus text exposition for the operator's scraper, not a JSON API" },
];

/** Routes of the app that are neither declared nor listed as undocumented (middlewares, `ALL`, are skipped). */
export function undeclaredRoutes(routes: readonly RegisteredRoute[], declared: (route: RegisteredRoute) => boolean): string[] {
  const byOperation = new Map<string, boolean>();
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    const key = `${route.method} ${openApiPath(route.path)}`;
    byOperation.set(key, (byOperation.get(key) ?? false) || declared(route));
  }
  return [...byOperation]
    .filter(([key, isDeclared]) => !isDeclared && !UNDOCUMENTED.some(({ path }) => path.test(key.slice(key.indexOf(' ') + 1))))
    .map(([key]) => key);
}

const WEBHOOK_SIGNING_NOTE = 'See the `account` webhook for the delivery format and how to verify the signatures.';

/** `GET /openapi.json`: built on first request from the declarations on the app's routes, then kept. */
export function openApiRoutes(serverUrl: string, routes: () => readonly RegisteredRoute[]) {
  let document: Record<string, unknown> | undefined;
  return new DeclaredRoutes({ security: 'none' }).get(
    '/',
    {
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      description: `The OpenAPI 3.1 description of this server, generated from its route declarations. ${WEBHOOK_SIGNING_NOTE}`,
      tag: 'Operations',
      responses: { 200: { description: 'The OpenAPI document', body: { mediaType: 'application/json', schema: { type: 'object' } } } },
      storage: false,
    },
    (c) =>
      c.json(
        (document ??= openApiDocument(routes(), {
          title: 'Connect Hub API',
          version: '1',
          description: 'Connect sessions, the hub endpoints (StackOne Connect compatible), the Accounts API, webhooks and OAuth clients.',
          license: { name: 'MIT', identifier: 'MIT' },
          tags: TAGS,
          serverUrl,
          webhooks: [ACCOUNT_WEBHOOK, SESSION_WEBHOOK],
        })),
      ),
  ).app;
}
