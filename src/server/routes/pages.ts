import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { errorBody } from '../http/api-error.js';

/**
 * Lit styles go through adoptedStyleSheets, so neither inline styles nor eval are needed. No page of ours is
 * meant to be framed (the hub embeds as an element, not an iframe), so none may be: clickjacking.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The origins that may frame the auth-link page of the session `token` names: its project's
 * `allowed_origins` (its embedding origins), none for an unknown token or a project without the list.
 */
export type FrameAncestors = (token: string) => Promise<string[]>;

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

async function authLinkCsp(token: string | undefined, frameAncestors: FrameAncestors | undefined): Promise<string> {
  if (!token || !frameAncestors) return PAGE_CSP;
  const origins = await frameAncestors(token).then(
    (list) => list.filter((origin) => ORIGIN.test(origin)),
    () => [],
  );
  return origins.length ? PAGE_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${origins.join(' ')}`) : PAGE_CSP;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function readInside(root: string, relative: string): Promise<Buffer | undefined> {
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return await readFile(file);
  } catch {
    return undefined;
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

function notBuilt(c: Context, clock: () => Date, what: string) {
  const message = `The ${what} is not built yet: run npm run build, then restart the server`;
  if ((c.req.header('accept') ?? '').includes('text/html')) {
    return c.html(`<!doctype html><meta charset="utf-8"><title>Connect Hub: not built</title><p>${message}.</p>`, 503);
  }
  return c.json(errorBody(503, 'unavailable', message, {}, clock()), 503);
}

/**
 * The Vite build output: the standalone hub page (auth links), its assets, and the embeddable bundles
 * under /sdk (from the sibling `lib/` of the app build).
 */
export function pageRoutes(distDir: string, clock: () => Date, frameAncestors?: FrameAncestors) {
  const appRoot = path.resolve(distDir);
  const libRoot = path.resolve(appRoot, '..', 'lib');
  const app = new Hono();

  const indexPage = async (c: Context) => {
    const html = await readInside(appRoot, 'index.html');
    if (!html) return notBuilt(c, clock, 'hub page');
    return c.body(new Uint8Array(html), 200, {
      'content-type': CONTENT_TYPES['.html'] ?? 'text/html',
      // A project that lists its embedding origins may frame its own links there; nobody else may.
      'content-security-policy': await authLinkCsp(c.req.query('token'), frameAncestors),
      'cache-control': 'no-cache',
      'referrer-policy': 'no-referrer',
    });
  };
  app.get('/embedded/integrations', indexPage);
  app.get('/link', indexPage);

  const serveFrom = (root: string, prefix: string, headers: Record<string, string>, what: string) => async (c: Context) => {
    let relative = decodeURIComponent(c.req.path.slice(prefix.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = await readInside(root, relative);
    if (!file) {
      if (!(await isDirectory(root))) return notBuilt(c, clock, what);
      return c.json(errorBody(404, 'not_found', `No file ${c.req.path}`, {}, clock()), 404);
    }
    const isHtml = path.extname(relative) === '.html';
    return c.body(new Uint8Array(file), 200, {
      'content-type': CONTENT_TYPES[path.extname(relative)] ?? 'application/octet-stream',
      ...(isHtml ? { 'content-security-policy': PAGE_CSP, 'cache-control': 'no-cache' } : headers),
    });
  };
  app.get('/assets/*', serveFrom(path.join(appRoot, 'assets'), '/assets/', { 'cache-control': 'public, max-age=31536000, immutable' }, 'hub page'));
  app.get(
    '/sdk/*',
    serveFrom(libRoot, '/sdk/', { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }, 'embeddable bundle'),
  );
  // Operator pages built beside the hub page (dashboard, demo hosts), when the build has them.
  for (const section of ['dashboard', 'demo']) {
    const serveSection = serveFrom(path.join(appRoot, section), `/${section}/`, { 'cache-control': 'no-cache' }, `${section} page`);
    app.get(`/${section}`, (c) => c.redirect(`/${section}/`, 301));
    app.get(`/${section}/*`, serveSection);
  }
  return app;
}
