#!/usr/bin/env node
// Webhooks, measured on the built server in its own process, receivers on loopback in this one:
//   1. latency: median time from an account creation (the hub's POST /hub/accounts, as an auth link does it) to
//      its account.created arriving;
//   2. drain: 5,000 pending deliveries written straight into the store (a backlog, as after a load run or an
//      outage), and the rate at which the dispatcher empties it into a fast receiver;
//   3. on PostgreSQL (under scripts/with-postgres.mjs, BENCH_ON_TEST_POSTGRES=1): the same two, then two servers on
//      one database, the account created on A, whose dispatcher is off, delivered by B, both polling once a
//      minute: only LISTEN/NOTIFY can wake B in time.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { spawnServer } from './support/built-server.mjs';

const ACCOUNTS = Number(process.env.BENCH_WEBHOOK_ACCOUNTS ?? 50);
const BACKLOG = Number(process.env.BENCH_WEBHOOK_BACKLOG ?? 5_000);
const API_KEY = 'chk_bench_webhooks_' + 'x'.repeat(32);
const SECRET_KEY = randomBytes(32).toString('hex');
const basic = 'Basic ' + Buffer.from(`${API_KEY}:`).toString('base64');
const PG_URL = process.env.BENCH_ON_TEST_POSTGRES === '1' ? process.env.CONNECT_HUB_TEST_DATABASE_URL : undefined;

/** A fast receiver: records the first arrival of each webhook-id and of each account's account.created. */
function startReceiver() {
  const byDelivery = new Map();
  const byAccount = new Map();
  let waiters = [];
  /** Backlog arrivals by tag (`acc_bench_<tag>_<n>` account ids). */
  const counts = new Map();
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      const id = String(req.headers['webhook-id']);
      if (!byDelivery.has(id)) byDelivery.set(id, at);
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (event.event === 'account.created' && !byAccount.has(event.account_id)) {
        byAccount.set(event.account_id, at);
        const tag = /^acc_bench_(.+)_\d+$/.exec(event.account_id)?.[1];
        if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
      res.writeHead(204).end();
      const ready = waiters.filter((w) => w.check());
      waiters = waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve();
    });
  });
  const until = (what, check, timeoutMs) =>
    check()
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
          waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
        });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/hooks`,
        byDelivery,
        byAccount,
        counts,
        until,
        close: () => (server.closeAllConnections(), server.close()),
      }),
    ),
  );
}

async function startOurs(dataDir, env = {}) {
  const child = spawnServer(['--port', '0', '--data-dir', dataDir, '--no-link'], {
    env: { CONNECT_HUB_API_KEY: API_KEY, CONNECT_HUB_SECRET_KEY: SECRET_KEY, CONNECT_HUB_LOG_LEVEL: 'error', ...(PG_URL ? { DATABASE_URL: PG_URL } : {}), ...env },
    // The start table is on stderr; stdout is the (error-level) request log.
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const base = await new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const port = /API\s+http:\/\/[^:\s]+:(\d+)/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  child.stderr.resume();
  const call = async (method, path, body, headers = { authorization: basic }) => {
    const response = await fetch(base + path, { method, headers: { ...headers, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  /** CPU seconds (user + system) the server process has used so far; undefined off Linux. */
  const cpuSeconds = () => {
    try {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return undefined;
    }
  };
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
  };
  return { base, call, stop, cpuSeconds };
}

const CREDENTIALS = { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } };
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => `${value.toFixed(1)} ms`;

/** Accounts created on `maker`, one at a time; each one's time to arrive, from the request and from its 201. */
async function latency(maker, receiver, count) {
  // A session per 20 accounts: one session may submit 30 times in 10 minutes (CONNECT_HUB_RATE_LIMIT_SUBMITS).
  let token;
  let made = 0;
  const create = async () => {
    if (made++ % 20 === 0) {
      ({ token } = await maker.call('POST', '/connect_sessions', { origin_owner_id: `bench-${randomBytes(4).toString('hex')}`, origin_owner_name: 'Bench', multiple: true }));
    }
    return maker.call('POST', '/hub/accounts', CREDENTIALS, { 'x-hub-session-token': token });
  };
  // Warm-up: the first request compiles routes and opens connections.
  const first = (await create()).id;
  await receiver.until(`account.created for ${first}`, () => receiver.byAccount.has(first), 70_000);
  const fromRequest = [];
  const fromResponse = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const { id } = await create();
    const answered = performance.now();
    await receiver.until(`account.created for ${id}`, () => receiver.byAccount.has(id), 70_000);
    const received = receiver.byAccount.get(id);
    fromRequest.push(received - started);
    fromResponse.push(Math.max(0, received - answered));
  }
  fromRequest.sort((a, b) => a - b);
  fromResponse.sort((a, b) => a - b);
  return { fromRequest, fromResponse };
}

function printLatency(title, { fromRequest, fromResponse }) {
  console.log(title);
  console.log(`  from hub POST:        median ${ms(percentile(fromRequest, 50))}  p90 ${ms(percentile(fromRequest, 90))}  max ${ms(fromRequest.at(-1))}`);
  console.log(`  after its 201 answer: median ${ms(percentile(fromResponse, 50))}  p90 ${ms(percentile(fromResponse, 90))}`);
}

/** Runs `text` (`?` placeholders) on the server's store, from outside the server. */
async function storeExec(dataDir, text, rows) {
  if (PG_URL) {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await client.query('begin');
      for (const params of rows) {
        let index = 0;
        await client.query(text.replace(/\?/g, () => `$${++index}`), params);
      }
      await client.query('commit');
    } finally {
      await client.end();
    }
    return;
  }
  const db = new BetterSqlite3(join(dataDir, 'connect-hub.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare(text);
    db.transaction(() => rows.forEach((params) => statement.run(...params)))();
  } finally {
    db.close();
  }
}

/**
 * A backlog of BACKLOG to one endpoint, committed at once, then the time until the receiver has it all: either
 * pending deliveries (`deliveries`), or account events not yet fanned out (`events`: the outbox after a burst of
 * account changes, fan-out included).
 */
async function drain(server, receiver, dataDir, kind) {
  const endpoint = await server.call('POST', '/webhooks', { url: receiver.url, events: ['account.created'] });
  const project = await server.call('GET', '/project');
  const now = new Date().toISOString();
  const tag = `${kind}_${randomBytes(3).toString('hex')}`;
  const payloads = Array.from({ length: BACKLOG }, (_, i) => {
    const accountId = `acc_bench_${tag}_${i}`;
    return [accountId, JSON.stringify({ project_id: project.id, event: 'account.created', event_date: now, record_type: 'account', record_id: accountId, account_id: accountId, provider: 'sandbox_hris', origin_owner_id: 'bench', origin_owner_name: 'Bench' })];
  });
  if (kind === 'deliveries') {
    await storeExec(
      dataDir,
      'insert into webhook_deliveries (id, project_id, endpoint_id, event_id, event, account_id, payload, status, attempts, schedule_start, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      // event_id: far above any real event's id (they count up from 1), so the (endpoint, event) pair stays unique.
      payloads.map(([accountId, payload], i) => [`msg_bench_${tag}_${i}`, project.id, endpoint.id, 1_000_000 + i, 'account.created', accountId, payload, 'pending', 0, 0, now, now]),
    );
  } else {
    await storeExec(
      dataDir,
      'insert into account_events (project_id, event, account_id, payload, created_at) values (?, ?, ?, ?, ?)',
      payloads.map(([accountId, payload]) => [project.id, 'account.created', accountId, payload, now]),
    );
  }
  const started = performance.now();
  const cpuBefore = server.cpuSeconds();
  const seededAt = [];
  const own = new Set(payloads.map(([accountId]) => accountId));
  // A test delivery nudges the dispatcher, so the measurement does not start with a poll interval's wait.
  await server.call('POST', `/webhooks/${endpoint.id}/test`, { event: 'account.created' });
  await receiver.until(`${BACKLOG} ${kind}`, () => (receiver.counts.get(tag) ?? 0) >= BACKLOG, 300_000);
  const seconds = (performance.now() - started) / 1000;
  const cpu = server.cpuSeconds() - cpuBefore;
  for (const id of own) seededAt.push(receiver.byAccount.get(id));
  seededAt.sort((a, b) => a - b);
  const steady = (seededAt.length - 1) / ((seededAt.at(-1) - seededAt[0]) / 1000);
  console.log(`webhook drain: ${BACKLOG} ${kind === 'deliveries' ? 'pending deliveries' : 'account events not yet fanned out'} to one fast loopback receiver`);
  console.log(`  ${seconds.toFixed(2)} s from the nudge to the last: ${Math.round(BACKLOG / seconds)} deliveries/s (first to last: ${Math.round(steady)}/s)`);
  // Wall time on shared cores depends on the neighbours; the server's own CPU time per delivery does not.
  if (Number.isFinite(cpu)) console.log(`  server CPU: ${cpu.toFixed(2)} s, ${((cpu * 1000) / BACKLOG).toFixed(2)} ms per delivery`);
  await server.call('DELETE', `/webhooks/${endpoint.id}`);
}

const engine = PG_URL ? 'PostgreSQL (a throwaway cluster with fsync off, same 2 cores)' : 'SQLite';
console.log(`# webhooks on ${engine}`);
const dirs = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'connect-hub-bench-webhooks-'));
  dirs.push(dir);
  return dir;
};
const receiver = await startReceiver();
const servers = [];
try {
  const dataDir = newDir();
  const one = await startOurs(dataDir);
  servers.push(one);
  await one.call('POST', '/webhooks', { url: receiver.url, events: ['account.created'] });
  printLatency(`webhook latency over ${ACCOUNTS} accounts, one server (create → account.created received)`, await latency(one, receiver, ACCOUNTS));
  // Its own endpoint, so the latency endpoint does not share the backlog.
  await one.call('DELETE', `/webhooks/${(await one.call('GET', '/webhooks'))[0].id}`);
  await drain(one, receiver, dataDir, 'deliveries');
  await drain(one, receiver, dataDir, 'events');

  if (PG_URL) {
    await one.stop();
    servers.length = 0;
    // Same database (the public schema of the cluster), the same key; each server its own data dir.
    const slow = { CONNECT_HUB_WEBHOOK_POLL_MS: '60000' };
    const a = await startOurs(newDir(), { ...slow, CONNECT_HUB_WEBHOOK_DISPATCHER: 'off' });
    servers.push(a);
    const b = await startOurs(newDir(), slow);
    servers.push(b);
    for (const endpoint of await a.call('GET', '/webhooks')) await a.call('DELETE', `/webhooks/${endpoint.id}`);
    await a.call('POST', '/webhooks', { url: receiver.url, events: ['account.created'] });
    printLatency(
      `two servers, ${ACCOUNTS} accounts created on A (dispatcher off), delivered by B (both poll every 60 s)`,
      await latency(a, receiver, ACCOUNTS),
    );
  }
} finally {
  for (const server of servers) await server.stop();
  receiver.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
