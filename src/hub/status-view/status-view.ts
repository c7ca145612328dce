import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { HubActionEvent } from '../events.js';
import { en, type HubStrings } from '../strings/en.js';
import { sharedStyles } from '../styles/theme.styles.js';
import { statusViewStyles } from './status-view.styles.js';

export type StatusTone = 'loading' | 'success' | 'error' | 'warning' | 'info';

const ICONS = {
  success: svg`<path d="m5 12.5 4.5 4.5L19 7.5"></path>`,
  error: svg`<path d="M12 7v6M12 16.5v.5"></path><circle cx="12" cy="12" r="9"></circle>`,
  warning: svg`<path d="M12 3 2 20h20L12 3Z"></path><path d="M12 10v4M12 17v.5"></path>`,
  info: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 11v5M12 7.5V8"></path>`,
};

/**
 * A full-card state: the loading skeleton, success, an error, the expired link, no token, nothing to list.
 *
 * @tag connect-hub-status
 * @fires hub-action - internal: the action button was pressed.
 * @csspart status - The state's content.
 */
export class StatusViewElement extends LitElement {
  static override styles = [sharedStyles, statusViewStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    tone: { reflect: true },
    heading: {},
    message: {},
    action: {},
    strings: { attribute: false },
  };

  tone: StatusTone = 'loading';
  heading = '';
  message = '';
  /** The label of the single action button; no button when empty. */
  action = '';
  strings: HubStrings = en;

  protected override render(): TemplateResult {
    if (this.tone === 'loading') {
      return html`<div class="skeleton" part="status" aria-busy="true">
        <p class="visually-hidden" role="status">${this.heading || this.strings.loading}</p>
        <div class="bone title"></div>
        <div class="bone line"></div>
        <div class="bone input"></div>
        ${[0, 1, 2, 3, 4].map(() => html`<div class="bone-row"><div class="bone"></div><div class="bone"></div></div>`)}
      </div>`;
    }
    return html`<div class="status" part="status" role=${this.tone === 'error' || this.tone === 'warning' ? 'alert' : 'status'}>
      <div class="badge ${this.tone}" aria-hidden="true">
        <svg width="26" height="26" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${ICONS[this.tone]}</svg>
      </div>
      <h2 tabindex="-1">${this.heading}</h2>
      ${this.message ? html`<p class="muted">${this.message}</p>` : nothing}
      <slot></slot>
      ${this.action
        ? html`<button class="button ${this.tone === 'success' ? 'primary' : ''}" @click=${() => this.dispatchEvent(new HubActionEvent('hub-action'))}>
            ${this.action}
          </button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub-status': StatusViewElement;
  }
}
