// Builds the published browser package `connect-hub` into packages/connect-hub/ (everything but its
// hand-written package.json is generated and gitignored):
//   dist/*.js            ESM entries + their chunks, `lit` left external so an app shares one Lit;
//   dist/connect-hub.iife.js  the one-file IIFE for a plain <script> (Lit inlined, same config as /sdk/);
//   dist/types/          declarations (tsc), importing only `lit` and our own files;
//   custom-elements.json @custom-elements-manifest/analyzer (--litelement) from the elements' JSDoc;
//   dist/frameworks/     React / Preact / Vue / Svelte typings generated from that manifest;
//   LICENSE, THIRD_PARTY_NOTICES.md, README.md.
// Run with tsx (it imports the Vite plugin in build/*.ts). One process: two Vite passes (an IIFE cannot share a pass with several ESM entries), tsc, the analyzer.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { LIBRARY_ENTRIES } from '../build/library-entries.js';
import { minifyLitTemplates } from '../build/minify-lit-templates.js';
import { flattenContractTypes } from './flatten-contract-types.mjs';
import { writeFrameworkTypings } from './framework-typings.mjs';

const root = join(import.meta.dirname, '..');
const pkg = join(root, 'packages/connect-hub');
// Built into a staging directory and moved into place at the end, so a build running beside another (the unit
// test and the framework hosts' e2e both build) or one that fails never leaves a half-built package to pack.
const staging = join(pkg, `.build-${process.pid}`);
const dist = join(staging, 'dist');
const started = performance.now();
const step = (name, since) => console.log(`  ${name}: ${((performance.now() - since) / 1000).toFixed(1)} s`);

rmSync(staging, { recursive: true, force: true });
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));

// Lit and its parts stay imports: the package depends on `lit`, whose `node` export condition also gives
// SSR its DOM shim.
const LIT = /^(lit|lit-html|lit-element)(\/.*)?$|^@lit(-labs)?\//;

let t = performance.now();
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  plugins: [minifyLitTemplates()],
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      external: (id) => LIT.test(id),
      output: { minify: true, comments: false },
      preserveEntrySignatures: 'allow-extension',
    },
    lib: {
      entry: LIBRARY_ENTRIES,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
  },
});
step('vite ESM (lit external)', t);

t = performance.now();
// The same IIFE as the server's /sdk/connect-hub.iife.js (vite.lib.config.ts, Lit inlined), without its map.
await build({
  configFile: join(root, 'vite.lib.config.ts'),
  mode: 'iife',
  root,
  logLevel: 'warn',
  build: { outDir: dist, emptyOutDir: false, sourcemap: false },
});
step('vite IIFE', t);

const run = (what, command, args) => {
  const since = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})`);
  step(what, since);
};
run('tsc declarations', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.package.json', '--outDir', join(dist, 'types')]);
t = performance.now();
const flattened = flattenContractTypes(join(dist, 'types'));
step(`contract types without zod (${flattened.length} files)`, t);
run('custom-elements-manifest analyzer', process.execPath, [
  join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
  'analyze',
  '--config',
  'scripts/custom-elements-manifest.config.mjs',
  '--outdir',
  relative(root, staging),
  '--quiet',
]);

t = performance.now();
writeFrameworkTypings(join(staging, 'custom-elements.json'), join(dist, 'frameworks'));
// The IIFE is a classic script: it defines the tags and sets `window.ConnectHub` to what `connect-hub/define` exports.
writeFileSync(
  join(dist, 'connect-hub.iife.d.ts'),
  `// <script src=".../connect-hub.iife.js">: registers the hub's tags and sets window.ConnectHub (no module exports).
import type * as ConnectHubModule from './types/hub/define.js';

declare global {
  interface Window {
    ConnectHub: typeof ConnectHubModule;
  }
  var ConnectHub: typeof ConnectHubModule;
}

export {};
`,
);
for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) copyFileSync(join(root, file), join(staging, file));
step('framework typings + licences', t);

// Declarations are the consumer's view: they may import `lit` (a dependency) and our own files, nothing else.
const declarations = readdirSync(join(dist, 'types'), { recursive: true }).filter((f) => f.endsWith('.d.ts'));
const bad = [];
for (const file of declarations) {
  const text = readFileSync(join(dist, 'types', file), 'utf8');
  for (const [, specifier] of text.matchAll(/(?:from\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
    const ok = specifier.startsWith('.') ? !specifier.includes('/src/') : /^lit(\/|$)/.test(specifier);
    if (!ok) bad.push(`${file}: ${specifier}`);
  }
}
if (bad.length) throw new Error(`declarations import what a consumer cannot resolve:\n  ${bad.join('\n  ')}`);
if (!existsSync(join(dist, 'connect-hub.iife.js'))) throw new Error('the IIFE is missing');

// Into place: each generated path swapped by a rename (the committed package.json and README stay).
for (const name of ['dist', 'custom-elements.json', 'LICENSE', 'THIRD_PARTY_NOTICES.md']) {
  const old = join(staging, `${name}.old`);
  if (existsSync(join(pkg, name))) renameSync(join(pkg, name), old);
  renameSync(join(staging, name), join(pkg, name));
  rmSync(old, { recursive: true, force: true });
}

const size = (dir) =>
  readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile()).reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`connect-hub built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${relative(root, pkg)} (${(size(pkg) / 1024).toFixed(0)} KB)`);
