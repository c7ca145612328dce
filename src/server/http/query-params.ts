import type { Context } from 'hono';
import { ApiError } from '../errors.js';

/**
 * One query parameter of a route declaration: how it is read from the request and how the OpenAPI document
 * describes it, side by side so the two cannot drift.
 */
export interface QueryParam<T> {
  parse(c: Context, name: string): T;
  /** The OpenAPI parameter object for it (`in: query`). */
  document(name: string): Record<string, unknown>;
}

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

export function integerQuery(options: { default: number; max?: number; description?: string }): QueryParam<number> {
  return {
    parse: (c, name) => positiveIntegerParam(c, name, options.default, options.max),
    document: (name) => ({
      name,
      in: 'query',
      schema: { type: 'integer', minimum: 1, ...(options.max ? { maximum: options.max } : {}), default: options.default },
      ...(options.description ? { description: options.description } : {}),
    }),
  };
}

interface ListOptions<V extends string> {
  description: string;
  /** The only values accepted; another one is a 400 naming it. */
  values?: readonly V[];
  /** Documented as `name[]` (StackOne's spelling); `name` is read too. */
  bracketed?: boolean;
  /** Documented as one string (it is still read as a list). */
  single?: boolean;
  deprecated?: boolean;
}

/** A list: `name[]=a&name[]=b`, `name=a,b` or repeated `name=a`; undefined when empty. */
export function listQuery<V extends string = string>(options: ListOptions<V>): QueryParam<V[] | undefined> {
  return {
    parse(c, name) {
      const values = listParam(c, name);
      if (values && options.values) {
        for (const value of values) {
          if (!(options.values as readonly string[]).includes(value)) {
            throw new ApiError('validation_failed', `${name}: "${value}" is not one of ${options.values.join(', ')}`, { field: name });
          }
        }
      }
      return values as V[] | undefined;
    },
    document: (name) => {
      const item = options.values ? { type: 'string', enum: [...options.values] } : { type: 'string' };
      return {
        name: options.bracketed ? `${name}[]` : name,
        in: 'query',
        description: options.description,
        ...(options.single ? { schema: item } : { schema: { type: 'array', items: item }, style: 'form', explode: true }),
        ...(options.deprecated ? { deprecated: true } : {}),
      };
    },
  };
}

/** A plain string; absent or empty gives undefined. */
export function textQuery(options: { description: string }): QueryParam<string | undefined> {
  return {
    parse: (c, name) => c.req.query(name) || undefined,
    document: (name) => ({ name, in: 'query', schema: { type: 'string' }, description: options.description }),
  };
}
