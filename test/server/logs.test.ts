import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { requestLog } from '../../src/server/http/request-log.js';
import { createLogger, formatPretty } from '../../src/server/observability/logger.js';
import { createSession, startTestServer, type TestServer } from './harness.js';

interface LogEntry {
  time: string;
  level: string;
  msg: string;
  request_id?: string;
  method?: string;
  route?: string;
  status?: number;
  duration_ms?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function capture(format: 'json' | 'pretty' = 'json') {
  const lines: string[] = [];
  const logger = createLogger({ format, destination: { write: (line: string) => void lines.push(line) } });
  return { lines, logger };
}

describe('server logs: one JSON object per line, with the request id the client was given', () => {
  let t: TestServer;
  const parsed = () => t.logLines.map((line) => JSON.parse(line) as LogEntry);
  const requestLine = (requestId: string) => parsed().find((entry) => entry.route !== undefined && entry.request_id === requestId);

  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('every line parses as JSON with an ISO time, a level name and a message', async () => {
    await t.call('GET', '/healthz');
    assert.ok(t.logLines.length > 0);
    for (const entry of parsed()) {
      assert.ok(!Number.isNaN(Date.parse(entry.time)) && entry.time.endsWith('Z'), entry.time);
      assert.ok(['info', 'error'].includes(entry.level), entry.level);
      assert.equal(typeof entry.msg, 'string');
    }
  });

  it('a request line has the request id of the X-Request-Id answer, the method, the route pattern, status and duration', async () => {
    const { token, id } = await createSession(t);
    const result = await t.call('GET', `/connect_sessions/${id}?token=${token}`);
    const requestId = result.headers.get('x-request-id');
    assert.match(requestId ?? '', UUID, 'a generated id when none was sent');
    const entry = requestLine(requestId!);
    assert.ok(entry, `a line with request_id ${requestId}`);
    assert.equal(entry.method, 'GET');
    assert.equal(entry.route, '/connect_sessions/:id', 'the pattern, not the URL');
    assert.equal(entry.status, 200);
    assert.equal(typeof entry.duration_ms, 'number');
    assert.ok(entry.duration_ms! >= 0);
    assert.equal(entry.level, 'info');
    assert.ok(!t.logLines.some((line) => line.includes(token)), 'the token in the query string is in no line');
  });

  it('keeps a sane incoming X-Request-Id and replaces a hostile one', async () => {
    const sane = 'edge-7f3a.b:42_Z';
    const kept = await t.call('GET', '/healthz', { headers: { 'x-request-id': sane } });
    assert.equal(kept.headers.get('x-request-id'), sane);
    assert.equal(requestLine(sane)?.route, '/healthz');

    for (const hostile of ['a'.repeat(129), 'id with spaces', '{"level":"error"}', '../../etc/passwd', 'x\u00e9', '-leading-dash']) {
      const result = await t.call('GET', '/healthz', { headers: { 'x-request-id': hostile } });
      const given = result.headers.get('x-request-id') ?? '';
      assert.match(given, UUID, `${JSON.stringify(hostile)} is replaced`);
      assert.ok(requestLine(given), 'the replacement is the one logged');
      assert.ok(!t.logLines.some((line) => line.includes(hostile)), `${JSON.stringify(hostile)} is in no line`);
    }
  });

  it('an unmatched URL is logged as route "unmatched", not its path', async () => {
    const result = await t.call('GET', '/no/such/secret-looking-path');
    assert.equal(result.status, 404);
    const entry = requestLine(result.headers.get('x-request-id')!);
    assert.equal(entry?.route, 'unmatched');
    assert.ok(!t.logLines.some((line) => line.includes('secret-looking-path')));
  });

  it('error answers carry the request id too', async () => {
    const result = await t.call('GET', '/accounts', { apiKey: 'chk_wrong' });
    assert.equal(result.status, 401);
    assert.match(result.headers.get('x-request-id') ?? '', UUID);
    assert.equal(requestLine(result.headers.get('x-request-id')!)?.status, 401);
  });
});

describe('the logger', () => {
  it('every line logged while a request runs carries its request id, also after an await; none outside it', async () => {
    const { lines, logger } = capture();
    const app = new Hono();
    app.use('*', requestLog(logger));
    app.get('/work/:id', async (c) => {
      logger.info('before the await');
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.error('after the await');
      return c.text('done');
    });
    const [first, second] = await Promise.all([app.request('/work/1'), app.request('/work/2', { headers: { 'x-request-id': 'caller-id' } })]);
    logger.info('outside');
    const entries = lines.map((line) => JSON.parse(line) as LogEntry);
    for (const response of [first!, second!]) {
      const id = response.headers.get('x-request-id')!;
      const mine = entries.filter((entry) => entry.request_id === id).map((entry) => entry.msg);
      assert.equal(mine.length, 3, mine.join(' | '));
      assert.deepEqual(mine.slice(0, 2), ['before the await', 'after the await']);
      assert.match(mine[2]!, /^GET \/work\/:id 200 \d+\.\dms$/);
    }
    assert.equal(second!.headers.get('x-request-id'), 'caller-id');
    assert.equal(entries.find((entry) => entry.msg === 'outside')?.request_id, undefined);
  });

  it('redacts credential fields a caller passes, at the top and nested', () => {
    const { lines, logger } = capture();
    const fields = { authorization: 'Bearer s3cret-a', token: 's3cret-b', password: 's3cret-c', headers: { cookie: 's3cret-d' }, route: '/x' };
    logger.info('with fields', fields as never);
    logger.error('nested', { outer: { credentials: { api_key: 's3cret-e' } } } as never);
    const text = lines.join('');
    assert.doesNotMatch(text, /s3cret/);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(first.authorization, '[redacted]');
    assert.equal(first.token, '[redacted]');
    assert.deepEqual(first.headers, { cookie: '[redacted]' });
    assert.equal(first.route, '/x', 'other fields stay');
    assert.equal((JSON.parse(lines[1]!) as { level: string }).level, 'error');
  });

  it('pretty format: time, level, message and the fields on one readable line', () => {
    const { lines, logger } = capture('pretty');
    logger.info('GET /healthz 200 0.7ms', { route: '/healthz', status: 200 });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^\d\d:\d\d:\d\d\.\d{3} INFO  GET \/healthz 200 0\.7ms route=\/healthz status=200\n$/);
    assert.equal(formatPretty('not json'), 'not json\n');
  });

  it('auto format: JSON unless the destination is a terminal', () => {
    const lines: string[] = [];
    const destination = { write: (line: string) => void lines.push(line) };
    createLogger({ format: 'auto', isTerminal: false, destination }).info('a');
    createLogger({ format: 'auto', isTerminal: true, destination }).info('b');
    assert.equal((JSON.parse(lines[0]!) as { msg: string }).msg, 'a');
    assert.match(lines[1]!, /^\d\d:\d\d:\d\d\.\d{3} INFO  b\n$/);
  });

  it('level error drops info lines', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'error', format: 'json', destination: { write: (line: string) => void lines.push(line) } });
    logger.info('quiet');
    logger.error('loud');
    assert.deepEqual(lines.map((line) => (JSON.parse(line) as { msg: string }).msg), ['loud']);
  });
});
