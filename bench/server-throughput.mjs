#!/usr/bin/env node
// Throughput and p99 of POST /connect_sessions and GET /hub/connectors on loopback, beside a bare
// SQLite-insert route measured in the same run. Each server runs in its own process; autocannon drives it.
// Under scripts/with-postgres.mjs (BENCH_ON_TEST_POSTGRES=1) our server keeps its data in that cluster.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const API_KEY = 'chk_bench_' + 'x'.repeat(40);
const basic = 'Basic ' + Buffer.from(`${API_KEY}:`).toString('base64');

async function waitFor(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never answered`);
}

function start(args, env = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

function run(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

const line = (name, r) =>
  `${name.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(7)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;

const ON_POSTGRES = process.env.BENCH_ON_TEST_POSTGRES === '1' && !!process.env.CONNECT_HUB_TEST_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'connect-hub-bench-'));
const ourPort = 18_700 + Math.floor(Math.random() * 200);
const basePort = ourPort + 300;
const ours = start(['src/cli.ts', 'serve', '--port', String(ourPort), '--data-dir', join(dir, 'data'), '--no-link'], {
  // The request log stays on, as in production (its lines go to /dev/null here).
  CONNECT_HUB_API_KEY: API_KEY,
  ...(ON_POSTGRES ? { DATABASE_URL: process.env.CONNECT_HUB_TEST_DATABASE_URL } : {}),
});
const baseline = start(['bench/baseline-sqlite-server.ts', join(dir, 'baseline.sqlite'), String(basePort)]);
try {
  const ourUrl = `http://127.0.0.1:${ourPort}`;
  await waitFor(`${ourUrl}/healthz`);
  await waitFor(`http://127.0.0.1:${basePort}/`);
  const sessionBody = JSON.stringify({ origin_owner_id: 'bench-owner', origin_owner_name: 'Bench Inc' });
  const session = await (
    await fetch(`${ourUrl}/connect_sessions`, { method: 'POST', headers: { authorization: basic, 'content-type': 'application/json' }, body: sessionBody })
  ).json();

  const bare = await run({
    url: `http://127.0.0.1:${basePort}/insert`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: sessionBody,
  });
  const create = await run({
    url: `${ourUrl}/connect_sessions`,
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/json' },
    body: sessionBody,
  });
  const list = await run({ url: `${ourUrl}/hub/connectors`, headers: { 'x-hub-session-token': session.token } });

  const engine = ON_POSTGRES ? 'on PostgreSQL: a throwaway cluster with fsync off, on the same 2 cores' : 'on its SQLite file';
  console.log(`Server throughput ${engine} (autocannon, ${CONNECTIONS} connections, ${DURATION} s each, loopback, 2 shared cores)`);
  console.log(line('bare SQLite insert (floor)', bare));
  console.log(line('POST /connect_sessions', create));
  console.log(line('GET /hub/connectors', list));
  const ratio = (r) => (r.requests.average / bare.requests.average).toFixed(2);
  console.log(`ratio to the bare insert: POST /connect_sessions ${ratio(create)}x, GET /hub/connectors ${ratio(list)}x`);
} finally {
  ours.kill();
  baseline.kill();
  rmSync(dir, { recursive: true, force: true });
}
