import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { FuzzRequest } from './generate.js';

export interface FuzzOutcome {
  request: FuzzRequest;
  status?: number;
  contentType?: string;
  body?: string;
  /** `hang` (no answer in time) or `reset` (the connection failed before an answer). */
  failure?: 'hang' | 'reset';
  error?: string;
}

const ANSWER_TIMEOUT_MS = 15_000;

function sendOne(origin: URL, agent: Agent, request: FuzzRequest): Promise<FuzzOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: Omit<FuzzOutcome, 'request'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ request, ...outcome });
    };
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined && !request.chunked) headers['content-length'] = String(Buffer.byteLength(request.body));
    if (request.chunked) headers['transfer-encoding'] = 'chunked';
    const req = httpRequest({ host: origin.hostname, port: origin.port, method: request.method, path: request.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < 64 * 1024) chunks.push(chunk);
        size += chunk.byteLength;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => done({ failure: 'reset', error: error.message }));
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({ failure: 'hang', error: `no answer in ${ANSWER_TIMEOUT_MS} ms` });
    }, ANSWER_TIMEOUT_MS);
    req.on('error', (error) => done({ failure: 'reset', error: `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` }));
    if (request.body === undefined) req.end();
    else if (request.chunked) {
      const body = Buffer.from(request.body);
      for (let i = 0; i < body.length; i += request.chunked) req.write(body.subarray(i, i + request.chunked));
      req.end();
    } else req.end(request.body);
  });
}

/** Sends every request, `concurrency` at a time over keep-alive connections (so a bad reuse shows up). */
export async function sendAll(origin: URL, requests: FuzzRequest[], concurrency: number): Promise<FuzzOutcome[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const outcomes: FuzzOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      outcomes.push(await sendOne(origin, agent, request));
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return outcomes;
}

/** Bytes no HTTP client library will send: broken request lines, header bytes, chunk framing. */
export const RAW_REQUESTS: { label: string; bytes: string }[] = [
  { label: 'garbage request line', bytes: 'HELLO\r\n\r\n' },
  { label: 'bad method', bytes: 'G@T / HTTP/1.1\r\nHost: x\r\n\r\n' },
  { label: 'NUL in header value', bytes: 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n' },
  { label: 'bare LF header', bytes: 'GET /healthz HTTP/1.1\nHost: x\nX-A: \x01\n\n' },
  { label: 'space in header name', bytes: 'GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n' },
  { label: 'huge header', bytes: `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n` },
  { label: 'bad chunk size', bytes: 'POST /connect_sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n' },
  { label: 'content-length and chunked', bytes: 'POST /connect_sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n' },
  { label: 'negative content-length', bytes: 'POST /connect_sessions HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n' },
  { label: 'absolute-form target', bytes: 'GET http://169.254.169.254/latest HTTP/1.1\r\nHost: x\r\n\r\n' },
  { label: 'HTTP/0.9', bytes: 'GET /\r\n\r\n' },
  { label: 'unknown version', bytes: 'GET / HTTP/9.9\r\nHost: x\r\n\r\n' },
];

export interface RawOutcome {
  label: string;
  status?: number;
  head: string;
  body: string;
  failure?: 'hang' | 'reset';
}

/** Writes raw bytes on a fresh connection and reads the first answer. */
export function sendRaw(origin: URL, label: string, bytes: string): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = connect(Number(origin.port), origin.hostname);
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ label, head: data, body: '', failure: 'hang' });
    }, ANSWER_TIMEOUT_MS);
    let finished = false;
    const finish = (failure?: 'reset') => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const [head = '', body = ''] = data.split('\r\n\r\n', 2);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
      resolve({ label, head, body, ...(Number.isFinite(status) ? { status } : {}), ...(failure && !data ? { failure } : {}) });
    };
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      // A kept-alive connection stays open after the answer: stop once the answer is complete.
      const split = data.indexOf('\r\n\r\n');
      if (split < 0) return;
      const head = data.slice(0, split);
      const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
      const body = data.slice(split + 4);
      if ((length !== undefined && Buffer.byteLength(body, 'latin1') >= Number(length)) || (/chunked/i.test(head) && body.endsWith('0\r\n\r\n'))) {
        socket.destroy();
        finish();
      }
    });
    socket.on('end', () => finish());
    socket.on('error', () => finish('reset'));
    socket.on('close', () => finish());
    socket.write(bytes, 'latin1');
  });
}
