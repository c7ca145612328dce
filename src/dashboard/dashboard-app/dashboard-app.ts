import { LitElement, html, nothing } from 'lit';
import { CATEGORIES } from '../../contract/category-names.js';
import type { ProjectConnector, ProjectSummary } from '../../contract/project.js';
import { sharedStyles, themeStyles } from '../../hub/styles/theme.styles.js';
import { AdminClient, errorMessage, isUnauthorized } from '../admin-client.js';
import { brandMark } from '../brand-mark.js';
import type { ConnectorsChangedEvent } from '../connectors-page/connectors-page.js';
import type { DashboardNavigateEvent, DashboardSignedInEvent } from '../events.js';
import { forgetApiKey, readStoredApiKey, storeApiKey } from '../key-store.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { dashboardAppStyles } from './dashboard-app.styles.js';
import { DEFAULT_ACCOUNT_LIST, DEFAULT_DELIVERY_LOG, DEFAULT_INSIGHTS, parseRoute, routeHash, type DashboardRoute } from './route.js';

export type DashboardTheme = 'light' | 'dark' | 'auto';

const THEME_STORAGE_KEY = 'connect-hub-dashboard:theme';
const SESSION_ENDED = 'Your API key is no longer accepted by this server. Sign in again.';

function storedTheme(): DashboardTheme {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function prefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** The categories present among the enabled connectors, in the contract's order. */
export function enabledCategories(connectors: readonly ProjectConnector[]): string[] {
  const present = new Set(connectors.filter((c) => c.enabled).map((c) => c.category));
  return CATEGORIES.filter((category) => present.has(category));
}

/**
 * `<connect-hub-dashboard>`: the operator dashboard. Sign in with the project's API key (kept in this
 * tab's sessionStorage only), then Accounts, "+ Link Account" and Connectors, routed by the URL hash.
 * Wears the hub's theme tokens (`--connect-hub-*`), light, dark or following the system.
 */
export class DashboardAppElement extends LitElement {
  static override styles = [themeStyles, sharedStyles, dashboardStyles, dashboardAppStyles];
  static override properties = {
    baseUrl: { attribute: 'base-url' },
    theme: { reflect: true },
    client: { state: true },
    project: { state: true },
    connectors: { state: true },
    route: { state: true },
    notice: { state: true },
    signInError: { state: true },
    restoring: { state: true },
  };

  /** The connect API; '' = this page's origin. */
  baseUrl = '';
  theme: DashboardTheme = storedTheme();
  client: AdminClient | undefined;
  project: ProjectSummary | undefined;
  connectors: ProjectConnector[] = [];
  route: DashboardRoute = parseRoute(window.location.hash);
  notice = '';
  signInError = '';
  restoring = false;
  #pendingNotice = '';

  /** The accounts list as last left (its hash with page, sort and filters): where an account's "All accounts" goes. */
  #accountsHash = '#/accounts';

  readonly #onHashChange = (event?: HashChangeEvent) => {
    const previous = event?.oldURL ? new URL(event.oldURL).hash : '';
    if (previous && parseRoute(previous).page === 'accounts') this.#accountsHash = previous;
    this.route = parseRoute(window.location.hash);
    if (this.route.page === 'accounts') this.#accountsHash = routeHash(this.route);
    this.notice = this.#pendingNotice;
    this.#pendingNotice = '';
    void this.#focusPageHeading();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    const apiKey = readStoredApiKey();
    if (apiKey && !this.client) void this.#restore(apiKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Signs in with a key directly (what the sign-in form does after checking it). */
  async signIn(client: AdminClient, project: ProjectSummary, apiKey: string): Promise<void> {
    storeApiKey(apiKey);
    this.client = client;
    this.project = project;
    this.signInError = '';
    await this.#loadConnectors();
  }

  signOut(message = ''): void {
    forgetApiKey();
    this.client = undefined;
    this.project = undefined;
    this.connectors = [];
    this.signInError = message;
  }

  async #restore(apiKey: string) {
    this.restoring = true;
    const client = new AdminClient({ baseUrl: this.baseUrl, apiKey });
    try {
      await this.signIn(client, await client.getProject(), apiKey);
    } catch (error) {
      this.signOut(isUnauthorized(error) ? SESSION_ENDED : en.serverUnreachable(errorMessage(error)));
    } finally {
      this.restoring = false;
    }
  }

  async #loadConnectors() {
    if (!this.client) return;
    try {
      this.connectors = await this.client.listConnectors();
    } catch (error) {
      if (isUnauthorized(error)) this.signOut(SESSION_ENDED);
    }
  }

  override render() {
    const s = en;
    const signedIn = Boolean(this.client && this.project);
    return html`<div class="shell">
      <header class="topbar">
        <a class="brand" href="#/accounts">${brandMark()}<span>${s.productName}</span><span class="brand-sub">${s.dashboardTitle}</span></a>
        ${signedIn ? this.#nav() : nothing}
        <div class="tools">
          ${signedIn ? html`<span class="project" title=${this.project?.id ?? ''}>${s.projectLabel(this.project?.name ?? '')}</span>` : nothing}
          ${this.#themeButton()}
          ${signedIn ? html`<button class="button small" type="button" @click=${() => this.signOut()}>${s.signOut}</button>` : nothing}
        </div>
      </header>
      <main id="main">
        ${signedIn
          ? this.#page()
          : this.restoring
            ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${s.signingIn}</p>`
            : html`<dashboard-sign-in base-url=${this.baseUrl} .error=${this.signInError} @dashboard:signed-in=${this.#signedIn}></dashboard-sign-in>`}
      </main>
    </div>`;
  }

  #nav() {
    const s = en;
    const current = this.route.page === 'account' ? 'accounts' : this.route.page;
    const link = (page: 'accounts' | 'connectors' | 'webhooks' | 'insights' | 'link', label: string, extra = '') =>
      html`<a class=${`nav-link ${extra}`} href=${routeHash({ page } as DashboardRoute)} aria-current=${current === page ? 'page' : 'false'}>${label}</a>`;
    return html`<nav aria-label=${s.mainNavLabel}>
      ${link('accounts', s.navAccounts)} ${link('connectors', s.navConnectors)} ${link('webhooks', s.navWebhooks)} ${link('insights', s.navInsights)}
      ${link('link', s.navLinkAccount, 'button primary small')}
    </nav>`;
  }

  #themeButton() {
    const effective = this.theme === 'auto' ? (prefersDark() ? 'dark' : 'light') : this.theme;
    const next = effective === 'dark' ? 'light' : 'dark';
    return html`<button class="icon-button theme" type="button" aria-label=${en.themeToggleLabel(en.themeNames[next] ?? next)} @click=${() => this.#setTheme(next)}>
      ${effective === 'dark'
        ? html`<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="4.5" fill="currentColor"/><g stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/></g></svg>`
        : html`<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z" fill="currentColor"/></svg>`}
    </button>`;
  }

  #setTheme(theme: 'light' | 'dark') {
    // Picking what the system already prefers goes back to following the system.
    this.theme = (theme === 'dark') === prefersDark() ? 'auto' : theme;
    try {
      if (this.theme === 'auto') window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, this.theme);
    } catch {
      // The choice lasts for this page only.
    }
  }

  #page() {
    const route = this.route;
    const onUnauthorized = () => this.signOut(SESSION_ENDED);
    switch (route.page) {
      case 'account':
        return html`<dashboard-account-detail
          .client=${this.client}
          .connectors=${this.connectors}
          account-id=${route.accountId}
          back-href=${this.#accountsHash}
          @dashboard:navigate=${this.#navigate}
          @dashboard:unauthorized=${onUnauthorized}
        ></dashboard-account-detail>`;
      case 'link':
        return html`<dashboard-link-account
          .client=${this.client}
          .categories=${enabledCategories(this.connectors)}
          @dashboard:unauthorized=${onUnauthorized}
        ></dashboard-link-account>`;
      case 'connectors':
        return html`<dashboard-connectors-page
          .client=${this.client}
          .connectors=${this.connectors}
          @dashboard:connectors-changed=${(event: ConnectorsChangedEvent) => (this.connectors = event.detail)}
          @dashboard:unauthorized=${onUnauthorized}
        ></dashboard-connectors-page>`;
      case 'webhooks':
        return html`<dashboard-webhooks-page
          .client=${this.client}
          .state=${route.log ?? DEFAULT_DELIVERY_LOG}
          @dashboard:unauthorized=${onUnauthorized}
        ></dashboard-webhooks-page>`;
      case 'insights':
        // Its own chunk (and uPlot's, which it loads to draw): nothing of it is fetched before this page opens.
        void import('../insights-page/insights-page.js');
        return html`<dashboard-insights-page
          .client=${this.client}
          .connectors=${this.connectors}
          .state=${route.insights ?? DEFAULT_INSIGHTS}
          @dashboard:unauthorized=${onUnauthorized}
        ></dashboard-insights-page>`;
      default:
        return html`<dashboard-accounts-page
          .client=${this.client}
          .connectors=${this.connectors}
          .state=${route.list ?? DEFAULT_ACCOUNT_LIST}
          .notice=${this.notice}
          @dashboard:unauthorized=${onUnauthorized}
        ></dashboard-accounts-page>`;
    }
  }

  #signedIn(event: DashboardSignedInEvent) {
    const { client, project, apiKey } = event.detail;
    void this.signIn(client, project, apiKey).then(() => this.#focusPageHeading());
  }

  #navigate(event: DashboardNavigateEvent) {
    const hash = `#/${event.detail.route}`;
    this.#pendingNotice = event.detail.notice ?? '';
    if (window.location.hash === hash) this.#onHashChange();
    else if (event.detail.route === 'accounts') window.location.hash = this.#accountsHash;
    else window.location.hash = hash;
  }

  /** After a page change, focus goes to the new page's heading so keyboard and screen reader users land there. */
  async #focusPageHeading() {
    await this.updateComplete;
    const page = this.renderRoot.querySelector('main > *') as LitElement | null;
    await page?.updateComplete;
    // The account page renders its heading once its data arrives; the others at once.
    for (let tries = 0; tries < 40; tries++) {
      // Someone who already moved into the page (tabbed to a button while it loaded) keeps their place.
      if (page?.shadowRoot?.activeElement) return;
      const heading = page?.shadowRoot?.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.focus({ preventScroll: false });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub-dashboard': DashboardAppElement;
  }
}
