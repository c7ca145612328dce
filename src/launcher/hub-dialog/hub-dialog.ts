import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ConnectHubTheme } from '../../hub/connect-hub/connect-hub.js';
import { en, loadStrings, type HubStrings } from '../../hub/strings/index.js';
import { sharedStyles, themeStyles } from '../../hub/styles/theme.styles.js';
import { ConnectLinkClosedEvent, ConnectLinkRequestCloseEvent, type CloseSource } from '../events.js';
import { hubDialogStyles } from './hub-dialog.styles.js';

/**
 * `<connect-hub-dialog>`: `<connect-hub>` in a native modal `<dialog>` (`showModal()`: the page behind is
 * inert, so focus stays inside). Escape, a backdrop click, the × button and the hub's own Close button
 * all go through a cancelable `connect-link:request-close`; when it closes, focus returns to whatever had
 * it before `show()`.
 *
 * @tag connect-hub-dialog
 * @fires connect-link:request-close - `{source}`, cancelable, before closing.
 * @fires connect-link:closed - `{source, connected}` once closed.
 * @fires connect-hub:success - (from the hub) `{id, provider}`.
 * @fires connect-hub:error - (from the hub) `{code, message}`.
 * @fires connect-hub:event - (from the hub) `{name, provider?, error_code?, at}`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart close-button - The × button above the card.
 * @csspart card - (and every other part of `<connect-hub>`) the hub inside.
 *
 * @cssprop --connect-hub-dialog-width - Dialog width (480px; never wider than the viewport).
 * @cssprop --connect-hub-dialog-max-height - The hub's maximum height inside the dialog.
 * @cssprop --connect-hub-dialog-min-height - The hub's minimum height inside the dialog.
 * @cssprop --connect-hub-dialog-backdrop - The backdrop colour.
 */
export class ConnectHubDialogElement extends LitElement {
  static override styles = [themeStyles, sharedStyles, hubDialogStyles];
  static override properties = {
    token: {},
    baseUrl: { attribute: 'base-url' },
    appUrl: { attribute: 'app-url' },
    theme: { reflect: true },
    locale: {},
    accountId: { attribute: 'account-id' },
    label: {},
    strings: { state: true },
    launchCount: { state: true },
  };

  token = '';
  baseUrl = '';
  appUrl = '';
  theme: ConnectHubTheme = 'light';
  locale = '';
  accountId = '';
  /** The dialog's accessible name; defaults to the hub's "Connect an account". */
  label = '';

  private strings: HubStrings = en;
  /** Each show() mounts a fresh hub, so reopening never lands on the last success screen. */
  private launchCount = 0;
  private connected = false;
  private closeSource: CloseSource = 'api';
  private returnFocusTo: HTMLElement | null = null;
  private pointerDownOnBackdrop = false;

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog modally. `returnFocusTo` defaults to the element focused now. */
  async show(returnFocusTo: HTMLElement | null = deepActiveElement()): Promise<void> {
    if (this.dialog?.open) return;
    this.launchCount += 1;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.returnFocusTo = returnFocusTo;
    this.connected = false;
    this.closeSource = 'api';
    dialog.showModal();
  }

  /** Asks to close (a `connect-link:request-close` listener may refuse); true when it closed. */
  requestClose(source: CloseSource = 'api'): boolean {
    const dialog = this.dialog;
    if (!dialog?.open) return false;
    if (!this.dispatchEvent(new ConnectLinkRequestCloseEvent({ source }))) return false;
    this.closeSource = source;
    dialog.close();
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      const requested = this.locale || navigator.language;
      void loadStrings(requested).then((strings) => {
        if ((this.locale || navigator.language) === requested) this.strings = strings;
      });
    }
  }

  private onCancel(event: Event): void {
    // Escape: close through request-close, so a listener can veto it like any other close.
    event.preventDefault();
    this.requestClose('escape');
  }

  private onPointerDown(event: PointerEvent): void {
    this.pointerDownOnBackdrop = event.target === this.dialog;
  }

  private onClick(event: MouseEvent): void {
    // The dialog has no padding: a click that starts and ends on the <dialog> itself landed on the backdrop.
    if (event.target === this.dialog && this.pointerDownOnBackdrop) this.requestClose('backdrop');
    this.pointerDownOnBackdrop = false;
  }

  private onClosed(): void {
    const focusTarget = this.returnFocusTo;
    this.returnFocusTo = null;
    if (focusTarget?.isConnected) focusTarget.focus();
    this.dispatchEvent(new ConnectLinkClosedEvent({ source: this.closeSource, connected: this.connected }));
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    return html`<dialog
      part="dialog"
      aria-label=${this.label || s.chooseTitle}
      @cancel=${this.onCancel}
      @pointerdown=${this.onPointerDown}
      @click=${this.onClick}
      @close=${this.onClosed}
    >
      <div class="frame">
        <div class="toolbar">
          <button class="close" part="close-button" type="button" aria-label=${s.close} @click=${() => this.requestClose('close-button')}>
            <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        </div>
        ${keyed(this.launchCount, html`<connect-hub
          exportparts="card, header, search, list, item, form, field, footer, submit, status"
          token=${this.token}
          base-url=${this.baseUrl}
          app-url=${this.appUrl}
          theme=${this.theme}
          locale=${this.locale}
          account-id=${this.accountId}
          @connect-hub:success=${() => {
            this.connected = true;
          }}
          @connect-hub:close=${() => this.requestClose('hub')}
        ></connect-hub>`)}
      </div>
    </dialog>`;
  }
}

/** The focused element, looking through open shadow roots (a button inside a custom element). */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  const active = root.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  return active.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub-dialog': ConnectHubDialogElement;
  }
}
