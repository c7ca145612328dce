import { LitElement, html, nothing } from 'lit';
import type { ProjectConnector } from '../../contract/project.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient } from '../admin-client.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { categoryLabel } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { connectorsPageStyles } from './connectors-page.styles.js';

/** The dashboard's catalog changed: the root refreshes its categories for "+ Link Account". */
export class ConnectorsChangedEvent extends CustomEvent<ProjectConnector[]> {
  static readonly eventName = 'dashboard:connectors-changed';
  constructor(connectors: ProjectConnector[]) {
    super(ConnectorsChangedEvent.eventName, { bubbles: true, composed: true, detail: connectors });
  }
}

/**
 * `<dashboard-connectors-page>`: the catalog with a switch per connector (`role="switch"` buttons);
 * a change is saved at once and the hub follows on its next request.
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
  };

  client: AdminClient | undefined;
  connectors: ProjectConnector[] = [];
  search = '';
  saving = new Set<string>();
  announcement = '';
  failure = '';

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
              </tr>`,
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
