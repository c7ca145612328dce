import * as z from 'zod/mini';
import { ApiErrorBody } from '../../contract/errors.js';
import { declarationOf, named, type Declaration, type NamedSchema, type RawContent, type Tag } from './define-route.js';

type JsonObject = Record<string, unknown>;

/** What `app.routes` holds (Hono's RouterRoute, only the fields read here). */
export interface RegisteredRoute {
  method: string;
  path: string;
  handler: unknown;
}

/** A message this server sends (the OpenAPI `webhooks` section): declared where the sending is configured. */
export interface OutgoingWebhook {
  name: string;
  operationId: string;
  summary: string;
  description: string;
  tag: Tag;
  body: NamedSchema;
  responses: Record<string, string>;
}

export interface DocumentInfo {
  title: string;
  version: string;
  description: string;
  license: { name: string; identifier: string };
  tags: Record<Tag, string>;
  serverUrl: string;
  webhooks: OutgoingWebhook[];
}

/** Hono's `/accounts/:id` as OpenAPI's `/accounts/{id}`, without a trailing slash. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}').replace(/(.)\/$/, '$1');
}

const ERROR_BODY = named({ ApiErrorBody });

const SECURITY = {
  apiKey: [{ apiKey: [] }, { bearerKey: [] }],
  session: [{ hubSessionToken: [] }],
  none: [],
} as const;

const UNAUTHORIZED = {
  apiKey: 'Missing, malformed or unknown API key',
  session: 'Missing, unknown or expired session token (`code` is `token_expired` once it has expired)',
} as const;

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } };

/** The components collected while the operations are built: each contract schema once, by name. */
class Components {
  private readonly schemas = new Map<string, { schema: z.ZodMiniType; io: 'input' | 'output' }>();

  ref(named: NamedSchema, io: 'input' | 'output'): JsonObject {
    const known = this.schemas.get(named.name);
    if (known && (known.schema !== named.schema || known.io !== io)) throw new Error(`${named.name} names two schemas (or one as both request and response): a component name means one JSON Schema`);
    this.schemas.set(named.name, { schema: named.schema, io });
    return { $ref: `#/components/schemas/${named.name}` };
  }

  json(named: NamedSchema, io: 'input' | 'output'): JsonObject {
    return { 'application/json': { schema: this.ref(named, io) } };
  }

  document(): JsonObject {
    const entries = [...this.schemas].sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(
      entries.map(([name, { schema, io }]) => {
        const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
        return [name, withoutEmptyAlternatives(jsonSchema)];
      }),
    );
  }
}

/**
 * `anyOf: [{}, {type: null}]` (what `z.nullable(z.unknown())` converts to) says "anything" the long way, and
 * linters read the `{}` as a mistake: such a union becomes `{}`.
 */
function withoutEmptyAlternatives(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyAlternatives);
  if (!value || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutEmptyAlternatives(item)])) as JsonObject;
  if (Array.isArray(out.anyOf) && out.anyOf.some((option) => option && typeof option === 'object' && Object.keys(option).length === 0)) {
    delete out.anyOf;
  }
  return out;
}

function isRaw(body: NamedSchema | RawContent): body is RawContent {
  return 'mediaType' in body;
}

function operationObject(path: string, { method, security, spec }: Declaration, components: Components): JsonObject {
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const described = (spec.params ?? {}) as Record<string, string>;
  const undescribed = pathParams.filter((name) => !described[name]);
  const unknown = Object.keys(described).filter((name) => !pathParams.includes(name));
  if (undescribed.length || unknown.length) throw new Error(`${method.toUpperCase()} ${path}: path parameters ${[...undescribed, ...unknown].join(', ')} do not match the declaration`);
  const parameters = [
    ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description: described[name] })),
    ...Object.entries(spec.query ?? {}).map(([name, param]) => param.document(name)),
  ];

  const responses: Record<string, JsonObject> = {};
  for (const [status, response] of Object.entries(spec.responses)) {
    if (!response) continue;
    const content = response.body ? (isRaw(response.body) ? { [response.body.mediaType]: response.body.schema ? { schema: response.body.schema } : {} } : components.json(response.body, 'output')) : undefined;
    responses[status] = { description: response.description, ...(response.headers ? { headers: response.headers } : {}), ...(content ? { content } : {}) };
  }
  const errorJson = () => components.json(ERROR_BODY, 'output');
  const page = { 'text/html': { schema: { type: 'string' } } };
  const error = (status: number, description: string, asPage = false, headers?: JsonObject) => {
    responses[String(status)] = { description, ...(headers ? { headers } : {}), content: asPage ? { ...errorJson(), ...page } : errorJson() };
  };
  const readsInput = Boolean(spec.body || spec.query);
  error(400, spec.errors?.[400] ?? (readsInput ? 'Invalid input: `message` names the problem and `field` the parameter or body field' : 'Malformed URL (a bad percent-escape or a NUL character)'), spec.errorsAsPages);
  if (security !== 'none') error(401, spec.errors?.[401] ?? UNAUTHORIZED[security]);
  for (const [status, description] of Object.entries(spec.errors ?? {})) {
    const automatic = ['400', '429', '503', ...(security !== 'none' ? ['401'] : [])];
    if (description && !automatic.includes(status)) error(Number(status), description, spec.errorsAsPages);
  }
  if (spec.body) {
    error(413, 'The body is larger than the server\'s limit');
    error(415, 'The body is not `application/json`');
  }
  if (security !== 'none' || spec.errors?.[429]) {
    error(429, spec.errors?.[429] ?? 'Too many failed API keys or session tokens from this address, or too many credential submits for this session', false, RETRY_AFTER);
  }
  if (spec.storage !== false || spec.errors?.[503]) error(503, spec.errors?.[503] ?? 'Storage is unavailable (disk full, read-only, database gone); `code` is `storage_unavailable`');
  const ordered = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
  if (spec.errorsAsPages) ordered.default = { description: 'Any other failure: an HTML page saying what went wrong', content: page };

  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    security: SECURITY[security],
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: !spec.body.sent, content: components.json(spec.body.schema, 'input') } } : {}),
    responses: ordered,
  };
}

/** The declared operations among an app's registered routes, by OpenAPI path and method. */
export function declaredOperations(routes: readonly RegisteredRoute[]): { path: string; declaration: Declaration }[] {
  const found: { path: string; declaration: Declaration }[] = [];
  for (const route of routes) {
    const declaration = declarationOf(route.handler);
    if (!declaration) continue;
    if (declaration.method !== route.method.toLowerCase()) throw new Error(`${route.method} ${route.path} carries the declaration of a ${declaration.method} route`);
    found.push({ path: openApiPath(route.path), declaration });
  }
  return found;
}

/** The OpenAPI 3.1 document of an app: its declared routes, the contract schemas they name, the webhooks it sends. */
export function openApiDocument(routes: readonly RegisteredRoute[], info: DocumentInfo): JsonObject {
  const components = new Components();
  const paths: Record<string, Record<string, JsonObject>> = {};
  const operationIds = new Set<string>();
  for (const { path, declaration } of declaredOperations(routes)) {
    const methods = (paths[path] ??= {});
    if (methods[declaration.method]) throw new Error(`${declaration.method.toUpperCase()} ${path} is declared twice`);
    if (operationIds.has(declaration.spec.operationId)) throw new Error(`operationId ${declaration.spec.operationId} is used twice`);
    operationIds.add(declaration.spec.operationId);
    methods[declaration.method] = operationObject(path, declaration, components);
  }
  const webhooks = Object.fromEntries(
    info.webhooks.map((hook) => [
      hook.name,
      {
        post: {
          operationId: hook.operationId,
          summary: hook.summary,
          description: hook.description,
          tags: [hook.tag],
          // Nothing to authenticate with at the receiver: it verifies the signature headers instead.
          security: [],
          requestBody: { required: true, content: components.json(hook.body, 'output') },
          responses: Object.fromEntries(Object.entries(hook.responses).map(([status, description]) => [status, { description }])),
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, description: info.description, license: info.license },
    servers: [{ url: info.serverUrl, description: 'This server (its PUBLIC_URL)' }],
    tags: Object.entries(info.tags).map(([name, description]) => ({ name, description })),
    paths,
    webhooks,
    components: {
      schemas: components.document(),
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'basic', description: 'The project API key as username, empty password' },
        bearerKey: { type: 'http', scheme: 'bearer', description: 'The project API key' },
        hubSessionToken: { type: 'apiKey', in: 'header', name: 'x-hub-session-token', description: 'The connect session token (from POST /connect_sessions)' },
      },
    },
  };
}
