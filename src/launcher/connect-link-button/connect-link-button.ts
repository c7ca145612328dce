import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ConnectHubTheme } from '../../hub/connect-hub/connect-hub.js';
import { ConnectHubErrorEvent, type ConnectedAccount } from '../../hub/events.js';
import { en, loadStrings, type HubStrings } from '../../hub/strings/index.js';
import { sharedStyles, themeStyles } from '../../hub/styles/theme.styles.js';
import { ConnectHubLaunchError } from '../launch-error.js';
import { openConnectHub, type LaunchMode } from '../open-connect-hub.js';
import { connectLinkButtonStyles } from './connect-link-button.styles.js';

const ERROR_CODES = { expired: 'session_expired', blocked: 'popup_blocked', error: 'launch_failed', closed: 'closed' } as const;

/**
 * `<connect-link-button token="…">Connect your HR system</connect-link-button>`: a button that opens the
 * hub for one connect session, in a modal dialog (default), a centred popup window running the auth-link
 * page (`mode="popup"`), or by sending this tab there (`mode="redirect"`). With `token-url` it POSTs to
 * the host's own backend at each click and uses the `{token}` it answers, so every launch gets a fresh
 * session and the API key stays on the server.
 *
 * @tag connect-link-button
 * @fires connect-hub:success - `{id, provider, result_token}`: an account was connected (modal and popup; in redirect
 *   mode this tab leaves, and `readConnectHubReturn()` gives the same three on the page it returns to).
 * @fires connect-hub:error - `{code, message}`: from the hub, or `session_expired` / `popup_blocked` / `launch_failed`.
 * @fires connect-hub:event - (modal) each step of the hub.
 * @fires connect-hub:close - (modal) the user pressed Close on the success screen.
 * @fires connect-link:request-close - (modal) cancelable, before the dialog closes.
 * @fires connect-link:closed - `{source, connected}`: the dialog or window is gone.
 *
 * @slot - The button's label (default "Connect an account").
 *
 * @csspart button - The native button.
 * @csspart spinner - Shown while a token is fetched or the popup is open.
 * @csspart dialog - (modal) The native dialog.
 * @csspart close-button - (modal) The dialog's × button.
 * @csspart card - (modal) The hub's card; every other `<connect-hub>` part is exported too.
 *
 * @cssprop --connect-hub-color-accent - Button background (and the hub's accent).
 * @cssprop --connect-hub-color-accent-text - Button text.
 * @cssprop --connect-hub-control-radius - Button corner radius.
 * @cssprop --connect-hub-font-family - Font stack.
 * @cssprop --connect-hub-button-height - Button minimum height (40px).
 * @cssprop --connect-hub-button-padding - Button side padding (18px).
 * @cssprop --connect-hub-dialog-width - (modal) dialog width; every other `--connect-hub-*` reaches the hub.
 */
export class ConnectLinkButtonElement extends LitElement {
  static override styles = [themeStyles, sharedStyles, connectLinkButtonStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    token: {},
    tokenUrl: { attribute: 'token-url' },
    baseUrl: { attribute: 'base-url' },
    appUrl: { attribute: 'app-url' },
    mode: {},
    theme: { reflect: true },
    locale: {},
    accountId: { attribute: 'account-id' },
    dialogLabel: { attribute: 'dialog-label' },
    returnUrl: { attribute: 'return-url' },
    disabled: { type: Boolean, reflect: true },
    busy: { state: true },
    preparing: { state: true },
    strings: { state: true },
  };

  /** A connect session token made by the host's backend. */
  token = '';
  /** The host backend's endpoint POSTed to at each click; it answers JSON `{token}`. Wins over `token`. */
  tokenUrl = '';
  /** The connect server; defaults to this page's origin. */
  baseUrl = '';
  appUrl = '';
  mode: LaunchMode = 'modal';
  theme: ConnectHubTheme = 'light';
  locale = '';
  accountId = '';
  /** The dialog's accessible name (default: "Connect an account"). */
  dialogLabel = '';
  /** `redirect` mode: where the auth-link page returns to (default: this page), with the account and its `result_token`. */
  returnUrl = '';
  disabled = false;

  private busy = false;
  /** Until the dialog or window shows (the token is being fetched): the spinner is visible. */
  private preparing = false;
  private strings: HubStrings = en;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      const requested = this.locale || navigator.language;
      void loadStrings(requested).then((strings) => {
        if ((this.locale || navigator.language) === requested) this.strings = strings;
      });
    }
  }

  /** Opens the hub as the button does; resolves `{id, provider, result_token}` or rejects a `ConnectHubLaunchError`. */
  launch(): Promise<ConnectedAccount> {
    const trigger = this.renderRoot.querySelector<HTMLButtonElement>('button');
    const launched = openConnectHub({
      token: this.token,
      tokenUrl: this.tokenUrl || undefined,
      baseUrl: this.baseUrl || undefined,
      appUrl: this.appUrl || undefined,
      mode: this.mode,
      theme: this.theme,
      locale: this.locale,
      accountId: this.accountId || undefined,
      label: this.dialogLabel || undefined,
      returnUrl: this.returnUrl || undefined,
      container: this.renderRoot as ShadowRoot,
      eventTarget: this,
      returnFocusTo: trigger,
      onOpen: () => {
        this.preparing = false;
      },
    });
    this.busy = true;
    this.preparing = true;
    void launched.then(
      () => this.settle(),
      (error: unknown) => this.settle(error),
    );
    return launched;
  }

  private settle(error?: unknown): void {
    this.busy = false;
    this.preparing = false;
    if (error === undefined) return;
    const reason = error instanceof ConnectHubLaunchError ? error.reason : 'error';
    // A closed dialog is not an error, and the hub has already reported an expired session in a modal.
    if (reason === 'closed' || (reason === 'expired' && this.mode === 'modal')) return;
    const message = error instanceof Error ? error.message : String(error);
    this.dispatchEvent(new ConnectHubErrorEvent({ code: ERROR_CODES[reason], message }));
  }

  private onClick(): void {
    if (this.busy || this.disabled) return;
    this.launch().catch(() => undefined);
  }

  protected override render(): TemplateResult {
    return html`<button
      class="button primary"
      part="button"
      type="button"
      ?disabled=${this.disabled}
      aria-busy=${this.preparing ? 'true' : 'false'}
      aria-haspopup=${this.mode === 'modal' ? 'dialog' : nothing}
      @click=${this.onClick}
    >
      <span class="spinner" part="spinner" aria-hidden="true" ?hidden=${!this.preparing}></span>
      <slot>${this.strings.chooseTitle}</slot>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-link-button': ConnectLinkButtonElement;
  }
}
