import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { matchLocale } from '../../contract/locales.js';
import { errorBody } from '../http/api-error.js';
import { CompressedCache, encodedBody } from '../http/compression.js';
import { applyRender, AuthLinkRenderer, sha256Source } from './auth-link-ssr.js';

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
 * What the auth-link page learns from its `?token=` before it answers: the origins that may frame it (the
 * project's `allowed_origins`) and, for a live session, the hub's first two answers (E1 settings, E2 list),
 * which go into the HTML so the page paints the list without asking. Unknown or expired token: no data, no
 * framing; the hub then asks the API and shows the expired view.
 */
export interface AuthLinkSession {
  frameAncestors: string[];
  settings?: unknown;
  connectors?: unknown;
  /** The session's `locale`, to preload that language's chunk. */
  locale?: string | null;
}
export type AuthLinkLookup = (token: string) => Promise<AuthLinkSession>;

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;
const NO_SESSION: AuthLinkSession = { frameAncestors: [] };

async function lookupSession(token: string | undefined, lookup: AuthLinkLookup | undefined): Promise<AuthLinkSession> {
  if (!token || !lookup) return NO_SESSION;
  return lookup(token).then(
    (session) => ({ ...session, frameAncestors: session.frameAncestors.filter((origin) => ORIGIN.test(origin)) }),
    () => NO_SESSION,
  );
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

interface BuiltFile {
  bytes: Buffer;
  /** Path and version: the key of its compressed copies. */
  version: string;
}

/**
 * The build's files, read once per version (path + size + mtime): a rebuild under a running server is
 * picked up by the next request, and nothing is read twice otherwise.
 */
class BuildFiles {
  readonly #files = new Map<string, BuiltFile>();

  async read(root: string, relative: string): Promise<BuiltFile | undefined> {
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) return undefined;
    try {
      const info = await stat(file);
      if (!info.isFile()) return undefined;
      const version = `${file}\u0000${info.size}\u0000${info.mtimeMs}`;
      const known = this.#files.get(file);
      if (known?.version === version) return known;
      const built = { bytes: await readFile(file), version };
      this.#files.set(file, built);
      return built;
    } catch {
      return undefined;
    }
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

/** Vite's content-hashed file names (`define-B-cecyls.js`): their bytes never change, so browsers may keep them for good. */
const HASHED = /-[A-Za-z0-9_-]{8}\.(js|css|svg|png|woff2|map)$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** JSON that may sit inside `<script type="application/json">`: no `<` can close the element or open a comment. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');


/**
 * The auth-link page prepared once per build: its stylesheet inlined (a `<style>` the CSP allows by hash, so
 * the first paint waits for no CSS request), and the split points where a request's data goes.
 */
interface AuthLinkTemplate {
  head: string;
  tail: string;
  styleHashes: string[];
  /** The page's `<connect-hub theme>`, for the server render. */
  theme: string;
  /** Language → the modules its catalog loads (`/assets/fr-….js` and what it imports), from Vite's manifest. */
  localeChunks: Map<string, string[]>;
}

async function prepareTemplate(files: BuildFiles, appRoot: string, html: string): Promise<AuthLinkTemplate> {
  const styleHashes: string[] = [];
  let page = html;
  for (const match of html.matchAll(/<link rel="stylesheet"(?: crossorigin)? href="\/assets\/([^"]+\.css)">/g)) {
    const css = await files.read(path.join(appRoot, 'assets'), match[1] ?? '');
    if (!css) continue;
    const text = css.bytes.toString('utf8').trim();
    styleHashes.push(sha256Source(text));
    page = page.replace(match[0], `<style>${text}</style>`);
  }
  const split = page.indexOf('</head>');
  return {
    head: split < 0 ? page : page.slice(0, split),
    tail: split < 0 ? '' : page.slice(split),
    styleHashes,
    theme: /<connect-hub id="hub" theme="(\w+)"/.exec(html)?.[1] ?? 'light',
    localeChunks: await localeChunks(files, appRoot),
  };
}

/** From `.vite/manifest.json`: each `src/hub/strings/<lang>.ts` chunk and its static imports, as `/assets/…` URLs. */
async function localeChunks(files: BuildFiles, appRoot: string): Promise<Map<string, string[]>> {
  const chunks = new Map<string, string[]>();
  const manifestFile = await files.read(appRoot, '.vite/manifest.json');
  if (!manifestFile) return chunks;
  type Entry = { file: string; imports?: string[] };
  let manifest: Record<string, Entry>;
  try {
    manifest = JSON.parse(manifestFile.bytes.toString('utf8')) as Record<string, Entry>;
  } catch {
    return chunks;
  }
  for (const [source, entry] of Object.entries(manifest)) {
    const locale = /^src\/hub\/strings\/([\w-]+)\.ts$/.exec(source)?.[1];
    if (!locale || locale === 'en' || !matchLocale(locale)) continue;
    const imports = (entry.imports ?? []).map((name) => manifest[name]?.file).filter((file): file is string => !!file);
    chunks.set(locale, [entry.file, ...imports].map((file) => `/${file}`));
  }
  return chunks;
}

/**
 * The Vite build output: the standalone hub page (auth links), its assets, and the embeddable bundles
 * under /sdk (from the sibling `lib/` of the app build). Every text file is sent brotli- or gzip-compressed
 * when the browser accepts it (compressed once per file version and kept); content-hashed files are immutable.
 */
export function pageRoutes(
  distDir: string,
  clock: () => Date,
  lookup?: AuthLinkLookup,
  // The server render of the auth link (declarative shadow DOM): on unless `CONNECT_HUB_AUTH_LINK_SSR=off`. The paint
  // bench measures both ways; the render paints the list from the first response, the inline data alone one script later.
  serverRender = process.env.CONNECT_HUB_AUTH_LINK_SSR !== 'off',
) {
  const appRoot = path.resolve(distDir);
  const libRoot = path.resolve(appRoot, '..', 'lib');
  const files = new BuildFiles();
  const compressed = new CompressedCache();
  const app = new Hono();
  const renderer = serverRender ? new AuthLinkRenderer(appRoot) : undefined;
  let template: { version: string; prepared: Promise<AuthLinkTemplate> } | undefined;

  const indexPage = async (c: Context) => {
    const html = await files.read(appRoot, 'index.html');
    if (!html) return notBuilt(c, clock, 'hub page');
    if (template?.version !== html.version) template = { version: html.version, prepared: prepareTemplate(files, appRoot, html.bytes.toString('utf8')) };
    const token = c.req.query('token')?.trim();
    const [page, session] = await Promise.all([template.prepared, lookupSession(token, lookup)]);
    const locale = matchLocale(c.req.query('lang')) ?? matchLocale(session.locale) ?? matchLocale(c.req.header('accept-language')?.split(',')[0]);
    const hasData = session.settings !== undefined && session.connectors !== undefined;
    // Painted on the server: the shell's words and the hub's list as declarative shadow DOM (src/standalone/ssr.ts).
    const rendered = hasData ? await renderer?.render({ settings: session.settings, connectors: session.connectors, locale, theme: page.theme, hideHandoff: c.req.query('from') === 'handoff' }) : undefined;
    const styleHashes = [...page.styleHashes, ...(rendered?.styleHashes ?? [])];
    let csp = PAGE_CSP;
    if (styleHashes.length) csp = csp.replace("style-src 'self'", `style-src 'self' ${styleHashes.join(' ')}`);
    // A project that lists its embedding origins may frame its own links there; nobody else may.
    if (session.frameAncestors.length) csp = csp.replace("frame-ancestors 'none'", `frame-ancestors ${session.frameAncestors.join(' ')}`);
    let data = '';
    if (hasData) {
      // Not scripts (CSP-safe data blocks): the page hands them to the hub's client as the answers to its first two GETs.
      data += `<script type="application/json" id="hub-settings">${scriptJson(session.settings)}</script>`;
      data += `<script type="application/json" id="hub-connectors">${scriptJson(session.connectors)}</script>`;
      for (const href of (locale && page.localeChunks.get(locale)) || []) data += `<link rel="modulepreload" crossorigin href="${href}">`;
    }
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES['.html'] ?? 'text/html',
      'content-security-policy': csp,
      'cache-control': 'no-cache',
      'referrer-policy': 'no-referrer',
    };
    const assembled = page.head + data + page.tail;
    const body = encodedBody(c, Buffer.from(rendered ? applyRender(assembled, rendered) : assembled), headers);
    return c.body(body, 200, headers);
  };
  app.get('/embedded/integrations', indexPage);
  app.get('/link', indexPage);

  const serveFrom =
    (root: string, prefix: string, headers: Record<string, string>, what: string, index = false) =>
    async (c: Context) => {
      let relative = index ? 'index.html' : decodeURIComponent(c.req.path.slice(prefix.length));
      if (relative === '' || relative.endsWith('/')) relative += 'index.html';
      const file = await files.read(root, relative);
      if (!file) {
        if (!(await isDirectory(root))) return notBuilt(c, clock, what);
        return c.json(errorBody(404, 'not_found', `No file ${c.req.path}`, {}, clock()), 404);
      }
      const extension = path.extname(relative);
      const isHtml = extension === '.html';
      const responseHeaders: Record<string, string> = {
        'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        ...(isHtml ? { 'content-security-policy': PAGE_CSP, 'cache-control': 'no-cache' } : headers),
      };
      if (!isHtml && HASHED.test(relative)) responseHeaders['cache-control'] = IMMUTABLE;
      const body = encodedBody(c, file.bytes, responseHeaders, { cache: compressed, key: file.version });
      return c.body(body, 200, responseHeaders);
    };
  // Unhashed files there (the favicon) may change with a release: a day.
  app.get('/assets/*', serveFrom(path.join(appRoot, 'assets'), '/assets/', { 'cache-control': 'public, max-age=86400' }, 'hub page'));
  // Entry bundles keep their names across releases (`/sdk/define.js`): five minutes; their hashed chunks are immutable.
  app.get(
    '/sdk/*',
    serveFrom(libRoot, '/sdk/', { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }, 'embeddable bundle'),
  );
  // Operator pages built beside the hub page (dashboard, demo hosts), when the build has them: `/dashboard`
  // and `/dashboard/` are the same page (no redirect: on a slow phone one costs a round trip).
  for (const section of ['dashboard', 'demo']) {
    const dir = path.join(appRoot, section);
    app.get(`/${section}`, serveFrom(dir, `/${section}`, { 'cache-control': 'no-cache' }, `${section} page`, true));
    app.get(`/${section}/*`, serveFrom(dir, `/${section}/`, { 'cache-control': 'no-cache' }, `${section} page`));
  }
  return app;
}
