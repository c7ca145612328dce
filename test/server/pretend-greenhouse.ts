/**
 * A pretend Greenhouse token endpoint (Harvest v3 client credentials), strict the way an OAuth 2.0 token
 * endpoint is (RFC 6749 §4.4, §5.2): POST https://auth.greenhouse.io/token, the client authenticated with
 * HTTP Basic id:secret, a form-encoded body with grant_type=client_credentials and an optional numeric `sub`
 * (the user the integration acts as). Plugged in as the server's `fetch`, it records every request it gets.
 */
export interface GreenhouseClient {
  clientId: string;
  clientSecret: string;
  /** Greenhouse user ids `sub` may name. */
  userIds: string[];
}

export interface SeenRequest {
  method: string;
  url: string;
  contentType: string | null;
  authorization: string | null;
  body: string;
}

const TOKEN_URL = 'https://auth.greenhouse.io/token';

function oauthError(status: number, error: string, description: string): Response {
  return Response.json({ error, error_description: description }, { status, headers: { 'cache-control': 'no-store' } });
}

export function pretendGreenhouse(client: GreenhouseClient): { fetch: (request: Request) => Promise<Response>; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const handle = async (request: Request): Promise<Response> => {
    const body = await request.text();
    const contentType = request.headers.get('content-type');
    const authorization = request.headers.get('authorization');
    seen.push({ method: request.method, url: request.url, contentType, authorization, body });
    if (request.url !== TOKEN_URL) return new Response('Not Found', { status: 404 });
    if (request.method !== 'POST') return new Response('Method Not Allowed', { status: 405, headers: { allow: 'POST' } });
    if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) {
      return oauthError(400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded.');
    }
    const pair = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization ?? '')?.[1];
    const decoded = pair ? Buffer.from(pair, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon < 0 || decoded.slice(0, colon) !== client.clientId || decoded.slice(colon + 1) !== client.clientSecret) {
      return oauthError(401, 'invalid_client', 'Client authentication failed.');
    }
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported.');
    const sub = form.get('sub');
    if (sub !== null && !client.userIds.includes(sub)) return oauthError(400, 'invalid_request', `No user with id ${sub}.`);
    return Response.json({ access_token: `gh_v3_${seen.length}`, token_type: 'Bearer', expires_in: 3600 }, { headers: { 'cache-control': 'no-store' } });
  };
  return { fetch: handle, seen };
}
