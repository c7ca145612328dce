import { createMiddleware } from 'hono/factory';
import { mutableHeaders } from './response-headers.js';

export const FRAME_ANCESTORS_NONE = "frame-ancestors 'none'";

export interface BrowserHeaderOptions {
  /** The server's public URL: HSTS is sent only when it is https (a plain-http server must stay reachable). */
  publicUrl: string;
}

/**
 * The headers every response carries (issue 11 §5), whatever route made it, errors and 404s included:
 * - no page of ours may be framed (clickjacking on the auth link): `frame-ancestors 'none'` joined to the
 *   page's own CSP (or alone when it has none) and `X-Frame-Options: DENY` for older browsers; a page that
 *   already names its `frame-ancestors` keeps them;
 * - `Referrer-Policy: strict-origin-when-cross-origin` unless the route chose one (the pages whose URL
 *   carries a session token send `no-referrer`);
 * - `X-Content-Type-Options: nosniff`;
 * - `Strict-Transport-Security` when the public URL is https.
 */
export function browserHeaders(options: BrowserHeaderOptions) {
  const hsts = new URL(options.publicUrl).protocol === 'https:' ? 'max-age=31536000; includeSubDomains' : undefined;
  return createMiddleware(async (c, next) => {
    await next();
    const headers = mutableHeaders(c);
    const csp = headers.get('content-security-policy');
    if (!csp || !/(^|;)\s*frame-ancestors\s/i.test(csp)) {
      headers.set('content-security-policy', csp ? `${csp.replace(/[;\s]+$/, '')}; ${FRAME_ANCESTORS_NONE}` : FRAME_ANCESTORS_NONE);
    }
    if (/(^|;)\s*frame-ancestors\s+'none'/i.test(headers.get('content-security-policy') ?? '') && !headers.has('x-frame-options')) {
      headers.set('x-frame-options', 'DENY');
    }
    if (!headers.has('referrer-policy')) headers.set('referrer-policy', 'strict-origin-when-cross-origin');
    if (hsts && !headers.has('strict-transport-security')) headers.set('strict-transport-security', hsts);
  });
}
