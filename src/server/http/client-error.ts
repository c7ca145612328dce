import type { Socket } from 'node:net';
import { errorBody } from './api-error.js';

/** What Node's HTTP parser refused, in words a client can act on. */
function answerFor(code: string | undefined): { status: number; reason: string; message: string } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, reason: 'Request Header Fields Too Large', message: 'The request headers are larger than the server accepts' };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, reason: 'Request Timeout', message: 'The request was not received in time' };
  return { status: 400, reason: 'Bad Request', message: 'The request is not valid HTTP/1.1 (request line, header or body framing)' };
}

/** A request that parsed as HTTP but not as a URL the app can route (e.g. a backslash in the path). */
export function requestNotUnderstood(clock: () => Date): Response {
  return Response.json(errorBody(400, 'bad_request', 'The request target is not a valid URL path', {}, clock()), { status: 400 });
}

/**
 * A request the parser could not read never reaches the app: Node would answer a bare 400 without a body.
 * This answers in the same JSON error shape as every other refusal, then closes the connection.
 */
export function answerClientErrors(server: { on(event: 'clientError', listener: (error: Error & { code?: string }, socket: Socket) => void): unknown }, clock: () => Date): void {
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, reason, message } = answerFor(error.code);
    const body = JSON.stringify(errorBody(status, 'bad_request', message, {}, clock()));
    socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
}
