import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { ACCOUNT_STATUSES, type AccountStatus } from '../../contract/account-statuses.js';
import type { ProjectConnector } from '../../contract/project.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AccountPage, type AccountSortColumn, type AdminClient } from '../admin-client.js';
import { DEFAULT_ACCOUNT_LIST, routeHash, type AccountListState } from '../dashboard-app/route.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { formatDateTime } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { accountsPageStyles } from './accounts-page.styles.js';

export const ACCOUNTS_PAGE_SIZE = 25;

/** Typing pauses this long before the search or the owner filter goes to the server. */
const SEARCH_DEBOUNCE_MS = 250;

const SORTABLE: Record<string, AccountSortColumn> = {
  provider: 'provider',
  owner: 'origin_owner_name',
  status: 'status',
  created: 'created_at',
  updated: 'updated_at',
};

/**
 * `<dashboard-accounts-page>`: the project's linked accounts, newest first, sorted, searched and filtered by
 * provider, status and owner on the server (so they reach every page), paged with the API's `page`,
 * `x-next-page` and `x-total-count`. Where the list is (page, sort, filters) lives in the URL hash, so Back
 * from an account and a reload come back to the same place.
 *
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class AccountsPageElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, accountsPageStyles];
  static override properties = {
    client: { attribute: false },
    connectors: { attribute: false },
    notice: {},
    pageSize: { attribute: 'page-size', type: Number },
    state: { attribute: false },
    list: { state: true },
    search: { state: true },
    owner: { state: true },
  };

  client: AdminClient | undefined;
  /** The catalog as the project sees it: provider names and logos. */
  connectors: ProjectConnector[] = [];
  /** A confirmation to announce on arrival ("The account was deleted."). */
  notice = '';
  /** Accounts per page (the API's `page_size`). */
  pageSize = ACCOUNTS_PAGE_SIZE;
  /** Where to start, from the URL hash; later changes are written back to it. */
  state: AccountListState = DEFAULT_ACCOUNT_LIST;
  /** What the list is asked for. */
  list: AccountListState = DEFAULT_ACCOUNT_LIST;
  /** What the search and owner fields show (applied once typing pauses). */
  search = '';
  owner = '';
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #accounts = new Task(this, {
    args: () => [this.client, this.pageSize, this.list] as const,
    task: async ([client, pageSize, list], { signal }): Promise<AccountPage | undefined> => {
      if (!client) return undefined;
      try {
        return await client.listAccounts(
          { page: list.page, pageSize, provider: list.provider, status: list.status, originOwnerId: list.owner, search: list.search, sort: list.sort, order: list.order },
          signal,
        );
      } catch (error) {
        if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
        throw error;
      }
    },
  });

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('state')) {
      this.list = this.state;
      this.search = this.state.search;
      this.owner = this.state.owner;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typingTimer);
  }

  /** A change of filters or sort starts again at page 1; the hash follows without a new history entry. */
  #change(changes: Partial<AccountListState>) {
    this.list = { ...this.list, page: 1, ...changes };
    const hash = routeHash({ page: 'accounts', list: this.list });
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }

  #onTyping() {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => {
      const search = this.search.trim();
      const owner = this.owner.trim();
      if (search !== this.list.search || owner !== this.list.owner) this.#change({ search, owner });
    }, SEARCH_DEBOUNCE_MS);
  }

  /** Loads the current page again (after a delete elsewhere, say). */
  reload(): void {
    void this.#accounts.run();
  }

  override render() {
    const s = en;
    return html`<div class="page-head">
        <div class="title">
          <h1 tabindex="-1">${s.accountsTitle}</h1>
          <p>${s.accountsIntro}</p>
        </div>
        <a class="button primary" href="#/link">${s.navLinkAccount}</a>
      </div>
      ${this.notice ? html`<p class="alert success notice" role="status">${this.notice}</p>` : nothing}
      <dashboard-renewal-requests .client=${this.client}></dashboard-renewal-requests>
      ${this.#filtersForm()}
      ${this.#accounts.render({
        initial: () => this.#loading(),
        pending: () => (this.#accounts.value ? this.#table(this.#accounts.value, true) : this.#loading()),
        complete: (value) => (value ? this.#table(value, false) : nothing),
        error: (error) => html`<div class="alert" role="alert">
          <p class="alert-title">${s.loadFailed}</p>
          <p>${errorMessage(error)}</p>
          <div class="actions"><button class="button small" type="button" @click=${() => this.reload()}>${s.retry}</button></div>
        </div>`,
      })}`;
  }

  #loading() {
    return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${en.loadingAccounts}</p>`;
  }

  #filtersForm() {
    const s = en;
    const providers = [...this.connectors].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const list = this.list;
    const filtered = list.provider || list.status || list.owner || this.owner;
    return html`<div class="toolbar">
      <div class="field search">
        <label for="search">${s.searchLabel}</label>
        <input
          id="search"
          class="input"
          type="search"
          placeholder=${s.searchPlaceholder}
          autocomplete="off"
          .value=${this.search}
          @input=${(event: InputEvent) => {
            this.search = (event.target as HTMLInputElement).value;
            this.#onTyping();
          }}
        />
      </div>
      <div class="filters" role="group" aria-label=${s.filtersLabel}>
        <div class="field">
          <label for="filter-provider">${s.providerFilter}</label>
          <select id="filter-provider" class="input" @change=${(event: Event) => this.#change({ provider: (event.target as HTMLSelectElement).value })}>
            <option value="">${s.anyProvider}</option>
            ${providers.map((c) => html`<option value=${c.key} ?selected=${list.provider === c.key}>${c.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">${s.statusFilter}</label>
          <select id="filter-status" class="input" @change=${(event: Event) => this.#changeStatus((event.target as HTMLSelectElement).value)}>
            <option value="">${s.anyStatus}</option>
            ${ACCOUNT_STATUSES.map((status) => html`<option value=${status} ?selected=${list.status === status}>${status}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-owner">${s.ownerFilter}</label>
          <input
            id="filter-owner"
            class="input"
            autocomplete="off"
            .value=${this.owner}
            @input=${(event: InputEvent) => {
              this.owner = (event.target as HTMLInputElement).value;
              this.#onTyping();
            }}
          />
        </div>
        <div class="actions filter-actions">
          ${filtered ? html`<button class="button" type="button" @click=${this.#clearFilters}>${s.clearFilters}</button>` : nothing}
        </div>
      </div>
    </div>`;
  }

  #changeStatus(status: string) {
    this.#change({ status: (ACCOUNT_STATUSES as readonly string[]).includes(status) ? (status as AccountStatus) : '' });
  }

  #clearFilters() {
    clearTimeout(this.#typingTimer);
    this.owner = '';
    this.#change({ provider: '', status: '', owner: '' });
  }

  /** A column header that sorts: first press by that column (dates newest first, text A to Z), again reverses. */
  #sortHeader(key: keyof typeof SORTABLE, label: string) {
    const column = SORTABLE[key]!;
    const active = this.list.sort === column;
    const ariaSort = active ? (this.list.order === 'asc' ? 'ascending' : 'descending') : 'none';
    const firstOrder = column.endsWith('_at') ? 'desc' : 'asc';
    const next = active ? (this.list.order === 'asc' ? 'desc' : 'asc') : firstOrder;
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button class="sort" type="button" data-sort=${column} @click=${() => this.#change({ sort: column, order: next })}>
        ${label}<span class="sort-mark" aria-hidden="true">${active ? (this.list.order === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  #table(result: AccountPage, pending: boolean) {
    const s = en;
    const list = this.list;
    const filtered = Boolean(list.provider || list.status || list.owner || list.search);
    if (result.accounts.length === 0 && list.page === 1 && !filtered) {
      return html`<div class="card empty">
        <h2>${s.noAccountsTitle}</h2>
        <p>${s.noAccountsBody}</p>
        <a class="button primary" href="#/link">${s.navLinkAccount}</a>
      </div>`;
    }
    const rows = result.accounts;
    const pages = result.total === null ? null : Math.max(1, Math.ceil(result.total / this.pageSize));
    const byKey = new Map(this.connectors.map((c) => [c.key, c]));
    return html`<div class="table-wrap cards" role="region" aria-label=${s.tableRegionLabel} tabindex="0" aria-busy=${pending ? 'true' : 'false'}>
        <table>
          <caption>${s.tableCaption(list.page, pages, result.total)}</caption>
          <thead>
            <tr>
              ${this.#sortHeader('provider', s.columnProvider)} ${this.#sortHeader('owner', s.columnOwner)}
              <th scope="col">${s.columnUsername}</th>
              ${this.#sortHeader('status', s.columnStatus)} ${this.#sortHeader('created', s.columnCreated)} ${this.#sortHeader('updated', s.columnUpdated)}
            </tr>
          </thead>
          <tbody>
            ${rows.map((account) => {
              const connector = byKey.get(account.provider);
              const name = account.provider_name ?? connector?.name ?? account.provider;
              return html`<tr data-account-id=${account.id}>
                <td class="lead">
                  <div class="who">
                    <span class="logo">${connector ? html`<img src=${connector.logo_url} alt="" width="20" height="20" />` : nothing}</span>
                    <div class="stack">
                      <a class="account-link" href=${`#/accounts/${encodeURIComponent(account.id)}`}
                        >${name}<span class="visually-hidden">${s.accountOf(account.origin_owner_name)}</span></a
                      >
                      <span class="muted mono">${account.id}</span>
                    </div>
                  </div>
                </td>
                <td data-label=${s.columnOwner}>
                  <div class="stack">
                    <span>${account.origin_owner_name}</span>
                    <span class="muted">${account.origin_owner_id}</span>
                  </div>
                </td>
                <td data-label=${s.columnUsername}>${account.origin_username || html`<span class="muted">${s.noneValue}</span>`}</td>
                <td data-label=${s.columnStatus}><span class=${`badge ${account.status}`}>${account.status}</span></td>
                <td class="date" data-label=${s.columnCreated}><time datetime=${account.created_at}>${formatDateTime(account.created_at)}</time></td>
                <td class="date" data-label=${s.columnUpdated}><time datetime=${account.updated_at}>${formatDateTime(account.updated_at)}</time></td>
              </tr>`;
            })}
          </tbody>
        </table>
        ${rows.length === 0
          ? html`<div class="empty"><h2>${s.noMatchesTitle}</h2><p>${s.noMatchesBody}</p></div>`
          : nothing}
      </div>
      <nav class="pager" aria-label=${s.paginationLabel}>
        <button class="button" type="button" ?disabled=${list.page <= 1 || pending} @click=${() => this.#goToPage(list.page - 1)}>
          ${s.previousPage}
        </button>
        <span class="page-number" aria-live="polite">${s.pageOf(list.page, pages)}</span>
        <button class="button" type="button" ?disabled=${result.nextPage === null || pending} @click=${() => this.#goToPage(result.nextPage ?? list.page)}>
          ${s.nextPage}
        </button>
      </nav>`;
  }

  #goToPage(page: number) {
    this.#change({ page: Math.max(1, page) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-accounts-page': AccountsPageElement;
  }
}
