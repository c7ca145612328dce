#!/usr/bin/env node
// `npm run build:server-package`: assembles packages/connect-hub-server for `npm pack`:
//   dist/           the server, CLI, sandbox, contract and catalog compiled by tsc (tsconfig.server.json): no tsx at run time
//   dist/app, lib   the built hub page, dashboard, demo and SDK bundles (`npm run build`, run here when missing)
//   dist/ssr        the auth link's server render (Lit and @lit-labs/ssr bundled in: no dependency added)
//   LICENSE, THIRD_PARTY_NOTICES.md   the repository's
// The compiled dist/server/config.js finds dist/app two folders up, as src/server/config.ts finds the repository's.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = join(root, 'packages/connect-hub-server');
process.chdir(root);

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build-server-package: \`${[cmd, ...args].join(' ')}\` exited ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

const needed = ['dist/app/index.html', 'dist/app/dashboard/index.html', 'dist/lib/define.js', 'dist/ssr/auth-link.js'];
if (process.argv.includes('--rebuild') || needed.some((file) => !existsSync(file))) run('npm', ['run', 'build', '--silent']);

rmSync(join(pkg, 'dist'), { recursive: true, force: true });
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.server.json']);
// Files the compiled server reads beside itself.
for (const file of ['callback.js', 'callback.css']) {
  cpSync(join(root, 'src/server/oauth/landing', file), join(pkg, 'dist/server/oauth/landing', file));
}
// Source maps point at sources the package does not ship: left out.
const noMaps = (source) => !source.endsWith('.map');
cpSync(join(root, 'dist/app'), join(pkg, 'dist/app'), { recursive: true, filter: noMaps });
cpSync(join(root, 'dist/lib'), join(pkg, 'dist/lib'), { recursive: true, filter: noMaps });
cpSync(join(root, 'dist/ssr'), join(pkg, 'dist/ssr'), { recursive: true, filter: noMaps });

// The bundles it serves inline Lit (BSD-3): its notice goes with them.
for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) {
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing at the repository root`);
  cpSync(join(root, file), join(pkg, file));
}
console.log(`build-server-package: ${pkg} is ready for npm pack`);
