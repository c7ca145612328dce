import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { OAuthPhase } from '../controllers/oauth-controller.js';
import { HubActionEvent, type HubAction } from '../events.js';
import { en, type HubStrings } from '../strings/en.js';
import { sharedStyles } from '../styles/theme.styles.js';
import { oauthWaitStyles } from './oauth-wait.styles.js';

/**
 * The OAuth wait: "Waiting for <name>…" while the popup is open, "Reopen window / Cancel" when it reads
 * as closed, the blocked-popup choices, and the note while this tab goes to the provider.
 *
 * @tag connect-hub-oauth-wait
 * @fires hub-reopen - internal: reopen (or retry) the popup; the handler runs inside the click.
 * @fires hub-redirect - internal: continue in this tab instead of a popup.
 * @fires hub-cancel - internal: give up this sign-in.
 * @csspart status - The wait's content.
 */
export class OAuthWaitElement extends LitElement {
  static override styles = [sharedStyles, oauthWaitStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    phase: { reflect: true },
    name: {},
    canRedirect: { type: Boolean, attribute: 'can-redirect' },
    strings: { attribute: false },
  };

  phase: OAuthPhase = 'waiting';
  /** The connector's display name. */
  name = '';
  /** Whether "Continue in this tab" can bring the user back here. */
  canRedirect = false;
  strings: HubStrings = en;

  #emit(action: HubAction): void {
    this.dispatchEvent(new HubActionEvent(action));
  }

  #button(label: string, action: HubAction, primary = false) {
    return html`<button type="button" class="button ${primary ? 'primary' : ''}" @click=${() => this.#emit(action)}>${label}</button>`;
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (this.phase === 'blocked') {
      return html`<div class="wait" part="status" role="alert">
        <h2 tabindex="-1">${s.oauthBlockedTitle}</h2>
        <p class="muted">${s.oauthBlockedBody(this.name)} ${this.canRedirect ? nothing : s.oauthAllowPopups}</p>
        <div class="actions">
          ${this.canRedirect ? this.#button(s.oauthContinueHere, 'hub-redirect', true) : nothing}
          ${this.#button(s.tryAgain, 'hub-reopen', !this.canRedirect)} ${this.#button(s.cancel, 'hub-cancel')}
        </div>
      </div>`;
    }
    const closed = this.phase === 'closed';
    const redirecting = this.phase === 'redirecting';
    return html`<div class="wait" part="status" role="status" aria-live="polite">
      <div class="spinner" aria-hidden="true"></div>
      <h2 tabindex="-1">${redirecting ? s.oauthRedirecting(this.name) : s.oauthWaitingTitle(this.name)}</h2>
      ${redirecting ? nothing : html`<p class="muted">${closed ? s.oauthClosedBody(this.name) : s.oauthWaitingBody}</p>`}
      ${redirecting
        ? nothing
        : html`<div class="actions">${closed ? this.#button(s.oauthReopen, 'hub-reopen', true) : nothing}${this.#button(s.cancel, 'hub-cancel')}</div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub-oauth-wait': OAuthWaitElement;
  }
}
