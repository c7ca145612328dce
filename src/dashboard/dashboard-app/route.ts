import { ACCOUNT_STATUSES, type AccountStatus } from '../../contract/account-statuses.js';
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from '../../contract/webhook-endpoints.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../contract/webhooks.js';
import { ACCOUNT_SORT_COLUMNS, type AccountSortColumn } from '../admin-client.js';

/** Where the accounts list is: page, sort and filters, kept in the hash so Back and reload return to it. */
export interface AccountListState {
  page: number;
  sort: AccountSortColumn;
  order: 'asc' | 'desc';
  provider: string;
  status: AccountStatus | '';
  owner: string;
  search: string;
}

/** The webhooks page's delivery log filters and page. */
export interface DeliveryLogState {
  page: number;
  status: WebhookDeliveryStatus | '';
  event: WebhookEvent | '';
  endpoint: string;
  account: string;
  /** `datetime-local` values (the operator's time zone), '' when open. */
  from: string;
  to: string;
}

/** The Insights page's range and filters: `from`/`to` are days (`YYYY-MM-DD`, the operator's zone) or ISO instants. */
export interface InsightsState {
  from: string;
  to: string;
  provider: string;
  category: string;
}

/** The dashboard's pages, addressed by the URL hash (`#/accounts/acc_1`): bookmarkable, and Back works. */
export type DashboardRoute =
  | { page: 'accounts'; list?: AccountListState }
  | { page: 'account'; accountId: string }
  | { page: 'link' }
  | { page: 'connectors' }
  | { page: 'webhooks'; log?: DeliveryLogState }
  | { page: 'insights'; insights?: InsightsState };

/** Newest first: a just-linked account is the first row. */
export const DEFAULT_ACCOUNT_LIST: AccountListState = { page: 1, sort: 'created_at', order: 'desc', provider: '', status: '', owner: '', search: '' };
export const DEFAULT_DELIVERY_LOG: DeliveryLogState = { page: 1, status: '', event: '', endpoint: '', account: '', from: '', to: '' };
export const DEFAULT_INSIGHTS: InsightsState = { from: '', to: '', provider: '', category: '' };

const oneOf = <V extends string>(values: readonly V[], raw: string | null, fallback: V | ''): V | '' =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as V) : fallback;

function pageNumber(raw: string | null): number {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 && value < 1e6 ? value : 1;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function parseAccountList(params: URLSearchParams): AccountListState {
  return {
    page: pageNumber(params.get('page')),
    sort: (oneOf(ACCOUNT_SORT_COLUMNS, params.get('sort'), '') || DEFAULT_ACCOUNT_LIST.sort) as AccountSortColumn,
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    provider: params.get('provider') ?? '',
    status: oneOf(ACCOUNT_STATUSES, params.get('status'), ''),
    owner: params.get('owner') ?? '',
    search: params.get('q') ?? '',
  };
}

export function parseDeliveryLog(params: URLSearchParams): DeliveryLogState {
  const time = (raw: string | null) => (raw && LOCAL_DATE_TIME.test(raw) ? raw : '');
  return {
    page: pageNumber(params.get('page')),
    status: oneOf(WEBHOOK_DELIVERY_STATUSES, params.get('status'), ''),
    event: oneOf(WEBHOOK_EVENTS, params.get('event'), ''),
    endpoint: params.get('endpoint') ?? '',
    account: params.get('account') ?? '',
    from: time(params.get('from')),
    to: time(params.get('to')),
  };
}

/** Only what differs from the defaults goes in the hash, in a fixed order. */
function query(entries: [string, string | number][], defaults: Record<string, string | number>): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== '' && value !== defaults[key]) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;

export function parseInsights(params: URLSearchParams): InsightsState {
  const time = (raw: string | null) => (raw && DAY_OR_INSTANT.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : '');
  const word = (raw: string | null) => (raw && /^[a-z0-9_-]{1,100}$/.test(raw) ? raw : '');
  return { from: time(params.get('from')), to: time(params.get('to')), provider: word(params.get('provider')), category: word(params.get('category')) };
}

export function parseRoute(hash: string): DashboardRoute {
  const raw = hash.replace(/^#\/?/, '');
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  const [first, second] = path.split('/').filter(Boolean);
  if (first === 'accounts' && second) {
    try {
      return { page: 'account', accountId: decodeURIComponent(second) };
    } catch {
      return { page: 'accounts', list: parseAccountList(params) };
    }
  }
  if (first === 'link') return { page: 'link' };
  if (first === 'connectors') return { page: 'connectors' };
  if (first === 'webhooks') return { page: 'webhooks', log: parseDeliveryLog(params) };
  if (first === 'insights') return { page: 'insights', insights: parseInsights(params) };
  return { page: 'accounts', list: parseAccountList(params) };
}

export function routeHash(route: DashboardRoute): string {
  switch (route.page) {
    case 'account':
      return `#/accounts/${encodeURIComponent(route.accountId)}`;
    case 'link':
      return '#/link';
    case 'connectors':
      return '#/connectors';
    case 'insights': {
      const state = route.insights ?? DEFAULT_INSIGHTS;
      return `#/insights${query([['from', state.from], ['to', state.to], ['provider', state.provider], ['category', state.category]], {})}`;
    }
    case 'webhooks': {
      const log = route.log ?? DEFAULT_DELIVERY_LOG;
      const defaults = { ...DEFAULT_DELIVERY_LOG } as unknown as Record<string, string | number>;
      return `#/webhooks${query(
        [['status', log.status], ['event', log.event], ['endpoint', log.endpoint], ['account', log.account], ['from', log.from], ['to', log.to], ['page', log.page]],
        defaults,
      )}`;
    }
    default: {
      const list = route.list ?? DEFAULT_ACCOUNT_LIST;
      const defaults = { ...DEFAULT_ACCOUNT_LIST, q: '' } as unknown as Record<string, string | number>;
      return `#/accounts${query(
        [['q', list.search], ['provider', list.provider], ['status', list.status], ['owner', list.owner], ['sort', list.sort], ['order', list.order], ['page', list.page]],
        defaults,
      )}`;
    }
  }
}
