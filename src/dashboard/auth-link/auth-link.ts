import { LitElement, html, nothing } from 'lit';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { formatLongDateTime } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { authLinkStyles } from './auth-link.styles.js';

/**
 * `<dashboard-auth-link url="…" expires-at="…">`: a generated auth link with a Copy button that
 * confirms, its expiry, and a QR code for opening it on a phone.
 */
export class AuthLinkElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, authLinkStyles];
  static override properties = {
    url: {},
    expiresAt: { attribute: 'expires-at' },
    copyState: { state: true },
  };

  url = '';
  /** ISO date-time the link stops working. */
  expiresAt = '';
  copyState: 'idle' | 'copied' | 'failed' = 'idle';
  #resetTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#resetTimer);
  }

  override render() {
    const s = en;
    const copied = this.copyState === 'copied';
    return html`<div class="layout">
      <div class="main">
        <div class="field">
          <label for="auth-link">${s.authLinkLabel}</label>
          <div class="copy-row">
            <input id="auth-link" class="input mono-input" readonly .value=${this.url} @focus=${this.#selectAll} />
            <button class="button primary copy" type="button" @click=${this.#copy} aria-describedby="copy-status">
              ${copied ? html`<span aria-hidden="true">✓</span> ${s.copied}` : s.copy}
            </button>
          </div>
          <p id="copy-status" class=${this.copyState === 'failed' ? 'field-error' : 'visually-hidden'} role="status">${
            copied ? s.copiedAnnouncement : this.copyState === 'failed' ? s.copyFailed : nothing
          }</p>
        </div>
        ${this.expiresAt
          ? html`<p class="expiry"><span class="muted">${s.expiresOn}</span>
              <time datetime=${this.expiresAt}>${formatLongDateTime(this.expiresAt)}</time></p>`
          : nothing}
        <slot></slot>
      </div>
      <figure class="qr">
        <dashboard-qr-code .value=${this.url} label=${s.qrLabel}></dashboard-qr-code>
      </figure>
    </div>`;
  }

  #selectAll(event: FocusEvent) {
    (event.target as HTMLInputElement).select();
  }

  async #copy() {
    clearTimeout(this.#resetTimer);
    try {
      await navigator.clipboard.writeText(this.url);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      this.renderRoot.querySelector<HTMLInputElement>('#auth-link')?.select();
    }
    this.#resetTimer = setTimeout(() => (this.copyState = 'idle'), 4000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-auth-link': AuthLinkElement;
  }
}
