import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../../src/server/webhooks/settings.js';
import { createSession, startTestServer, type TestServer } from '../server/harness.js';

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  json: Record<string, unknown>;
  receivedAt: number;
}

export interface ReceiverAnswer {
  status: number;
  delayMs?: number;
  headers?: Record<string, string>;
}

/** A real HTTP receiver on 127.0.0.1: records every request, answers as `answer` says. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Requests answered (a slow receiver may hold some). */
  answered = 0;
  answer: (request: ReceivedWebhook, index: number) => ReceiverAnswer = () => ({ status: 200 });
  #server: Server | undefined;
  #port = 0;

  static async start(port = 0): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await receiver.listen(port);
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.#port}/hooks`;
  }

  async listen(port = this.#port): Promise<void> {
    const server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    this.#port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /**
   * The events received, each once: a delivery whose answer the dispatcher timed out on (a loaded machine) is sent
   * again with the same webhook-id, as receivers are told to expect; tests that count events count these.
   */
  events(event: string): ReceivedWebhook[] {
    const seen = new Set<string>();
    return this.received.filter((r) => {
      if (r.json.event !== event) return false;
      const id = r.headers['webhook-id'] ?? r.body;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }

  /** Account ids of the `account.created` events received, without duplicates. */
  createdAccountIds(): Set<string> {
    return new Set(this.events('account.created').map((r) => String(r.json.account_id)));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(body) as Record<string, unknown>;
    } catch {
      // recorded as is; the test decides
    }
    const request: ReceivedWebhook = { headers, body, json, receivedAt: Date.now() };
    const index = this.received.push(request) - 1;
    const answer = this.answer(request, index);
    const delayMs = answer.delayMs;
    if (delayMs) {
      // A closed connection (the sender gave up, or stop()) ends the wait: no timer outlives the test.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delayMs);
        res.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (res.destroyed) return;
    this.answered++;
    res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
    res.end(answer.status < 300 ? 'ok' : `status ${answer.status}`);
  }
}

/** Fast retries so a suite waits seconds, not hours. */
export function fastWebhooks(overrides: Partial<WebhookSettings> = {}): WebhookSettings {
  return {
    ...DEFAULT_WEBHOOK_SETTINGS,
    retryScheduleMs: [100, 200, 300, 400, 500, ...Array<number>(40).fill(600)],
    pollIntervalMs: 100,
    timeoutMs: 3_000,
    ...overrides,
  };
}

/** The real server on a temp SQLite file, with a real clock (signature timestamps are checked against now). */
export function startWebhookServer(settings: Partial<WebhookSettings> = {}): Promise<TestServer> {
  return startTestServer({ config: { webhooks: fastWebhooks(settings) }, overrides: { clock: () => new Date() } });
}

export async function addEndpoint(t: TestServer, body: Record<string, unknown>): Promise<{ id: string; secret: string }> {
  const result = await t.call('POST', '/webhooks', { json: body });
  assert.equal(result.status, 201, result.text);
  return { id: String(result.body.id), secret: String(result.body.secret) };
}

export const SANDBOX_HRIS = { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } };

/** The auth-link path: a connect session, then the hub's credential POST, as the standalone page does it. */
export async function linkSandboxAccount(t: TestServer, token?: string): Promise<string> {
  const sessionToken = token ?? (await createSession(t, { origin_owner_id: 'org-webhooks', multiple: true })).token;
  const created = await t.call('POST', '/hub/accounts', { token: sessionToken, json: SANDBOX_HRIS });
  assert.equal(created.status, 201, created.text);
  return String(created.body.id);
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
