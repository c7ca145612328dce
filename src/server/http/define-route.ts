import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { ParamKeys } from 'hono/types';
import type * as z from 'zod/mini';
import type { AppEnv } from './env.js';
import { readJsonBody } from './json-body.js';
import type { QueryParam } from './query-params.js';
import { parseInput } from './validation.js';

/*
 * A route's contract stated once, beside its handler: what it reads (path, query, body), what it answers, who
 * may call it. The same declaration parses the request before the handler runs and, found again through
 * `declarationOf` on the app's registered routes, becomes the route's operation in /openapi.json.
 */

export type Security = 'apiKey' | 'session' | 'none';
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Tag = 'Connect sessions' | 'Hub' | 'Accounts' | 'Project' | 'Webhooks' | 'Analytics' | 'OAuth' | 'Assets' | 'Operations';

/** A contract schema under its component name: `named({ LinkedAccount })`. */
export interface NamedSchema<S extends z.ZodMiniType = z.ZodMiniType> {
  name: string;
  schema: S;
}

export function named<S extends z.ZodMiniType>(one: Record<string, S>): NamedSchema<S> {
  const entries = Object.entries(one);
  if (entries.length !== 1) throw new Error('named() takes exactly one schema: named({ Name })');
  const [name, schema] = entries[0]!;
  return { name, schema };
}

/** A body that is not a contract schema: a media type with an optional plain JSON Schema. */
export interface RawContent {
  mediaType: string;
  schema?: Record<string, unknown>;
}

export interface ResponseHeader {
  description: string;
  schema: Record<string, unknown>;
}

export interface SuccessResponse {
  description: string;
  body?: NamedSchema | RawContent;
  headers?: Record<string, ResponseHeader>;
}

/** The headers a page of a list carries when there is a next one. */
export function nextPageHeaders(withLink: boolean): Record<string, ResponseHeader> {
  return {
    'x-next-page': { description: 'The next page number; absent on the last page', schema: { type: 'integer', minimum: 2 } },
    ...(withLink ? { Link: { description: 'The next page as `<path?query>; rel="next"`; absent on the last page', schema: { type: 'string' } } } : {}),
  };
}

export type ErrorStatus = 400 | 401 | 404 | 409 | 410 | 422 | 429 | 502 | 503 | 504;

/** Decides whether the request carries a body; when it does not, the body schema parses `{}`. */
export type BodySent = (c: Context) => boolean;

/** The webhook routes' optional bodies: sent when there is a Content-Type or a non-zero length. */
export const sentWithTypeOrLength: BodySent = (c) => Boolean(c.req.header('content-type')) || Number(c.req.header('content-length') ?? 0) > 0;

/** StackOne's client may post no body at all: sent unless the length is declared 0 or there is no stream. */
export const sentUnlessEmpty: BodySent = (c) => c.req.header('content-length') !== '0' && c.req.raw.body !== null;

export interface BodySpec<S extends z.ZodMiniType> {
  schema: NamedSchema<S>;
  /** Absent: the body is required. */
  sent?: BodySent;
}

type QuerySpec = Record<string, QueryParam<unknown>>;

type ParamSpec<P extends string> = [ParamKeys<P>] extends [never] ? { params?: undefined } : { params: Record<ParamKeys<P>, string> };

export type RouteSpec<P extends string, Q extends QuerySpec, S extends z.ZodMiniType> = {
  operationId: string;
  summary: string;
  description?: string;
  tag: Tag;
  query?: Q;
  body?: BodySpec<S>;
  /** The success answers by status. */
  responses: Partial<Record<200 | 201 | 202 | 204 | 302, SuccessResponse>>;
  /**
   * Error answers beyond the ones every route of its kind can give (added by the document: 400 for a bad URL
   * or input, 413/415 with a body, 401/429 with security, 503 when it touches storage).
   */
  errors?: Partial<Record<ErrorStatus, string>>;
  /** Errors are HTML pages for a person in a browser window (the OAuth popup), not JSON; any other failure is a page too. */
  errorsAsPages?: boolean;
  /** False for routes that never touch storage (no 503 storage_unavailable). */
  storage?: boolean;
  /** Runs after the security check, before the request is parsed (e.g. the submit limit). */
  before?: MiddlewareHandler<AppEnv>[];
} & ParamSpec<P>;

export interface RouteInput<P extends string, Q extends QuerySpec, S extends z.ZodMiniType> {
  params: Record<ParamKeys<P>, string>;
  query: { [K in keyof Q]: Q[K] extends QueryParam<infer T> ? T : never };
  body: z.output<S>;
}

export interface Declaration {
  method: Method;
  security: Security;
  spec: RouteSpec<string, QuerySpec, z.ZodMiniType>;
}

const declarations = new WeakMap<object, Declaration>();

/** The declaration behind a handler of `app.routes` (undefined for middlewares and undeclared routes). */
export function declarationOf(handler: unknown): Declaration | undefined {
  return typeof handler === 'function' ? declarations.get(handler) : undefined;
}

type Handler<P extends string, Q extends QuerySpec, S extends z.ZodMiniType> = (
  c: Context<AppEnv, P>,
  input: RouteInput<P, Q, S>,
) => Response | Promise<Response>;

interface RoutesOptions {
  security: Security;
  /** The check behind `security`; with `each`, run per declared route instead of for every path under the mount. */
  guard?: MiddlewareHandler<AppEnv>;
  each?: boolean;
  bodyLimitBytes?: number;
}

/**
 * A Hono sub-app whose routes are declared: `routes.get('/:id', spec, handler)`. With a guard and no `each`, the
 * guard runs for every path under the mount (`use('*')`), so an unknown path there answers 401 before 404, as
 * the routes always did.
 */
export class DeclaredRoutes {
  readonly app = new Hono<AppEnv>();

  constructor(private readonly options: RoutesOptions) {
    if (options.security !== 'none' && !options.guard) throw new Error(`${options.security} routes need the guard that checks it`);
    if (options.guard && !options.each) this.app.use('*', options.guard);
  }

  get<P extends string, Q extends QuerySpec = {}, S extends z.ZodMiniType = z.ZodMiniType>(path: P, spec: RouteSpec<P, Q, S>, handler: Handler<P, Q, S>): this {
    return this.add('get', path, spec, handler);
  }
  post<P extends string, Q extends QuerySpec = {}, S extends z.ZodMiniType = z.ZodMiniType>(path: P, spec: RouteSpec<P, Q, S>, handler: Handler<P, Q, S>): this {
    return this.add('post', path, spec, handler);
  }
  put<P extends string, Q extends QuerySpec = {}, S extends z.ZodMiniType = z.ZodMiniType>(path: P, spec: RouteSpec<P, Q, S>, handler: Handler<P, Q, S>): this {
    return this.add('put', path, spec, handler);
  }
  patch<P extends string, Q extends QuerySpec = {}, S extends z.ZodMiniType = z.ZodMiniType>(path: P, spec: RouteSpec<P, Q, S>, handler: Handler<P, Q, S>): this {
    return this.add('patch', path, spec, handler);
  }
  delete<P extends string, Q extends QuerySpec = {}, S extends z.ZodMiniType = z.ZodMiniType>(path: P, spec: RouteSpec<P, Q, S>, handler: Handler<P, Q, S>): this {
    return this.add('delete', path, spec, handler);
  }

  /** Another declared sub-app below this one (its declarations travel with its handlers). */
  route(path: string, routes: DeclaredRoutes): this {
    this.app.route(path, routes.app);
    return this;
  }

  private add<P extends string, Q extends QuerySpec, S extends z.ZodMiniType>(method: Method, path: P, spec: RouteSpec<P, Q, S>, handler: Handler<P, Q, S>): this {
    const { bodyLimitBytes } = this.options;
    if (spec.body && bodyLimitBytes === undefined) throw new Error(`${method.toUpperCase()} ${path}: a body needs the routes' bodyLimitBytes`);
    const run = async (c: Context<AppEnv, P>) => {
      const query = Object.fromEntries(Object.entries(spec.query ?? {}).map(([name, param]) => [name, param.parse(c, name)]));
      let body: unknown;
      if (spec.body) {
        const sent = spec.body.sent ? spec.body.sent(c) : true;
        body = parseInput(spec.body.schema.schema, sent ? await readJsonBody(c, bodyLimitBytes!) : {});
      }
      return handler(c, { params: c.req.param() as unknown as Record<ParamKeys<P>, string>, query, body } as RouteInput<P, Q, S>);
    };
    declarations.set(run, { method, security: this.options.security, spec: spec as unknown as Declaration['spec'] });
    const guard = this.options.each && this.options.guard ? [this.options.guard] : [];
    const handlers = [...guard, ...(spec.before ?? []), run] as MiddlewareHandler<AppEnv>[];
    this.app.on(method.toUpperCase(), path, ...(handlers as [MiddlewareHandler<AppEnv>]));
    return this;
  }
}
