import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const HOST_PAGES_DIR = join(REPO_ROOT, 'demo/e2e-host');

/** Files the host origin serves besides its own pages: StackOne's published web component, untouched. */
const VENDOR_FILES: Record<string, string> = {
  '/vendor/stackone-hub.js': join(REPO_ROOT, 'node_modules/@stackone/hub/dist/webcomponent.js'),
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** A route the host's own backend answers (e.g. the token endpoint a `token-url` POSTs to): its JSON answer. */
export type HostRoute = (request: IncomingMessage) => Promise<{ status: number; body: unknown }>;

export interface StaticHostOptions {
  /** The folder served (default `demo/e2e-host`), e.g. a framework app's Vite build output. */
  root?: string;
  /** Backend routes by exact path, answered before any file. */
  routes?: Record<string, HostRoute>;
}

export interface StaticHost {
  /** `http://127.0.0.1:<port>`: a different origin from the connect server. */
  origin: string;
  close(): Promise<void>;
}

/**
 * A tiny static server on its own loopback port: the "host app" that embeds the hub from another origin.
 * It serves `demo/e2e-host/*` (or `options.root`), the vendor files above and `options.routes`, nothing else.
 */
export async function startStaticHost(port = 0, options: StaticHostOptions = {}): Promise<StaticHost> {
  const root = options.root ? resolve(options.root) : HOST_PAGES_DIR;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const route = options.routes?.[path];
    if (route) {
      route(request).then(
        ({ status, body }) => response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body)),
        (error: unknown) => response.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(error) })),
      );
      return;
    }
    const file = VENDOR_FILES[path] ?? normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) && !Object.values(VENDOR_FILES).includes(file)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(body);
      },
      () => {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      },
    );
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
