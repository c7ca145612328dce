import { createServer, type Server } from 'node:http';
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
};

export interface StaticHost {
  /** `http://127.0.0.1:<port>`: a different origin from the connect server. */
  origin: string;
  close(): Promise<void>;
}

/**
 * A tiny static server on its own loopback port: the "host app" that embeds the hub from another origin.
 * It serves `demo/e2e-host/*` and the vendor files above, nothing else.
 */
export async function startStaticHost(port = 0): Promise<StaticHost> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const file = VENDOR_FILES[path] ?? normalize(join(HOST_PAGES_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(HOST_PAGES_DIR) && !Object.values(VENDOR_FILES).includes(file)) {
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
