// The server as it ships (packages/connect-hub-server runs tsc's output, no tsx loader): compiled once per
// bench process with tsconfig.server.json into .tmp/bench-server (inside the repository, so the compiled files
// find node_modules), then started as `node cli.js serve …`. The hub page and bundles are the repository's
// dist/app (CONNECT_HUB_DIST_DIR), as `npm run build` left them.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
// BENCH_SERVER_SOURCE: another checkout's root (e.g. `git archive HEAD` unpacked under .tmp) to compare against.
const source = process.env.BENCH_SERVER_SOURCE ? resolve(process.env.BENCH_SERVER_SOURCE) : root;
const home = join(source, '.tmp/bench-server');
// As in the published package: dist/ beside a package.json (the CLI reads its version from dist/../package.json).
const out = join(home, 'dist');
let built = false;

export function buildServer() {
  if (built) return out;
  rmSync(home, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.server.json', '--outDir', out, '--declaration', 'false'], {
    cwd: source,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Type errors still emit JavaScript (the typecheck is the tests' job, not the bench's): only no output is fatal.
  if (!existsSync(join(out, 'cli.js'))) throw new Error(`tsc -p tsconfig.server.json exited ${result.status} without output`);
  // Files the compiled server reads beside itself (as scripts/build-server-package.mjs copies them).
  for (const file of ['callback.js', 'callback.css']) cpSync(join(source, 'src/server/oauth/landing', file), join(out, 'server/oauth/landing', file));
  cpSync(join(source, 'package.json'), join(home, 'package.json'));
  built = true;
  return out;
}

/** `connect-hub serve` from the compiled output; `nodeArgs` go before the script (e.g. --cpu-prof). */
export function spawnServer(serveArgs, { env = {}, stdio = ['ignore', 'ignore', 'inherit'], nodeArgs = [] } = {}) {
  const dir = buildServer();
  return spawn(process.execPath, [...nodeArgs, join(dir, 'cli.js'), 'serve', ...serveArgs], {
    cwd: root,
    env: { CONNECT_HUB_DIST_DIR: join(root, 'dist/app'), ...process.env, ...env },
    stdio,
  });
}
