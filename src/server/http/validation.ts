import * as z from 'zod/mini';
import { ApiError } from '../errors.js';

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

/** Parses with a contract schema; the first issue becomes a 400 naming the field path. */
export function parseInput<Schema extends z.ZodMiniType>(schema: Schema, value: unknown, where = 'body'): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issuePath(issue.path) : '';
  const message = issue?.message ?? 'invalid input';
  throw new ApiError('validation_failed', field ? `${field}: ${message}` : `${where}: ${message}`, field ? { field } : {});
}
