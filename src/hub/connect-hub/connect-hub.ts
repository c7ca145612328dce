import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Integration } from '../../contract/hub-responses.js';
import type { ListFilter } from '../connector-list/connector-list.js';
import type { StatusTone } from '../status-view/status-view.js';
import { type Locale, localeDirection } from '../../contract/locales.js';
import { en, loadStrings, resolveLocale, type HubStrings } from '../strings/index.js';
import { sharedStyles, themeStyles } from '../styles/theme.styles.js';
import { describeFailure } from '../form-model/failure-message.js';
import { connectHubStyles } from './connect-hub.styles.js';
import { HubSessionController, type HubView } from './hub-session-controller.js';
import { oauthSession, prefersRedirect, type OAuthMode } from './lazy-oauth.js';
import { requestRenewal } from '../links/renewal.js';

export type ConnectHubTheme = 'light' | 'dark' | 'auto';

/** StackOne's boolean attributes: absent → default, "" or "true" → true, "false" → false. */
const lenientBoolean = (value: string | null): boolean | undefined =>
  value === '' || value === 'true' ? true : value === 'false' ? false : undefined;

/**
 * `<connect-hub token="…">`: lets an end user link an account, speaking CONTRACT.md to `base-url`.
 *
 * @tag connect-hub
 * @fires connect-hub:success - `{id, provider, result_token}` when an account is connected or updated (`result_token`: see README, "Verify a success").
 * @fires connect-hub:close - The user pressed Close on the success screen.
 * @fires connect-hub:error - `{code, message}` when loading or connecting fails.
 * @fires connect-hub:event - `{name, provider?, error_code?, at}` for each step: opened, connector-selected, back, credentials-submitted or oauth-started, connected, failed, closed (the server gets the same).
 *
 * @slot success - Extra content on the success screen (the auth-link page says the window can be closed).
 *
 * @csspart card - The outer card.
 * @csspart header - The top of each view.
 * @csspart search - The search field.
 * @csspart list - The connector list.
 * @csspart item - One connector in the list.
 * @csspart form - The form body.
 * @csspart field - One form field.
 * @csspart footer - The bottom bar with the actions.
 * @csspart submit - The Connect / Update button.
 * @csspart status - Loading, success, error and expired states.
 *
 * @cssprop --connect-hub-font-family - Font stack (system UI by default).
 * @cssprop --connect-hub-font-size - Base font size (14px).
 * @cssprop --connect-hub-radius - Card corner radius (14px).
 * @cssprop --connect-hub-control-radius - Buttons and inputs corner radius (8px).
 * @cssprop --connect-hub-spacing - Inner padding of the card (20px).
 * @cssprop --connect-hub-min-height - Card minimum height (460px), so states do not jump.
 * @cssprop --connect-hub-max-height - Card maximum height (680px); longer lists and forms scroll inside.
 * @cssprop --connect-hub-color-background - Card background.
 * @cssprop --connect-hub-color-surface - Subtle fills: hover, read-only inputs, code.
 * @cssprop --connect-hub-color-text - Main text.
 * @cssprop --connect-hub-color-muted - Secondary text.
 * @cssprop --connect-hub-color-border - Borders and dividers.
 * @cssprop --connect-hub-color-accent - Primary button, links, focus ring.
 * @cssprop --connect-hub-color-accent-text - Text on the accent colour.
 * @cssprop --connect-hub-color-danger - Errors.
 * @cssprop --connect-hub-color-success - Success state.
 * @cssprop --connect-hub-color-warning - Warnings and the expired state.
 * @cssprop --connect-hub-color-info - Notices.
 * @cssprop --connect-hub-shadow - Card shadow.
 */
export class ConnectHubElement extends LitElement {
  static override styles = [themeStyles, sharedStyles, connectHubStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The auth link's server render (declarative shadow DOM, src/standalone/ssr.ts) was the first paint; the element
   * renders the same view from the same inline data, so that markup goes first (Lit renders beside what a root
   * holds, not over it). Done here, at the element's own first render, whatever order the page's modules ran in.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }
  static override properties = {
    token: {},
    baseUrl: { attribute: 'base-url' },
    appUrl: { attribute: 'app-url' },
    height: { reflect: true },
    theme: { reflect: true },
    accountId: { attribute: 'account-id' },
    onCloseLabel: { attribute: 'on-close-label' },
    hideClose: { attribute: 'hide-close', converter: lenientBoolean },
    hideHandoff: { attribute: 'hide-handoff', converter: lenientBoolean },
    showFooterLinks: { attribute: 'show-footer-links', converter: lenientBoolean },
    debug: { converter: lenientBoolean },
    oauthMode: { attribute: 'oauth-mode' },
    locale: {},
    strings: { state: true },
  };

  /** The connect session token. Changing it restarts the hub. */
  token = '';
  /** The connect API; defaults to this page's origin. */
  baseUrl = '';
  /** Where the OAuth landing page lives (used by the OAuth flow); defaults to `base-url`. */
  appUrl = '';
  /** Card height, e.g. `500px`; the content scrolls inside. Unset: the card grows with its content. */
  height = '';
  theme: ConnectHubTheme = 'light';
  /** Open in edit mode for this account (wins over the session's `existing_account_id`). */
  accountId = '';
  onCloseLabel = '';
  /** No Close on the success screen (a tab the user opened cannot be closed by the page). */
  hideClose?: boolean;
  /** No "Continue on your phone" (the hand-off page itself sets it: it is the phone). */
  hideHandoff?: boolean;
  showFooterLinks?: boolean;
  debug?: boolean;
  /** One of the 21 supported locales (or a regional variant, `fr-CA`); else the session's, else the browser's. */
  locale = '';
  /**
   * OAuth sign-in: `popup`, `redirect` (this tab goes to the provider and the hub resumes on return), or
   * `auto` (default): a popup, or a redirect on narrow screens when this page can be returned to.
   */
  oauthMode: OAuthMode = 'auto';

  private strings: HubStrings = en;
  #wantedLocale: Locale = 'en';
  readonly #hub = new HubSessionController(this, () => this.strings, () => this.#wantedLocale);
  /** The view on screen, and whether the user's last action should take focus to the next one. */
  #shown = '';
  /** The expired view's "Request a new link" (issue 17 §1): its progress, and the project told. */
  #renewal: 'idle' | 'busy' | 'requested' | 'failed' = 'idle';
  #renewalProject = '';
  /** "Continue on your phone" (issue 17 §2): the hand-off view is open, for this connector ('' = the list). */
  #handoff: { provider: string } | undefined;
  #focusNext = false;

  /**
   * Back to the connector list, its search and category kept (what the hub's Back and Escape do); for pages
   * that tie browser history to the hub. False when there is no list to go back to (edit mode, result shown).
   */
  back(): boolean {
    this.#focusNext = true;
    return this.#hub.back();
  }

  /** Opens a listed connector by its provider key (a page's history Forward); false when not listed or one is open. */
  reopen(provider: string): boolean {
    this.#focusNext = true;
    return this.#hub.reopen(provider);
  }

  /** Runs a user action; the view it leads to takes focus (its heading, or the field that needs fixing). */
  #act(action: () => unknown): void {
    this.#focusNext = true;
    action();
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#shown === 'form' && this.back()) event.preventDefault();
  }

  protected override updated(): void {
    const kind = this.#hub.view.kind;
    if (kind === this.#shown || kind === 'loading') return;
    this.#shown = kind;
    if (!this.#focusNext) return;
    this.#focusNext = false;
    const view = this.renderRoot.querySelector<LitElement>('.card > *');
    void view?.updateComplete.then(() => view.shadowRoot?.querySelector<HTMLElement>('h2')?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Through the CSSOM, not a style attribute: a strict CSP (no 'unsafe-inline') blocks the latter.
    if (changed.has('height')) this.style.setProperty('--_ch-height', this.height || null);
    // The attribute wins, then the session's `locale` (set by the app that created it), then the browser.
    const wanted = resolveLocale(this.locale, this.#hub.sessionLocale, navigator.language);
    if (wanted !== this.#wantedLocale) {
      this.#wantedLocale = wanted;
      void loadStrings(wanted).then((strings) => {
        if (this.#wantedLocale === wanted) this.strings = strings;
      });
    }
  }

  #status(tone: StatusTone, heading: string, message = '', action = '', onAction?: () => void) {
    return html`<connect-hub-status
      exportparts="status"
      .strings=${this.strings}
      tone=${tone}
      heading=${heading}
      message=${message}
      action=${action}
      @hub-action=${onAction}
      >${tone === 'success' ? html`<slot name="success"></slot>` : nothing}</connect-hub-status
    >`;
  }

  #render(view: HubView) {
    const s = this.strings;
    const hub = this.#hub;
    switch (view.kind) {
      case 'no-token':
        return this.#status('info', s.noTokenTitle, s.noTokenBody);
      case 'expired':
        if (this.#renewal === 'requested') return this.#status('success', s.renewRequestedTitle, s.renewRequestedBody(this.#renewalProject));
        return this.#status(
          'warning',
          s.expiredTitle,
          this.#renewal === 'failed' ? s.renewFailed : s.expiredBody,
          this.#renewal === 'busy' || this.#renewal === 'failed' ? '' : s.renewAction,
          () => void this.#renew(),
        );
      case 'loading':
        return this.#status('loading', s.loading);
      case 'empty':
        return this.#status('info', s.emptyTitle, s.emptyBody);
      case 'load-error':
        return this.#status('error', s.loadErrorTitle, describeFailure(view.failure, {}, s).message, s.tryAgain, () => this.#act(view.retry));
      case 'success':
        return this.#status(
          'success',
          view.updated ? s.updatedTitle : s.successTitle,
          view.updated ? s.updatedBody(view.name) : s.successBody(view.name),
          this.hideClose ? '' : this.onCloseLabel || s.close,
          () => hub.close(),
        );
      case 'list':
        return html`<connect-hub-connector-list
          exportparts="header, search, list, item"
          .strings=${s}
          .integrations=${view.session.integrations}
          .query=${hub.filter.query ?? ''}
          .category=${hub.filter.category}
          @hub-filter=${(event: CustomEvent<ListFilter>) => (hub.filter = event.detail)}
          @hub-select=${(event: CustomEvent<Integration>) => this.#act(() => hub.select(event.detail))}
        ></connect-hub-connector-list>`;
      case 'oauth':
        return view.oauth.render(oauthSession(view.session), view.name);
      case 'form': {
        const { session, connector } = view;
        return html`<connect-hub-connector-form
          exportparts="header, form, field, footer, submit"
          .strings=${s}
          .connector=${connector.view}
          .initialValues=${connector.initialValues}
          .logoUrl=${connector.integration.logo_url}
          .failure=${hub.failure}
          .projectName=${session.settings?.project_name}
          .updatedAt=${session.account?.updatedAt}
          ?redirects=${prefersRedirect(this.oauthMode) && hub.oauth.value?.canRedirect(oauthSession(session)) !== false}
          ?editing=${!!session.account}
          ?canGoBack=${!session.fixedSelection}
          ?busy=${hub.submitting}
          ?showFooterLinks=${this.showFooterLinks !== false}
          @hub-back=${() => this.back()}
          @hub-submit=${(event: CustomEvent<Record<string, string>>) => this.#act(() => hub.submit(event.detail))}
        ></connect-hub-connector-form>`;
      }
    }
  }

  /** "Request a new link": a renewable session continues under its fresh token; otherwise the host is told. */
  async #renew(): Promise<void> {
    this.#renewal = 'busy';
    this.requestUpdate();
    try {
      const result = await requestRenewal(this.baseUrl || location.origin, this.token);
      this.#renewalProject = result.project_name;
      this.#renewal = result.outcome === 'renewed' ? 'idle' : 'requested';
      if (result.outcome === 'renewed' && result.token) this.token = result.token;
    } catch {
      this.#renewal = 'failed';
    }
    this.requestUpdate();
  }

  #openHandoff(provider: string): void {
    void import('../links/handoff-view.js').then(() => {
      this.#handoff = { provider };
      this.#focusNext = true;
      this.#shown = '';
      this.requestUpdate();
    });
  }

  #closeHandoff(): void {
    this.#handoff = undefined;
    this.#focusNext = true;
    this.#shown = '';
    this.requestUpdate();
  }

  /** The hand-off view while open; else the view with "Continue on your phone" under the list and the forms. */
  #withHandoff(view: HubView) {
    const session = view.kind === 'list' || view.kind === 'form' ? view.session : undefined;
    if (this.#handoff && session) {
      return html`<connect-hub-handoff
        exportparts="status"
        .client=${session.client}
        .provider=${this.#handoff.provider}
        .strings=${this.strings}
        @hub-back=${() => this.#closeHandoff()}
        @hub-handoff-done=${(event: CustomEvent<{ id: string; provider: string }>) => {
          this.#handoff = undefined;
          this.#focusNext = true;
          this.#hub.connectedElsewhere(event.detail);
        }}
      ></connect-hub-handoff>`;
    }
    if (this.#handoff && !session && view.kind !== 'loading') this.#handoff = undefined;
    const content = this.#render(view);
    if (!session || this.hideHandoff) return content;
    const provider = view.kind === 'form' ? view.connector.integration.provider : '';
    return html`${content}<div class="handoff-bar">
        <button type="button" class="handoff-button" @click=${() => this.#openHandoff(provider)}>${this.strings.handoffAction}</button>
      </div>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="card" part="card" lang=${this.strings.lang} dir=${localeDirection(this.strings.lang)} @keydown=${this.#onKey}>${this.#withHandoff(this.#hub.view)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub': ConnectHubElement;
  }
}
