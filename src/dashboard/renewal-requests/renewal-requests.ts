import { LitElement, css, html, nothing } from 'lit';
import type { ConnectSessionTokenAuthLink } from '../../contract/connect-sessions.js';
import type { RenewalRequest } from '../../contract/links.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient } from '../admin-client.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { formatDateTime } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';

/**
 * `<dashboard-renewal-requests>`: the open "Request a new link" presses (issue 17 §1), each with "Send new link":
 * a fresh session with the expired one's parameters, shown with Copy and a QR code; the request is then done.
 * Shows nothing while there are none.
 *
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class RenewalRequestsElement extends LitElement {
  static override styles = [
    sharedStyles,
    dashboardStyles,
    css`
      :host { display: block; margin-bottom: 20px; }
      h2 { margin: 0; font-size: 1.05em; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
      li { display: grid; gap: 10px; padding: 12px 14px; border: 1px solid var(--_ch-border); border-radius: var(--_ch-control-radius); }
      .row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
    `,
  ];
  static override properties = {
    client: { attribute: false },
    requests: { state: true },
    sent: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  client: AdminClient | undefined;
  requests: RenewalRequest[] = [];
  /** Links sent from this view, by request id (shown until the page is left). */
  sent: Record<string, ConnectSessionTokenAuthLink> = {};
  busy = '';
  failure = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  async reload(): Promise<void> {
    if (!this.client) return;
    try {
      this.requests = await this.client.listRenewalRequests();
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
    }
  }

  async #send(request: RenewalRequest): Promise<void> {
    if (!this.client) return;
    this.busy = request.id;
    this.failure = '';
    try {
      const sent = await this.client.sendRenewal(request.id);
      this.sent = { ...this.sent, [request.id]: sent.session };
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      else this.failure = errorMessage(error);
    } finally {
      this.busy = '';
    }
  }

  override render() {
    const s = en;
    if (this.requests.length === 0) return nothing;
    return html`<section class="card" aria-labelledby="renewals-title">
      <div class="card-body">
        <div>
          <h2 id="renewals-title">${s.renewalsTitle(this.requests.length)}</h2>
          <p class="muted">${s.renewalsIntro}</p>
        </div>
        ${this.failure ? html`<div class="alert" role="alert"><p>${this.failure}</p></div>` : nothing}
        <ul>
          ${this.requests.map((request) => {
            const link = this.sent[request.id];
            return html`<li data-renewal-id=${request.id}>
              <div class="row">
                <div>
                  <strong>${request.origin_owner_name}</strong>
                  <span class="muted mono">${request.origin_owner_id}</span>
                  ${request.origin_username ? html`<span class="muted">· ${request.origin_username}</span>` : nothing}
                  <div class="muted">${s.renewalAskedAt(formatDateTime(request.created_at))}</div>
                </div>
                ${link
                  ? html`<span class="badge">${s.renewalSent}</span>`
                  : html`<button class="button primary small" type="button" ?disabled=${this.busy === request.id} @click=${() => void this.#send(request)}>
                      ${s.renewalSend}
                    </button>`}
              </div>
              ${link ? html`<dashboard-auth-link .url=${link.auth_link_url} .expiresAt=${link.expires_at}></dashboard-auth-link>` : nothing}
            </li>`;
          })}
        </ul>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-renewal-requests': RenewalRequestsElement;
  }
}
