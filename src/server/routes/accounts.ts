import { Hono, type Context } from 'hono';
import { AccountPatch } from '../../contract/accounts.js';
import { requireApiKey } from '../http/auth.js';
import { ApiError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { listParam, positiveIntegerParam } from '../http/query-params.js';
import { parseInput } from '../http/validation.js';
import type { AccountListQuery } from '../services/accounts.js';
import type { Services } from '../services/index.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export const MAX_SEARCH_LENGTH = 200;

/** `search=`: free text, split into words; every word must match. */
function searchWords(c: Context): string[] | undefined {
  const raw = c.req.query('search')?.trim();
  if (!raw) return undefined;
  if (raw.length > MAX_SEARCH_LENGTH) {
    throw new ApiError('validation_failed', `search: at most ${MAX_SEARCH_LENGTH} characters (got ${raw.length})`, { field: 'search' });
  }
  return [...new Set(raw.toLowerCase().split(/\s+/))].slice(0, 10);
}

/** Accounts API (CONTRACT.md §8.4), API key auth. The list is a bare array; paging is in headers. */
export function accountRoutes(services: Services, bodyLimitBytes: number) {
  return new Hono<AppEnv>()
    .use('*', requireApiKey(services.projects))
    .get('/', async (c) => {
      const page = positiveIntegerParam(c, 'page', 1);
      const pageSize = positiveIntegerParam(c, 'page_size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
      const owners = [...(listParam(c, 'origin_owner_ids') ?? []), ...(listParam(c, 'origin_owner_id') ?? [])];
      const providers = [...(listParam(c, 'providers') ?? []), ...(listParam(c, 'provider') ?? [])];
      const query: AccountListQuery = {
        originOwnerIds: owners.length ? owners : undefined,
        providers: providers.length ? providers : undefined,
        accountIds: listParam(c, 'account_ids'),
        statuses: listParam(c, 'status'),
        searchWords: searchWords(c),
      };
      const result = await services.accounts.list(c.get('project'), query, { page, pageSize });
      if (result.hasMore) {
        const next = new URL(c.req.url);
        next.searchParams.set('page', String(page + 1));
        c.header('x-next-page', String(page + 1));
        c.header('link', `<${next.pathname}${next.search}>; rel="next"`);
      }
      return c.json(result.accounts);
    })
    .get('/:id', async (c) => c.json(await services.accounts.get(c.get('project'), c.req.param('id'))))
    .get('/:id/meta', async (c) => c.json(await services.accounts.meta(c.get('project'), c.req.param('id'))))
    .get('/:id/credentials', async (c) => c.json(await services.oauth.credentials.read(c.get('project'), c.req.param('id'))))
    .patch('/:id', async (c) => {
      const patch = parseInput(AccountPatch, await readJsonBody(c, bodyLimitBytes));
      return c.json(await services.accounts.patch(c.get('project'), c.req.param('id'), patch));
    })
    .delete('/:id', async (c) => c.json(await services.accounts.delete(c.get('project'), c.req.param('id'))));
}
