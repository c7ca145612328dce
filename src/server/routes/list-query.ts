import { ApiError } from '../errors.js';
import type { ResponseHeader } from '../http/define-route.js';
import type { QueryParam } from '../http/query-params.js';

/** One value out of a fixed set (`sort=`, `order=`); absent or empty gives the default, another value a 400 naming it. */
export function oneOfQuery<V extends string>(options: { values: readonly V[]; default: V; description: string }): QueryParam<V> {
  return {
    parse(c, name) {
      const raw = c.req.query(name);
      if (raw === undefined || raw === '') return options.default;
      if (!(options.values as readonly string[]).includes(raw)) {
        throw new ApiError('validation_failed', `${name}: "${raw}" is not one of ${options.values.join(', ')}`, { field: name });
      }
      return raw as V;
    },
    document: (name) => ({
      name,
      in: 'query',
      description: options.description,
      schema: { type: 'string', enum: [...options.values], default: options.default },
    }),
  };
}

/** An ISO 8601 date-time with a zone (`from=`, `to=`), normalised to UTC; anything else a 400 naming it. */
export function dateTimeQuery(options: { description: string }): QueryParam<string | undefined> {
  return {
    parse(c, name) {
      const raw = c.req.query(name);
      if (raw === undefined || raw === '') return undefined;
      const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i.test(raw) ? Date.parse(raw) : NaN;
      if (Number.isNaN(time)) {
        throw new ApiError('validation_failed', `${name}: expected an ISO 8601 date-time with a zone, e.g. 2026-12-01T00:00:00Z (got "${raw}")`, { field: name });
      }
      return new Date(time).toISOString();
    },
    document: (name) => ({ name, in: 'query', description: options.description, schema: { type: 'string', format: 'date-time' } }),
  };
}

/** A plain string of bounded length (an id to filter by); absent or empty gives undefined. */
export function idQuery(options: { description: string; maxLength?: number }): QueryParam<string | undefined> {
  const max = options.maxLength ?? 64;
  return {
    parse(c, name) {
      const raw = c.req.query(name)?.trim();
      if (!raw) return undefined;
      if (raw.length > max) throw new ApiError('validation_failed', `${name}: at most ${max} characters (got ${raw.length})`, { field: name });
      return raw;
    },
    document: (name) => ({ name, in: 'query', description: options.description, schema: { type: 'string', maxLength: max } }),
  };
}

export const TOTAL_COUNT_HEADER: Record<string, ResponseHeader> = {
  'x-total-count': { description: 'Ours: how many items match the filters, over every page', schema: { type: 'integer', minimum: 0 } },
};
