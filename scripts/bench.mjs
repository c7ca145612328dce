#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, one after another (they share 2 cores: never in parallel).
// Benchmarks print numbers; only a broken bar (hub-size: a bundle over its size) makes one exit non-zero, and
// then `npm run bench` does too, after running the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
if (!existsSync('dist/lib')) spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const only = process.argv[2];
const failed = [];
for (const file of readdirSync('bench').filter((f) => f.endsWith('.mjs')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, [`bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(`${file} (exit ${run.status ?? run.signal})`);
  if (file === 'server-throughput.mjs' || file === 'webhook-latency.mjs') {
    // The same server on PostgreSQL, when it is installed (a throwaway cluster, see scripts/with-postgres.mjs).
    console.log(`\n## ${file} on PostgreSQL`);
    spawnSync(process.execPath, ['scripts/with-postgres.mjs', '--', process.execPath, `bench/${file}`], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_ON_TEST_POSTGRES: '1' },
    });
  }
}
if (failed.length) {
  console.log(`\nOVER or failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
