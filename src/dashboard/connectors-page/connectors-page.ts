import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ProjectConnector } from '../../contract/project.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient } from '../admin-client.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { categoryLabel } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { connectorsPageStyles } from './connectors-page.styles.js';
import { OAUTH_APP_STRINGS as a, parseScopes, type OAuthClient } from './oauth-apps.js';

interface AppForm {
  provider: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  errors: Partial<Record<'client_id' | 'client_secret', string>>;
  saving: boolean;
  failure: string;
}

/** The dashboard's catalog changed: the root refreshes its categories for "+ Link Account". */
export class ConnectorsChangedEvent extends CustomEvent<ProjectConnector[]> {
  static readonly eventName = 'dashboard:connectors-changed';
  constructor(connectors: ProjectConnector[]) {
    super(ConnectorsChangedEvent.eventName, { bubbles: true, composed: true, detail: connectors });
  }
}

/**
 * `<dashboard-connectors-page>`: the catalog with a switch per connector (`role="switch"` buttons);
 * a change is saved at once and the hub follows on its next request. An OAuth connector without its OAuth
 * app is marked (the hub hides it) and opens a form for client ID, secret and scopes, showing the redirect URI
 * to register at the provider.
 *
 * @fires dashboard:connectors-changed - The list after a successful toggle.
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class ConnectorsPageElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, connectorsPageStyles];
  static override properties = {
    client: { attribute: false },
    connectors: { attribute: false },
    search: { state: true },
    saving: { state: true },
    announcement: { state: true },
    failure: { state: true },
    apps: { state: true },
    form: { state: true },
  };

  /** The OAuth connectors' app settings by provider; empty until read (or when they cannot be). */
  apps = new Map<string, OAuthClient>();
  form: AppForm | undefined;
  #loadedFor: AdminClient | undefined;

  client: AdminClient | undefined;
  connectors: ProjectConnector[] = [];
  search = '';
  saving = new Set<string>();
  announcement = '';
  failure = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client && this.client !== this.#loadedFor) {
      this.#loadedFor = this.client;
      void this.#loadApps(this.client);
    }
  }

  async #loadApps(client: AdminClient): Promise<void> {
    try {
      const apps = await client.listOAuthClients();
      if (client === this.client) this.apps = new Map(apps.map((app) => [app.provider, app]));
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      this.failure = a.loadFailed(errorMessage(error));
    }
  }

  async #openForm(app: OAuthClient): Promise<void> {
    this.form = { provider: app.provider, clientId: app.client_id ?? '', clientSecret: '', scopes: app.configured ? app.scopes.join(' ') : '', errors: {}, saving: false, failure: '' };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#app-client-id')?.focus();
  }

  #closeForm(): void {
    const provider = this.form?.provider;
    this.form = undefined;
    if (provider) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-app-button="${provider}"]`)?.focus());
  }

  async #saveApp(event: Event, app: OAuthClient): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form || !this.client || form.saving) return;
    const errors: AppForm['errors'] = {};
    if (!form.clientId.trim()) errors.client_id = a.required(a.clientIdLabel);
    if (!form.clientSecret && !app.client_secret_set) errors.client_secret = a.required(a.clientSecretLabel);
    if (errors.client_id || errors.client_secret) {
      this.form = { ...form, errors };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(errors.client_id ? '#app-client-id' : '#app-client-secret')?.focus();
      return;
    }
    this.form = { ...form, errors, saving: true, failure: '' };
    try {
      const saved = await this.client.setOAuthClient(app.provider, {
        client_id: form.clientId.trim(),
        ...(form.clientSecret ? { client_secret: form.clientSecret } : {}),
        scopes: parseScopes(form.scopes),
      });
      this.apps = new Map(this.apps).set(saved.provider, saved);
      this.announcement = a.saved(saved.name);
      this.#closeForm();
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      this.form = { ...form, saving: false, failure: a.saveFailed(app.name, errorMessage(error)) };
    }
  }

  #renderAppForm(app: OAuthClient) {
    const form = this.form!;
    const set = (patch: Partial<AppForm>) => this.form && (this.form = { ...this.form, ...patch, errors: {} });
    const defaults = this.apps.get(app.provider)?.configured ? '' : app.scopes.join(' ');
    return html`<tr class="app-row">
      <td colspan="4">
        <form class="app-form" novalidate aria-labelledby="app-form-title" @submit=${(event: Event) => this.#saveApp(event, app)}
          @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#closeForm()}>
          <h2 id="app-form-title">${a.formTitle(app.name)}</h2>
          <div class="field">
            <label for="app-redirect">${a.redirectLabel}</label>
            <input id="app-redirect" class="input mono" readonly .value=${app.redirect_uri} aria-describedby="app-redirect-hint" @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
            <p class="hint muted" id="app-redirect-hint">${a.redirectHint(app.name)}</p>
          </div>
          <div class="field">
            <label for="app-client-id">${a.clientIdLabel}</label>
            <input id="app-client-id" class="input" autocomplete="off" spellcheck="false" required .value=${form.clientId}
              aria-invalid=${form.errors.client_id ? 'true' : nothing} aria-describedby="app-client-id-err"
              @input=${(e: InputEvent) => set({ clientId: (e.target as HTMLInputElement).value })} />
            <p class="field-error" id="app-client-id-err">${form.errors.client_id ?? ''}</p>
          </div>
          <div class="field">
            <label for="app-client-secret">${a.clientSecretLabel}</label>
            <input id="app-client-secret" class="input" type="password" autocomplete="new-password" ?required=${!app.client_secret_set} .value=${form.clientSecret}
              aria-invalid=${form.errors.client_secret ? 'true' : nothing} aria-describedby="app-client-secret-err app-client-secret-hint"
              @input=${(e: InputEvent) => set({ clientSecret: (e.target as HTMLInputElement).value })} />
            ${app.client_secret_set ? html`<p class="hint muted" id="app-client-secret-hint">${a.clientSecretKeep}</p>` : nothing}
            <p class="field-error" id="app-client-secret-err">${form.errors.client_secret ?? ''}</p>
          </div>
          <div class="field">
            <label for="app-scopes">${a.scopesLabel}</label>
            <input id="app-scopes" class="input mono" autocomplete="off" spellcheck="false" .value=${form.scopes} placeholder=${defaults || nothing}
              aria-describedby="app-scopes-hint" @input=${(e: InputEvent) => set({ scopes: (e.target as HTMLInputElement).value })} />
            <p class="hint muted" id="app-scopes-hint">${a.scopesHint(defaults)}</p>
          </div>
          ${form.failure ? html`<div class="alert" role="alert"><p>${form.failure}</p></div>` : nothing}
          <div class="form-actions">
            <button class="button primary" type="submit" ?disabled=${form.saving} aria-busy=${String(form.saving)}>${form.saving ? a.saving : a.save}</button>
            <button class="button" type="button" @click=${() => this.#closeForm()}>${a.cancel}</button>
          </div>
        </form>
      </td>
    </tr>`;
  }

  #renderAppStatus(connector: ProjectConnector) {
    const app = this.apps.get(connector.key);
    if (!app || connector.sandbox) return nothing;
    return html`<div class="app-status">
      ${app.configured
        ? nothing
        : html`<span class="badge needs-app" title=${a.needsAppHint(connector.name)}>${a.needsApp}</span>
            <span class="visually-hidden">${a.needsAppHint(connector.name)}</span>`}
      <button type="button" class="link-button" data-app-button=${connector.key} aria-expanded=${String(this.form?.provider === connector.key)}
        aria-label=${`${app.configured ? a.editApp : a.setUpApp}: ${connector.name}`}
        @click=${() => (this.form?.provider === connector.key ? this.#closeForm() : this.#openForm(app))}>
        ${app.configured ? a.editApp : a.setUpApp}
      </button>
    </div>`;
  }

  override render() {
    const s = en;
    const query = this.search.trim().toLowerCase();
    const shown = this.connectors.filter(
      (c) => !query || c.name.toLowerCase().includes(query) || c.key.includes(query) || c.category.includes(query),
    );
    const enabled = this.connectors.filter((c) => c.enabled).length;
    return html`<div class="page-head">
        <div class="title">
          <h1 tabindex="-1">${s.connectorsTitle}</h1>
          <p>${s.connectorsIntro}</p>
        </div>
        <p class="count">${s.connectorCount(enabled, this.connectors.length)}</p>
      </div>
      <div class="field search">
        <label for="connector-search">${s.connectorSearchLabel}</label>
        <input
          id="connector-search"
          class="input"
          type="search"
          autocomplete="off"
          .value=${this.search}
          @input=${(event: InputEvent) => (this.search = (event.target as HTMLInputElement).value)}
        />
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.failure ? html`<div class="alert" role="alert"><p>${this.failure}</p></div>` : nothing}
      <div class="table-wrap cards" role="region" aria-label=${s.connectorsTitle} tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${s.columnConnector}</th>
              <th scope="col">${s.columnCategory}</th>
              <th scope="col">${s.columnAuth}</th>
              <th scope="col">${s.columnEnabled}</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (connector) => html`<tr data-connector=${connector.key}>
                <td class="lead">
                  <div class="who">
                    <span class="logo"><img src=${connector.logo_url} alt="" width="20" height="20" /></span>
                    <div class="stack">
                      <span class="name" id=${`name-${connector.key}`}>${connector.name}</span>
                      <span class="muted mono">${connector.key}</span>
                    </div>
                    ${connector.sandbox ? html`<span class="badge sandbox">${s.sandboxBadge}</span>` : nothing}
                  </div>
                  ${this.#renderAppStatus(connector)}
                </td>
                <td data-label=${s.columnCategory}>${categoryLabel(connector.category)}</td>
                <td data-label=${s.columnAuth}>${s.authTypes[connector.auth_type] ?? connector.auth_type}</td>
                <td class="switch-cell">
                  <button
                    class="switch"
                    type="button"
                    role="switch"
                    aria-checked=${connector.enabled ? 'true' : 'false'}
                    aria-label=${s.enabledSwitchLabel(connector.name)}
                    ?disabled=${this.saving.has(connector.key)}
                    @click=${() => this.#toggle(connector)}
                  >
                    <span class="track" aria-hidden="true"><span class="thumb"></span></span>
                  </button>
                </td>
              </tr>
              ${this.form?.provider === connector.key && this.apps.get(connector.key) ? this.#renderAppForm(this.apps.get(connector.key)!) : nothing}`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  async #toggle(connector: ProjectConnector) {
    if (!this.client) return;
    const enabled = !connector.enabled;
    this.saving = new Set(this.saving).add(connector.key);
    this.failure = '';
    try {
      const updated = await this.client.setConnectorEnabled(connector.key, enabled);
      this.connectors = this.connectors.map((c) => (c.key === updated.key ? updated : c));
      this.announcement = updated.enabled ? en.connectorEnabled(updated.name) : en.connectorDisabled(updated.name);
      this.dispatchEvent(new ConnectorsChangedEvent(this.connectors));
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      this.failure = en.toggleFailed(connector.name, errorMessage(error));
    } finally {
      const saving = new Set(this.saving);
      saving.delete(connector.key);
      this.saving = saving;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-connectors-page': ConnectorsPageElement;
  }
  interface HTMLElementEventMap {
    'dashboard:connectors-changed': ConnectorsChangedEvent;
  }
}
