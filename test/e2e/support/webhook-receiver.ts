import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  id: string;
  event: string;
  accountId: string;
  /** The raw body and headers, to verify the signature. */
  body: string;
  headers: Record<string, string>;
}

/** A real HTTP receiver on 127.0.0.1 for the dashboard's webhook tests: answers `status` (200 until told otherwise). */
export class LoopbackReceiver {
  readonly received: Received[] = [];
  status = 200;
  #server: Server | undefined;

  static async start(): Promise<LoopbackReceiver> {
    const receiver = new LoopbackReceiver();
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
          // recorded with empty fields
        }
        receiver.received.push({
          id: String(req.headers['webhook-id'] ?? ''),
          event: String(json.event ?? ''),
          accountId: String(json.account_id ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
          headers: Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)])),
        });
        res.writeHead(receiver.status, { 'content-type': 'text/plain' });
        res.end(receiver.status < 300 ? 'ok' : 'refused');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    receiver.#server = server;
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/hooks`;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
