import type { Context } from 'hono';
import { AccountMeta, AccountPatch, LinkedAccount, LinkedAccountList } from '../../contract/accounts.js';
import { AccountCredentials } from '../../contract/oauth.js';
import { ReauthLink, ReauthLinkCreate } from '../../contract/account-health.js';
import { requireApiKey } from '../http/auth.js';
import { DeclaredRoutes, named, nextPageHeaders, sentUnlessEmpty } from '../http/define-route.js';
import { ApiError } from '../errors.js';
import { integerQuery, listQuery, textQuery, type QueryParam } from '../http/query-params.js';
import type { AccountListQuery } from '../services/accounts.js';
import { ACCOUNT_SORT_COLUMNS, DEFAULT_ACCOUNT_SORT } from '../db/stores/accounts.js';
import { oneOfQuery, TOTAL_COUNT_HEADER } from './list-query.js';
import type { Services } from '../services/index.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export const MAX_SEARCH_LENGTH = 200;

/** `search=`: free text, split into words; every word must match. */
const searchQuery: QueryParam<string[] | undefined> = {
  parse(c, name) {
    const raw = c.req.query(name)?.trim();
    if (!raw) return undefined;
    if (raw.length > MAX_SEARCH_LENGTH) {
      throw new ApiError('validation_failed', `${name}: at most ${MAX_SEARCH_LENGTH} characters (got ${raw.length})`, { field: name });
    }
    return [...new Set(raw.toLowerCase().split(/\s+/))].slice(0, 10);
  },
  document: (name) => ({
    name,
    in: 'query',
    schema: { type: 'string', maxLength: MAX_SEARCH_LENGTH },
    description: 'Ours: words that must all appear (any case) in the owner id or name, username, label, provider key or name, id or status',
  }),
};

const ACCOUNT_ID = { id: 'Account id' };
const NO_ACCOUNT = { 404: 'No such account in this project' };

/** Accounts API (CONTRACT.md §8.4), API key auth. The list is a bare array; paging is in headers. */
export function accountRoutes(services: Services, bodyLimitBytes: number) {
  const project = (c: Context) => c.get('project');
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(services.projects), bodyLimitBytes })
    .get(
      '/',
      {
        operationId: 'listAccounts',
        summary: 'List linked accounts (bare array; more pages announced by x-next-page and Link headers)',
        tag: 'Accounts',
        query: {
          page: integerQuery({ default: 1, description: '1-based page number' }),
          page_size: integerQuery({ default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE }),
          origin_owner_ids: listQuery({ description: 'Any of these origin owners', bracketed: true }),
          origin_owner_id: listQuery({ description: 'This origin owner', single: true }),
          providers: listQuery({ description: 'Any of these providers', bracketed: true }),
          provider: listQuery({ description: 'This provider (use providers[])', single: true, deprecated: true }),
          account_ids: listQuery({ description: 'Any of these accounts', bracketed: true }),
          status: listQuery({ description: 'Any of these statuses', bracketed: true }),
          search: searchQuery,
          sort: oneOfQuery({
            values: ACCOUNT_SORT_COLUMNS,
            default: DEFAULT_ACCOUNT_SORT.column,
            description: 'Ours: the column to order by (origin_owner_name is the owner); ties by creation time, then id',
          }),
          order: oneOfQuery({ values: ['asc', 'desc'] as const, default: DEFAULT_ACCOUNT_SORT.direction, description: 'Ours: asc (the default: oldest first) or desc' }),
        },
        responses: {
          200: { description: 'One page of accounts', body: named({ LinkedAccountList }), headers: { ...nextPageHeaders(true), ...TOTAL_COUNT_HEADER } },
        },
      },
      async (c, { query }) => {
        const owners = [...(query.origin_owner_ids ?? []), ...(query.origin_owner_id ?? [])];
        const providers = [...(query.providers ?? []), ...(query.provider ?? [])];
        const filter: AccountListQuery = {
          originOwnerIds: owners.length ? owners : undefined,
          providers: providers.length ? providers : undefined,
          accountIds: query.account_ids,
          statuses: query.status,
          searchWords: query.search,
          sort: { column: query.sort, direction: query.order },
        };
        const result = await services.accounts.list(project(c), filter, { page: query.page, pageSize: query.page_size });
        c.header('x-total-count', String(result.total));
        if (result.hasMore) {
          const next = new URL(c.req.url);
          next.searchParams.set('page', String(query.page + 1));
          c.header('x-next-page', String(query.page + 1));
          c.header('link', `<${next.pathname}${next.search}>; rel="next"`);
        }
        return c.json(result.accounts);
      },
    )
    .get(
      '/:id',
      {
        operationId: 'getAccount',
        summary: 'Get a linked account',
        tag: 'Accounts',
        params: ACCOUNT_ID,
        responses: { 200: { description: 'The account', body: named({ LinkedAccount }) } },
        errors: NO_ACCOUNT,
      },
      async (c, { params }) => c.json(await services.accounts.get(project(c), params.id)),
    )
    .get(
      '/:id/meta',
      {
        operationId: 'getAccountMeta',
        summary: 'Provider and category of an account',
        tag: 'Accounts',
        params: ACCOUNT_ID,
        responses: { 200: { description: 'Its provider and category', body: named({ AccountMeta }) } },
        errors: NO_ACCOUNT,
      },
      async (c, { params }) => c.json(await services.accounts.meta(project(c), params.id)),
    )
    .get(
      '/:id/credentials',
      {
        operationId: 'getAccountCredentials',
        summary: 'Usable credentials of an account; an expired OAuth access token is refreshed first (every call is logged)',
        tag: 'Accounts',
        params: ACCOUNT_ID,
        responses: { 200: { description: 'The credentials, decrypted', body: named({ AccountCredentials }) } },
        errors: {
          ...NO_ACCOUNT,
          422: 'The account cannot give usable credentials (e.g. its OAuth grant was revoked: reconnect it)',
          502: 'The provider refused or broke the token refresh',
          504: 'The provider did not answer the token refresh in time',
        },
      },
      async (c, { params }) => c.json(await services.oauth.credentials.read(project(c), params.id)),
    )
    .post(
      '/:id/reauth_link',
      {
        operationId: 'createAccountReauthLink',
        summary: 'An auth link that opens this account in the hub in edit mode, so its owner enters the credentials again (default 30 days)',
        description:
          'For an account the health check made `invalid` (the provider refused its stored credentials), or any account whose ' +
          'credentials must change. The body is optional; `expires_in` is in seconds. When the owner connects through it, the ' +
          'account is `active` again and account.updated says so.',
        tag: 'Accounts',
        params: ACCOUNT_ID,
        body: { schema: named({ ReauthLinkCreate }), sent: sentUnlessEmpty },
        responses: { 201: { description: 'The link and its session', body: named({ ReauthLink }) } },
        errors: NO_ACCOUNT,
      },
      async (c, { params, body }) => c.json(await services.health.reauthLinks.create(project(c), params.id, body), 201),
    )
    .patch(
      '/:id',
      {
        operationId: 'updateAccount',
        summary: 'Update a linked account',
        tag: 'Accounts',
        params: ACCOUNT_ID,
        body: { schema: named({ AccountPatch }) },
        responses: { 200: { description: 'The account as updated', body: named({ LinkedAccount }) } },
        errors: { ...NO_ACCOUNT, 422: "The account's connector is no longer in the catalog, so its credentials cannot change" },
      },
      async (c, { params, body }) => c.json(await services.accounts.patch(project(c), params.id, body)),
    )
    .delete(
      '/:id',
      {
        operationId: 'deleteAccount',
        summary: 'Delete a linked account (returns it)',
        tag: 'Accounts',
        params: ACCOUNT_ID,
        responses: { 200: { description: 'The account as it was', body: named({ LinkedAccount }) } },
        errors: NO_ACCOUNT,
      },
      async (c, { params }) => c.json(await services.accounts.delete(project(c), params.id)),
    ).app;
}
