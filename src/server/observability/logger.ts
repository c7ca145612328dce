import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream } from 'pino';
import type { LogFields, Logger } from '../deps.js';

export type LogLevel = 'info' | 'error' | 'silent';
/** The server logs at two levels: `error` keeps only what needs an operator; `silent` nothing. */
export const LOG_LEVELS = ['info', 'error', 'silent'] as const satisfies readonly LogLevel[];
/** `auto`: readable lines on a terminal, JSON otherwise (a file, a pipe, a container's log collector). */
export type LogFormat = 'auto' | 'json' | 'pretty';
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const satisfies readonly LogFormat[];

/** The request being served, for every line logged while it runs (its handlers, the OAuth flow, errors). */
const requestScope = new AsyncLocalStorage<{ request_id: string }>();

export function withRequestId<T>(requestId: string, run: () => T): T {
  return requestScope.run({ request_id: requestId }, run);
}

/**
 * Field names whose values are credentials, wherever a caller puts them. No line is meant to carry one (the
 * request log has the route pattern, never headers, bodies or query strings); this is the net under that rule.
 */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'token',
  'api_key',
  'apiKey',
  'password',
  'secret',
  'client_secret',
  'credentials',
  'access_token',
  'refresh_token',
  'x-hub-session-token',
];
const SECRET_KEY_SET = new Set(SECRET_KEYS);
const CENSOR = '[redacted]';

/**
 * `fields` with every secret-named value replaced, at the top level and two levels down (as deep as any caller
 * nests: `{ headers: { cookie } }`, `{ provider: { response: { token } } }`). Copies only what holds a secret, so
 * the request log's flat lines cost a few key lookups; pino's own path redaction cost ~40 µs a line.
 */
export function redactSecrets<T>(fields: T, depth = 0): T {
  if (fields === null || typeof fields !== 'object' || depth > 2) return fields;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(fields)) {
    const value = (fields as Record<string, unknown>)[key];
    const safe = SECRET_KEY_SET.has(key) ? CENSOR : redactSecrets(value, depth + 1);
    if (safe !== value) (copy ??= (Array.isArray(fields) ? [...fields] : { ...fields }) as Record<string, unknown>)[key] = safe;
  }
  return (copy ?? fields) as T;
}

export interface LoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where the lines go; default stdout. */
  destination?: DestinationStream;
  /** For `auto`: whether the destination is a terminal; default `process.stdout.isTTY`. */
  isTerminal?: boolean;
}

/**
 * The server's logger: pino, one JSON object per line with `time` (ISO 8601), `level` (its name), `msg`, the
 * `request_id` of the request being served when there is one, and the fields the caller adds.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? pino.destination({ dest: 1, sync: true });
  const pretty = options.format === 'pretty' || (options.format !== 'json' && (options.isTerminal ?? process.stdout.isTTY === true));
  const log = pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => requestScope.getStore() ?? {},
    },
    pretty ? prettyStream(destination) : destination,
  );
  return {
    info: (line, fields) => log.info(fields ? redactSecrets(fields) : {}, line),
    error: (line, fields) => log.error(fields ? redactSecrets(fields) : {}, line),
  };
}

const PRETTY_OMIT = new Set(['time', 'level', 'msg']);

/**
 * `13:02:11.482 INFO  POST /hub/accounts 201 3.1ms request_id=…`: the message is already written for people, so a
 * line needs only the time, the level and the extra fields; no dependency, no worker thread. Pipe JSON through
 * `pino-pretty` for more.
 */
export function formatPretty(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : '';
  const level = String(entry.level ?? '').toUpperCase().padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !PRETTY_OMIT.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return `${[time, level, String(entry.msg ?? ''), ...fields].filter(Boolean).join(' ')}\n`;
}

function prettyStream(destination: DestinationStream): DestinationStream {
  return { write: (line: string) => destination.write(formatPretty(line)) };
}
