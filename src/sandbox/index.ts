import { Hono } from 'hono';
import type { Context } from 'hono';

/** The one key / password the pretend providers accept. */
export const SANDBOX_GOOD_SECRET = 'sandbox_good';
export const SANDBOX_ATS_USERNAME = 'demo';

function companyName(slug: string): string {
  const words = slug.split(/[-_]+/).filter(Boolean);
  return `${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') || 'Sandbox'} Ltd`;
}

function unauthorized(c: Context, scheme: 'Bearer' | 'Basic', error: string, message: string) {
  c.header('www-authenticate', `${scheme} realm="connect-hub-sandbox"`);
  // Shaped like our own errors too (statusCode, message), so one check reads every 4xx this server sends.
  return c.json({ statusCode: 401, error, message }, 401);
}

/** `Basic base64(user:pass)` → its parts, or undefined when the header is anything else. */
function basicCredentials(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Keys the pretend providers were told to refuse (the sandbox admin route), so the health check's loop
 * (valid → refused → invalid → fixed) can be tried offline. A rule names a key and, optionally, where: the HRIS
 * subdomain or the ATS company id (without one it applies everywhere), and the answer: 401 or 403 (refused), or
 * 503 (the provider is down, which must not invalidate anything).
 */
export class SandboxRejections {
  readonly #rules = new Map<string, RejectionStatus>();

  static #rule(key: string, scope: string | undefined): string {
    return JSON.stringify([key, scope ?? '*']);
  }

  start(key: string, scope?: string, status: RejectionStatus = 401): void {
    this.#rules.set(SandboxRejections.#rule(key, scope), status);
  }

  stop(key: string, scope?: string): boolean {
    return this.#rules.delete(SandboxRejections.#rule(key, scope));
  }

  /** The status this key gets here instead of its normal answer, if a rule says so. */
  answerFor(key: string, scope: string): RejectionStatus | undefined {
    return this.#rules.get(SandboxRejections.#rule(key, scope)) ?? this.#rules.get(SandboxRejections.#rule(key, undefined));
  }

  list(): { key_hint: string; scope: string | null; status: RejectionStatus }[] {
    return [...this.#rules].map(([rule, status]) => {
      const [key, scope] = JSON.parse(rule) as [string, string];
      return { key_hint: `${key.slice(0, 4)}…`, scope: scope === '*' ? null : scope, status };
    });
  }
}

export const REJECTION_STATUSES = [401, 403, 503] as const;
export type RejectionStatus = (typeof REJECTION_STATUSES)[number];

/** What a provider under a rule answers instead. */
function ruledAnswer(c: Context, status: RejectionStatus, scheme: 'Bearer' | 'Basic', where: string) {
  if (status === 503) return c.json({ statusCode: 503, error: 'maintenance', message: `The sandbox provider for ${where} is down for maintenance` }, 503);
  if (status === 403) return c.json({ statusCode: 403, error: 'forbidden', message: `These credentials no longer have access to ${where}` }, 403);
  return unauthorized(c, scheme, 'credentials_revoked', `These credentials were revoked for ${where}`);
}

const ADMIN_BODY_BYTES = 4096;

/** `{key, scope?}` of an admin request, or a 400 naming what is wrong. */
async function rejectionRule(c: Context): Promise<{ key: string; scope?: string; status: RejectionStatus } | Response> {
  const bad = (message: string, field?: string) => c.json({ statusCode: 400, message, ...(field ? { field } : {}), timestamp: new Date().toISOString() }, 400);
  if (Number(c.req.header('content-length') ?? 0) > ADMIN_BODY_BYTES) return bad(`The body may hold at most ${ADMIN_BODY_BYTES} bytes`);
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return bad('The body must be JSON: {"key": "…", "scope": "<subdomain or company id>"}');
  }
  const { key, scope, status = 401 } = (body ?? {}) as { key?: unknown; scope?: unknown; status?: unknown };
  if (typeof key !== 'string' || key.length === 0 || key.length > 256) return bad('key: the API key or password to refuse (1–256 characters)', 'key');
  if (scope !== undefined && scope !== null && (typeof scope !== 'string' || scope.length === 0 || scope.length > 128)) {
    return bad('scope: the HRIS subdomain or ATS company id the rule applies to (1–128 characters), or absent for everywhere', 'scope');
  }
  if (!(REJECTION_STATUSES as readonly unknown[]).includes(status)) return bad(`status: one of ${REJECTION_STATUSES.join(', ')} (default 401)`, 'status');
  return { key, status: status as RejectionStatus, ...(typeof scope === 'string' ? { scope } : {}) };
}

/**
 * Pretend providers for the sandbox connectors; the server mounts the app at `/sandbox` (only while the sandbox
 * is on: never in production). They answer like small real APIs: a "who am I" endpoint, JSON errors,
 * `WWW-Authenticate` on 401. `/sandbox/admin/rejections` tells them to start (POST) or stop (DELETE) refusing a key.
 */
export function createSandboxProviders(): { app: Hono; rejections: SandboxRejections } {
  const rejections = new SandboxRejections();
  const sandboxApp = new Hono();

  sandboxApp.get('/admin/rejections', (c) => c.json({ rejections: rejections.list() }));
  sandboxApp.post('/admin/rejections', async (c) => {
    const rule = await rejectionRule(c);
    if (rule instanceof Response) return rule;
    rejections.start(rule.key, rule.scope, rule.status);
    return c.json({ rejecting: true, scope: rule.scope ?? null, status: rule.status }, 201);
  });
  sandboxApp.delete('/admin/rejections', async (c) => {
    const rule = await rejectionRule(c);
    if (rule instanceof Response) return rule;
    return c.json({ rejecting: false, was_rejecting: rejections.stop(rule.key, rule.scope), scope: rule.scope ?? null });
  });

  sandboxApp.get('/hris/:subdomain/v1/me', (c) => {
    const subdomain = c.req.param('subdomain');
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const ruled = bearer ? rejections.answerFor(bearer, subdomain) : undefined;
    if (ruled) return ruledAnswer(c, ruled, 'Bearer', subdomain);
    if (bearer !== SANDBOX_GOOD_SECRET) {
      return unauthorized(c, 'Bearer', 'invalid_api_key', `The API key is not valid for ${subdomain}`);
    }
    return c.json({
      id: 'emp_0001',
      subdomain,
      name: 'Sandra Box',
      email: `sandra.box@${subdomain}.example`,
      role: 'HR admin',
      company: { id: `cmp_${subdomain}`, name: companyName(subdomain), employees: 42 },
    });
  });

  sandboxApp.get('/ats/:region{eu|us}/v1/companies/:company_id{[0-9]+}/me', (c) => {
    const region = c.req.param('region');
    const companyId = Number(c.req.param('company_id'));
    const credentials = basicCredentials(c.req.header('authorization'));
    const ruled = credentials ? rejections.answerFor(credentials.password, String(companyId)) : undefined;
    if (ruled) return ruledAnswer(c, ruled, 'Basic', `company ${companyId}`);
    if (!credentials || credentials.username !== SANDBOX_ATS_USERNAME || credentials.password !== SANDBOX_GOOD_SECRET) {
      return unauthorized(
        c,
        'Basic',
        'invalid_credentials',
        `The username or password is not valid for company ${companyId} (${region.toUpperCase()})`,
      );
    }
    return c.json({
      id: 'rec_0001',
      username: credentials.username,
      region,
      name: 'Demo Recruiter',
      company: { id: companyId, name: `Sandbox Talent ${region.toUpperCase()}`, open_jobs: 7 },
    });
  });

  sandboxApp.notFound((c) =>
    c.json({ statusCode: 404, error: 'not_found', message: `The sandbox has no ${c.req.method} ${c.req.path}` }, 404),
  );
  return { app: sandboxApp, rejections };
}

/** One set of the pretend providers (tests that call them without a server). */
export const sandboxApp = createSandboxProviders().app;
