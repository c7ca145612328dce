#!/usr/bin/env node
// Server start: the compiled CLI of the server package (what `npx connect-hub serve` runs) against the TypeScript
// start through tsx (`node --import tsx src/cli.ts serve`, what `npm start` runs in this repository).
// For each: spawn → first /readyz 200, and the RSS of the server process then; median of 5 runs, the two taken in
// turns, each on a fresh data dir (so both open and migrate a new SQLite file). Then the installed size of the
// server package: the package itself plus the node_modules its dependencies need.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/free-port.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkgDir = join(root, 'packages/connect-hub-server');
process.chdir(root);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

if (!existsSync(join(pkgDir, 'dist/cli.js'))) {
  const build = spawnSync('npm', ['run', 'build:server-package', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const starts = {
  compiled: [join(pkgDir, 'bin/connect-hub.js'), 'serve'],
  tsx: ['--import', 'tsx', join(root, 'src/cli.ts'), 'serve'],
};

function rssMb(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function startOnce(args) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'connect-hub-bench-start-'));
  const began = performance.now();
  const child = spawn(process.execPath, [...args, '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--no-link'], {
    env: { ...process.env, CONNECT_HUB_API_KEY: '', PUBLIC_URL: '', FORCE_COLOR: '0' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited ${child.exitCode}`);
      if (performance.now() - began > 60_000) throw new Error(`${args.join(' ')}: no /readyz 200 within 60 s`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const ms = performance.now() - began;
    return { ms, rss: rssMb(child.pid) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { compiled: [], tsx: [] };
await startOnce(starts.compiled); // warm the file cache once for both
for (let i = 0; i < RUNS; i++) for (const name of i % 2 ? ['tsx', 'compiled'] : ['compiled', 'tsx']) results[name].push(await startOnce(starts[name]));

const summary = Object.fromEntries(
  Object.entries(results).map(([name, runs]) => [name, { ms: median(runs.map((r) => r.ms)), rss: median(runs.map((r) => r.rss)) }]),
);
console.log(`server start, spawn → first /readyz 200 (median of ${RUNS}) and RSS then:`);
for (const [name, { ms, rss }] of Object.entries(summary)) {
  console.log(`  ${name === 'compiled' ? 'compiled (node bin/connect-hub.js) ' : 'tsx (node --import tsx src/cli.ts)'}  ${ms.toFixed(0).padStart(5)} ms  ${rss.toFixed(0).padStart(4)} MB RSS`);
}
console.log(`  compiled / tsx: ${((summary.compiled.ms / summary.tsx.ms) * 100).toFixed(0)}% of the time (goal ≤ 60%), ${((summary.compiled.rss / summary.tsx.rss) * 100).toFixed(0)}% of the RSS`);

// Installed size: the packed package, plus every package its dependencies reach, as installed in this repository
// (same versions as the lock; better-sqlite3 with its compiled binary). Nested copies are found the way Node does.
function duBytes(dir, skipNodeModules) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipNodeModules && entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += duBytes(path, false);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
function resolvePackage(name, fromDir) {
  for (let dir = fromDir; ; dir = join(dir, '..', '..')) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir.length <= root.length) return undefined;
  }
}
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const seen = new Map();
const queue = Object.keys(manifest.dependencies).map((name) => [name, root]);
while (queue.length) {
  const [name, from] = queue.shift();
  const dir = resolvePackage(name, from);
  if (!dir || seen.has(dir)) continue;
  seen.set(dir, duBytes(dir, true));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) queue.push([dep, dir]);
}
const packed = JSON.parse(spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: pkgDir, encoding: 'utf8' }).stdout)[0];
const depsBytes = [...seen.values()].reduce((a, b) => a + b, 0);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log('\nserver package installed size (npm install connect-hub-server --omit=dev):');
console.log(`  tarball ${(packed.size / 1024).toFixed(0)} KB, ${packed.entryCount} files, ${mb(packed.unpackedSize)} unpacked`);
console.log(`  node_modules: ${seen.size + 1} packages, ${mb(depsBytes + packed.unpackedSize)}`);
const largest = [...seen.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
console.log(`  largest: ${largest.map(([dir, bytes]) => `${dir.slice(dir.lastIndexOf('node_modules/') + 13)} ${mb(bytes)}`).join(', ')}`);
