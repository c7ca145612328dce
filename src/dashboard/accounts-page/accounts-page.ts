import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { ACCOUNT_STATUSES, type AccountStatus } from '../../contract/account-statuses.js';
import type { ProjectConnector } from '../../contract/project.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient, type AccountPage } from '../admin-client.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { formatDateTime } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { accountsPageStyles } from './accounts-page.styles.js';

export const ACCOUNTS_PAGE_SIZE = 25;

interface AccountFilters {
  provider: string;
  status: AccountStatus | '';
  originOwnerId: string;
}

const noFilters = (): AccountFilters => ({ provider: '', status: '', originOwnerId: '' });

/** Typing pauses this long before the search goes to the server. */
const SEARCH_DEBOUNCE_MS = 250;

/**
 * `<dashboard-accounts-page>`: the project's linked accounts, searched and filtered by provider, status and
 * owner on the server (so a search reaches every page), paged with the API's `page` / `x-next-page`.
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
    page: { state: true },
    filters: { state: true },
    search: { state: true },
    appliedSearch: { state: true },
  };

  client: AdminClient | undefined;
  /** The catalog as the project sees it: provider names and logos. */
  connectors: ProjectConnector[] = [];
  /** A confirmation to announce on arrival ("The account was deleted."). */
  notice = '';
  /** Accounts per page (the API's `page_size`). */
  pageSize = ACCOUNTS_PAGE_SIZE;
  page = 1;
  filters: AccountFilters = noFilters();
  /** What the search field shows. */
  search = '';
  /** What the list was last asked for: the search field once typing pauses. */
  private appliedSearch = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #accounts = new Task(this, {
    args: () => [this.client, this.page, this.pageSize, this.filters, this.appliedSearch] as const,
    task: async ([client, page, pageSize, filters, search], { signal }): Promise<AccountPage | undefined> => {
      if (!client) return undefined;
      try {
        return await client.listAccounts({ page, pageSize, ...filters, search }, signal);
      } catch (error) {
        if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
        throw error;
      }
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  #onSearchInput(value: string) {
    this.search = value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      if (value.trim() === this.appliedSearch) return;
      this.appliedSearch = value.trim();
      this.page = 1;
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
    const filtered = this.filters.provider || this.filters.status || this.filters.originOwnerId;
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
          @input=${(event: InputEvent) => this.#onSearchInput((event.target as HTMLInputElement).value)}
        />
      </div>
      <form class="filters" @submit=${this.#applyFilters} aria-label="Filters">
        <div class="field">
          <label for="filter-provider">${s.providerFilter}</label>
          <select id="filter-provider" class="input" name="provider">
            <option value="">${s.anyProvider}</option>
            ${providers.map((c) => html`<option value=${c.key} ?selected=${this.filters.provider === c.key}>${c.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">${s.statusFilter}</label>
          <select id="filter-status" class="input" name="status">
            <option value="">${s.anyStatus}</option>
            ${ACCOUNT_STATUSES.map((status) => html`<option value=${status} ?selected=${this.filters.status === status}>${status}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-owner">${s.ownerFilter}</label>
          <input id="filter-owner" class="input" name="owner" autocomplete="off" .value=${this.filters.originOwnerId} />
        </div>
        <div class="actions filter-actions">
          <button class="button" type="submit">${s.applyFilters}</button>
          ${filtered ? html`<button class="button" type="button" @click=${this.#clearFilters}>${s.clearFilters}</button>` : nothing}
        </div>
      </form>
    </div>`;
  }

  #applyFilters(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const status = String(data.get('status') ?? '');
    this.filters = {
      provider: String(data.get('provider') ?? ''),
      status: (ACCOUNT_STATUSES as readonly string[]).includes(status) ? (status as AccountStatus) : '',
      originOwnerId: String(data.get('owner') ?? '').trim(),
    };
    this.page = 1;
  }

  #clearFilters() {
    this.filters = noFilters();
    this.page = 1;
  }

  #table(result: AccountPage, pending: boolean) {
    const s = en;
    const filtered = Boolean(this.filters.provider || this.filters.status || this.filters.originOwnerId || this.appliedSearch);
    if (result.accounts.length === 0 && this.page === 1 && !filtered) {
      return html`<div class="card empty">
        <h2>${s.noAccountsTitle}</h2>
        <p>${s.noAccountsBody}</p>
        <a class="button primary" href="#/link">${s.navLinkAccount}</a>
      </div>`;
    }
    const rows = result.accounts;
    const byKey = new Map(this.connectors.map((c) => [c.key, c]));
    return html`<div class="table-wrap cards" role="region" aria-label=${s.tableRegionLabel} tabindex="0" aria-busy=${pending ? 'true' : 'false'}>
        <table>
          <caption>${s.tableCaption(this.page, rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">${s.columnProvider}</th>
              <th scope="col">${s.columnOwner}</th>
              <th scope="col">${s.columnUsername}</th>
              <th scope="col">${s.columnStatus}</th>
              <th scope="col">${s.columnCreated}</th>
              <th scope="col">${s.columnUpdated}</th>
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
        <button class="button" type="button" ?disabled=${this.page <= 1 || pending} @click=${() => this.#goToPage(this.page - 1)}>
          ${s.previousPage}
        </button>
        <span class="page-number" aria-live="polite">${s.pageLabel(this.page)}</span>
        <button class="button" type="button" ?disabled=${result.nextPage === null || pending} @click=${() => this.#goToPage(result.nextPage ?? this.page)}>
          ${s.nextPage}
        </button>
      </nav>`;
  }

  #goToPage(page: number) {
    this.page = Math.max(1, page);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-accounts-page': AccountsPageElement;
  }
}
