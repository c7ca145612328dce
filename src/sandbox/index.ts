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
 * Pretend providers for the sandbox connectors; the server mounts this app at `/sandbox`.
 * They answer like small real APIs: a "who am I" endpoint, JSON errors, `WWW-Authenticate` on 401.
 */
export const sandboxApp = new Hono();

sandboxApp.get('/hris/:subdomain/v1/me', (c) => {
  const subdomain = c.req.param('subdomain');
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
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
