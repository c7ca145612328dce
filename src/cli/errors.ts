import { CommanderError } from 'commander';

/** The command line is wrong (a value no flag takes, a missing key): exit 2, nothing was sent. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The server answered with an error: its status and code go into `--json` errors. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(`${status} ${message}`);
  }
}

/** 2: the command line is wrong; 1: the command ran and failed (the server refused it, or could not be reached). */
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

export interface CliFailure {
  exitCode: number;
  /** One line, for `connect-hub: <message>` on stderr. */
  message: string;
  /** `usage`, `failure`, or the server's error code (`unauthorized`, `not_found`, …). */
  code: string;
  status?: number;
}

/** What went wrong, from anything the CLI threw: commander's parse errors, zod's, the API's, the rest. */
export function describeFailure(error: unknown): CliFailure {
  if (error instanceof CommanderError) {
    // commander's own message ("error: unknown command 'x'"), without its "error: " prefix.
    return { exitCode: error.exitCode === 0 ? 0 : EXIT_USAGE, message: error.message.replace(/^error: /, ''), code: 'usage' };
  }
  const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
  if (issue) return { exitCode: EXIT_USAGE, message: `${issue.path.join('.')}: ${issue.message}`, code: 'usage' };
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  // A bad setting (`PORT=abc`, a short CONNECT_HUB_API_KEY) is a flag by another name: serve's flags override them.
  if (error instanceof UsageError || (error instanceof Error && error.name === 'ConfigError')) return { exitCode: EXIT_USAGE, message, code: 'usage' };
  if (error instanceof ApiCallError) return { exitCode: EXIT_FAILURE, message, code: error.code ?? 'failure', status: error.status };
  return { exitCode: EXIT_FAILURE, message, code: 'failure' };
}

/** `--json` anywhere on the command line (known before it is parsed, so parse errors are JSON too). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** The `--json` error on stderr: `{"error":{"code","message","exit_code","status"?}}`. */
export function jsonFailure(failure: CliFailure): string {
  return JSON.stringify({ error: { code: failure.code, message: failure.message, exit_code: failure.exitCode, ...(failure.status === undefined ? {} : { status: failure.status }) } });
}
