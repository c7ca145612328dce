import type { Context } from 'hono';
import { ApiError } from '../errors.js';

/** A 1-based integer query parameter (`page`, `page_size`); absent or empty gives `fallback`, anything else bad a 400 naming it. */
export function positiveIntegerParam(c: Context, name: string, fallback: number, max?: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < 1 || (max !== undefined && value > max)) {
    throw new ApiError('validation_failed', `${name}: must be an integer from 1${max ? ` to ${max}` : ''} (got "${raw}")`, { field: name });
  }
  return value;
}

/** `name[]=a&name[]=b`, also `name=a,b` and repeated `name=a`. */
export function listParam(c: Context, name: string): string[] | undefined {
  const values = [...(c.req.queries(`${name}[]`) ?? []), ...(c.req.queries(name) ?? [])]
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}
