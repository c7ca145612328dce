#!/usr/bin/env node
// Median time from an account creation (the hub's POST /hub/accounts, as an auth link does it) to the
// account.created webhook arriving at a receiver on loopback. The server runs in its own process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ACCOUNTS = Number(process.env.BENCH_WEBHOOK_ACCOUNTS ?? 50);
const API_KEY = 'chk_bench_webhooks_' + 'x'.repeat(32);
const basic = 'Basic ' + Buffer.from(`${API_KEY}:`).toString('base64');

const arrivals = new Map(); // account id → performance.now() at receipt
const receiver = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const at = performance.now();
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (event.event === 'account.created' && !arrivals.has(event.account_id)) arrivals.set(event.account_id, at);
    res.writeHead(204).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;

const dataDir = mkdtempSync(join(tmpdir(), 'connect-hub-bench-webhooks-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0', '--data-dir', dataDir, '--no-link'], {
  cwd: root,
  env: { ...process.env, CONNECT_HUB_API_KEY: API_KEY },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const port = /API\s+http:\/\/[^:\s]+:(\d+)/.exec(output)?.[1];
    if (port) resolve(`http://127.0.0.1:${port}`);
  });
  server.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
});

async function call(method, path, body, headers = { authorization: basic }) {
  const response = await fetch(base + path, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function arrival(accountId) {
  const deadline = performance.now() + 10_000;
  while (!arrivals.has(accountId)) {
    if (performance.now() > deadline) throw new Error(`no webhook for ${accountId} within 10 s`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return arrivals.get(accountId);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  await call('POST', '/webhooks', { url: hookUrl, events: ['account.created'] });
  const { token } = await call('POST', '/connect_sessions', { origin_owner_id: 'bench', origin_owner_name: 'Bench', multiple: true });
  const credentials = { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } };
  // Warm-up: the first request compiles routes and opens connections.
  await arrival((await call('POST', '/hub/accounts', credentials, { 'x-hub-session-token': token })).id);

  const fromRequest = [];
  const fromResponse = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const started = performance.now();
    const { id } = await call('POST', '/hub/accounts', credentials, { 'x-hub-session-token': token });
    const answered = performance.now();
    const received = await arrival(id);
    fromRequest.push(received - started);
    fromResponse.push(Math.max(0, received - answered));
  }
  fromRequest.sort((a, b) => a - b);
  fromResponse.sort((a, b) => a - b);
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`webhook latency over ${ACCOUNTS} accounts (loopback; create → account.created received)`);
  console.log(`  from hub POST:        median ${ms(percentile(fromRequest, 50))}  p90 ${ms(percentile(fromRequest, 90))}  max ${ms(fromRequest.at(-1))}`);
  console.log(`  after its 201 answer: median ${ms(percentile(fromResponse, 50))}  p90 ${ms(percentile(fromResponse, 90))}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve()));
  receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
}
