import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { basicAuth, databaseUrlFor } from '../server/harness.js';
import { spawnServe, type ServeProcess as ServerProcess } from '../server/serve-process.js';
import { SANDBOX_HRIS, WebhookReceiver, waitUntil } from './support.js';

const API_KEY = 'chk_webhook_crash_test_key_0123456789abcdef';
const ACCOUNTS = 200;

/** `connect-hub serve` as its own process, so it can be killed for real. */
async function spawnServer(dataDir: string): Promise<ServerProcess> {
  const databaseUrl = await databaseUrlFor(dataDir);
  return spawnServe(['--data-dir', dataDir, '--no-link'], {
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    CONNECT_HUB_API_KEY: API_KEY,
    // Hundreds of links through one session drive the load here; that is no brute force to slow down.
    CONNECT_HUB_RATE_LIMIT_SUBMITS: 'off',
    CONNECT_HUB_WEBHOOK_RETRY_SCHEDULE: ['100', '200', '300', ...Array<string>(40).fill('500')].join(','),
    CONNECT_HUB_WEBHOOK_TIMEOUT_MS: '2000',
    CONNECT_HUB_WEBHOOK_POLL_MS: '100',
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function api(server: ServerProcess, method: string, urlPath: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.url + urlPath, {
    method,
    headers: { authorization: basicAuth(API_KEY), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function committedAccountIds(server: ServerProcess): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; ; page++) {
    const response = await api(server, 'GET', `/accounts?page=${page}&page_size=100`);
    assert.equal(response.status, 200);
    const accounts = (await response.json()) as { id: string }[];
    for (const account of accounts) ids.add(account.id);
    if (accounts.length < 100) return ids;
  }
}

describe('SIGKILL during account creations, restart on the same data dir', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-crash-'));
  const children: ChildProcess[] = [];
  let receiver: WebhookReceiver | undefined;
  after(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await receiver?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('every committed account gets its account.created; no event for an uncommitted one', async (t) => {
    receiver = await WebhookReceiver.start();
    const hook = receiver;
    hook.answer = () => ({ status: 200, delayMs: 50 }); // keeps deliveries in flight at the kill

    const first = await spawnServer(dataDir);
    children.push(first.child);
    const endpoint = await api(first, 'POST', '/webhooks', { url: hook.url, events: ['account.created'] });
    assert.equal(endpoint.status, 201, await endpoint.clone().text());
    const session = (await (await api(first, 'POST', '/connect_sessions', { origin_owner_id: 'org-crash', origin_owner_name: 'Crash Co', multiple: true })).json()) as { token: string };

    let answered = 0;
    let started = 0;
    let killed = false;
    const worker = async () => {
      while (started < ACCOUNTS && !killed) {
        started++;
        try {
          const response = await fetch(`${first.url}/hub/accounts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-hub-session-token': session.token },
            body: JSON.stringify(SANDBOX_HRIS),
          });
          await response.text();
          if (response.status === 201) answered++;
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Promise.all(Array.from({ length: 8 }, worker));
    await waitUntil('creations and deliveries under way', () => answered >= 60 && hook.received.length >= 10, 30_000);
    killed = true;
    first.child.kill('SIGKILL');
    await exited(first.child);
    await workers;
    const receivedBeforeRestart = hook.createdAccountIds().size;
    assert.ok(answered < ACCOUNTS, `killed in the middle (${answered} of ${ACCOUNTS} answered)`);

    const second = await spawnServer(dataDir);
    children.push(second.child);
    const committed = await committedAccountIds(second);
    assert.ok(committed.size >= answered, 'every answered creation is committed');
    await waitUntil(
      `account.created for all ${committed.size} committed accounts`,
      () => [...committed].every((id) => hook.createdAccountIds().has(id)),
      30_000,
    );
    const delivered = hook.createdAccountIds();
    for (const id of delivered) assert.ok(committed.has(id), `event for an account that was never committed: ${id}`);
    assert.equal(delivered.size, committed.size);
    // The restart had work to do: events committed but not yet delivered when the process died.
    assert.ok(committed.size > receivedBeforeRestart, `${committed.size} committed, ${receivedBeforeRestart} delivered before the kill`);

    t.diagnostic(`killed after ${answered} answered creations; ${committed.size} committed; ${receivedBeforeRestart} delivered before the kill, all ${delivered.size} after the restart`);
    second.child.kill('SIGTERM');
    await exited(second.child);
  });
});
