import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConnectApiClient } from '../../client/api-client.js';
import { ConnectApiError, SessionExpiredError, isAbortError } from '../../client/errors.js';
import type { HubAccount, HubSettings, Integration } from '../../contract/hub-responses.js';
import { autoSelection, listedIntegrations } from '../connector-list/list-model.js';
import type { SubmitFailure } from '../connector-form/connector-form.js';
import type { StatusTone } from '../status-view/status-view.js';
import {
  ConnectHubCloseEvent,
  ConnectHubErrorEvent,
  ConnectHubStepEvent,
  ConnectHubSuccessEvent,
  type ConnectedAccount,
  type ConnectHubStepDetail,
} from '../events.js';
import { toConnectorView, type ConnectorView } from '../form-model/connector-view.js';
import { initialValues } from '../form-model/prefill.js';
import { en, loadStrings, type HubStrings } from '../strings/index.js';
import { sharedStyles, themeStyles } from '../styles/theme.styles.js';
import { connectHubStyles } from './connect-hub.styles.js';
import { LoadController } from '../controllers/load-controller.js';
import type { HubOAuth } from '../oauth-wait/hub-oauth.js';
import { openPopup } from '../oauth-wait/popup.js';

/** Where a full-page OAuth redirect is the better choice (phones, in-app webviews). */
const NARROW_SCREEN = '(max-width: 640px)';

export type ConnectHubTheme = 'light' | 'dark' | 'auto';

/** StackOne's boolean attributes: absent → default, "" or "true" → true, "false" → false. */
const lenientBoolean = (value: string | null): boolean | undefined =>
  value === '' || value === 'true' ? true : value === 'false' ? false : undefined;

/** What the hub learned when it opened: the list, and in edit mode the account and its connector. */
interface SessionData {
  client: ConnectApiClient;
  settings: HubSettings | undefined;
  integrations: Integration[];
  externalTriggerToken?: string;
  /** Edit mode: the account being updated. */
  account?: HubAccount & { id: string };
  /** The connector opened without a choice (edit mode, or only one active): no Back. */
  fixedSelection?: Integration;
}

interface ConnectorData {
  integration: Integration;
  view: ConnectorView;
  initialValues: Record<string, string>;
}

/**
 * `<connect-hub token="…">`: lets an end user link an account, speaking CONTRACT.md to `base-url`.
 *
 * @tag connect-hub
 * @fires connect-hub:success - `{id, provider}` when an account is connected or updated.
 * @fires connect-hub:close - The user pressed Close on the success screen.
 * @fires connect-hub:error - `{code, message}` when loading or connecting fails.
 * @fires connect-hub:step - `{step, provider?}` for each step: opened, connector-selected, credentials-submitted, success, error, closed.
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
  static override properties = {
    token: {},
    baseUrl: { attribute: 'base-url' },
    appUrl: { attribute: 'app-url' },
    height: { reflect: true },
    theme: { reflect: true },
    accountId: { attribute: 'account-id' },
    onCloseLabel: { attribute: 'on-close-label' },
    showFooterLinks: { attribute: 'show-footer-links', converter: lenientBoolean },
    debug: { converter: lenientBoolean },
    oauthMode: { attribute: 'oauth-mode' },
    locale: {},
    strings: { state: true },
    picked: { state: true },
    submitting: { state: true },
    failure: { state: true },
    connected: { state: true },
    expired: { state: true },
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
  showFooterLinks?: boolean;
  debug?: boolean;
  /** `en`, `fr`, `de` (or a regional variant); defaults to the browser's language. */
  locale = '';
  /**
   * OAuth sign-in: `popup`, `redirect` (this tab goes to the provider and the hub resumes on return), or
   * `auto` (default): a popup, or a redirect on narrow screens when this page can be returned to.
   */
  oauthMode: 'auto' | 'popup' | 'redirect' = 'auto';

  private strings: HubStrings = en;
  private picked: Integration | undefined;
  private submitting = false;
  private failure: SubmitFailure | undefined;
  private connected: ConnectedAccount | undefined;
  private expired = false;

  readonly #session = new LoadController(
    this,
    () => [this.token, this.baseUrl, this.accountId] as const,
    ([token, baseUrl, accountId], signal) => (token ? this.#openSession(token, baseUrl, accountId, signal) : undefined),
  );

  /** The OAuth half, loaded when an OAuth connector opens (it stays out of the first bundle). */
  #oauth: HubOAuth | undefined;
  #oauthLoading: Promise<HubOAuth> | undefined;

  readonly #connector = new LoadController(
    this,
    () => [this.#session.value, this.picked ?? this.#session.value?.fixedSelection] as const,
    ([session, integration], signal) => (session && integration ? this.#loadConnector(session, integration, signal) : undefined),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token') || changed.has('baseUrl') || changed.has('accountId')) {
      this.picked = undefined;
      this.failure = undefined;
      this.connected = undefined;
      this.expired = false;
      this.submitting = false;
    }
    // Through the CSSOM, not a style attribute: a strict CSP (no 'unsafe-inline') blocks the latter.
    if (changed.has('height')) this.style.setProperty('--_ch-height', this.height || null);
    if (changed.has('locale')) {
      const requested = this.locale || navigator.language;
      void loadStrings(requested).then((strings) => {
        if ((this.locale || navigator.language) === requested) this.strings = strings;
      });
    }
  }

  #log(...parts: unknown[]): void {
    if (this.debug) console.debug('[connect-hub]', ...parts);
  }

  #step(detail: ConnectHubStepDetail): void {
    this.#log('step', detail);
    this.dispatchEvent(new ConnectHubStepEvent(detail));
  }

  #reportError(error: unknown): void {
    const apiError = error instanceof ConnectApiError ? error : undefined;
    if (error instanceof SessionExpiredError) this.expired = true;
    const detail = {
      code: apiError?.code ?? 'unexpected',
      message: error instanceof Error ? error.message : String(error),
    };
    this.#log('error', detail);
    this.dispatchEvent(new ConnectHubErrorEvent(detail));
    this.#step({ step: 'error', provider: this.#selected?.provider });
  }

  get #selected(): Integration | undefined {
    return this.picked ?? this.#session.value?.fixedSelection;
  }

  async #openSession(token: string, baseUrl: string, accountIdAttribute: string, signal: AbortSignal): Promise<SessionData> {
    const client = new ConnectApiClient({ baseUrl: baseUrl || location.origin, token });
    try {
      const settingsRequest = client.getSettings(signal).catch((error: unknown) => {
        if (error instanceof SessionExpiredError) throw error;
        this.#log('settings unavailable', error);
        return undefined;
      });
      // The plain list is fetched alongside the settings unless we already know we are editing.
      const plainList = accountIdAttribute ? undefined : client.listConnectors(undefined, signal);
      plainList?.catch(() => undefined);
      const settings = await settingsRequest;
      const accountId = accountIdAttribute || settings?.existing_account_id || '';
      let data: SessionData;
      if (accountId) {
        const account = await client.getAccount(accountId, signal);
        const list = await client.listConnectors(account.provider, signal);
        const integrations = listedIntegrations(list.integrations);
        const fixedSelection =
          autoSelection(list.integrations) ??
          integrations.find((integration) => integration.provider === account.provider) ??
          integrations.find((integration) => integration.integration_id === account.integrationId);
        data = {
          client,
          settings,
          integrations,
          externalTriggerToken: list.external_trigger_token,
          account: { ...account, id: accountId },
          fixedSelection,
        };
      } else {
        const list = await (plainList ?? client.listConnectors(undefined, signal));
        data = {
          client,
          settings,
          integrations: listedIntegrations(list.integrations),
          externalTriggerToken: list.external_trigger_token,
          fixedSelection: autoSelection(list.integrations),
        };
      }
      this.#step({ step: 'opened' });
      if (data.fixedSelection) this.#step({ step: 'connector-selected', provider: data.fixedSelection.provider });
      if (new URLSearchParams(location.search).has('connection_attempt_id')) {
        void this.#loadOAuth().then((oauth) => oauth.resume(this.#oauthSession(data)));
      }
      return data;
    } catch (error) {
      if (!isAbortError(error)) this.#reportError(error);
      throw error;
    }
  }

  async #loadConnector(session: SessionData, integration: Integration, signal: AbortSignal): Promise<ConnectorData> {
    try {
      const editingThis = session.account && session.account.provider === integration.provider ? session.account : undefined;
      const { config } = await session.client.getConnector(integration.integration_id, signal);
      const view = toConnectorView(config, integration, editingThis);
      // Fetch the OAuth half now, so it is there when Connect is pressed.
      if (view.isOAuth) void this.#loadOAuth();
      return {
        integration,
        view,
        initialValues: initialValues(view.fields, { externalTriggerToken: session.externalTriggerToken, account: editingThis }),
      };
    } catch (error) {
      if (!isAbortError(error)) this.#reportError(error);
      throw error;
    }
  }

  #select(integration: Integration): void {
    this.picked = integration;
    this.failure = undefined;
    this.#step({ step: 'connector-selected', provider: integration.provider });
  }

  #back(): void {
    this.picked = undefined;
    this.failure = undefined;
  }

  async #submit(credentials: Record<string, string>): Promise<void> {
    const session = this.#session.value;
    const connector = this.#connector.value;
    if (this.submitting || !session || !connector) return;
    const { integration, view } = connector;
    this.#step({ step: 'credentials-submitted', provider: integration.provider });
    if (view.isOAuth) {
      // Synchronously, still inside the click: the popup must open before any await or blockers fire.
      this.#startOAuth(session, integration, credentials);
      return;
    }
    this.submitting = true;
    this.failure = undefined;
    try {
      const body = { integration_id: integration.integration_id, credentials };
      const result = session.account
        ? await session.client.updateAccount(session.account.id, body)
        : await session.client.createAccount(body);
      this.connected = { id: result.id, provider: integration.provider };
      this.dispatchEvent(new ConnectHubSuccessEvent(this.connected));
      this.#step({ step: 'success', provider: integration.provider });
    } catch (error) {
      this.failure = {
        message: error instanceof Error ? error.message : this.strings.errorFallback,
        providerResponse: error instanceof ConnectApiError ? error.providerResponse : undefined,
      };
      this.#reportError(error);
    } finally {
      this.submitting = false;
    }
  }

  #loadOAuth(): Promise<HubOAuth> {
    return (this.#oauthLoading ??= import('../oauth-wait/hub-oauth.js').then(({ HubOAuth }) => {
      this.#oauth = new HubOAuth({
        host: this,
        strings: () => this.strings,
        appUrl: () => this.appUrl || this.baseUrl || location.origin,
        succeeded: (account) => {
          this.failure = undefined;
          this.connected = account;
          this.dispatchEvent(new ConnectHubSuccessEvent(account));
          this.#step({ step: 'success', provider: account.provider });
        },
        failed: (failure, code) => {
          this.failure = failure;
          this.#reportError(new ConnectApiError({ status: 0, code, message: failure.message }));
        },
        reselect: (integration) => {
          if (!this.#session.value?.fixedSelection) this.picked = integration;
        },
      });
      return this.#oauth;
    }));
  }

  #oauthSession(session: SessionData) {
    return { client: session.client, allowedOrigins: session.settings?.allowed_origins ?? [], integrations: session.integrations };
  }

  #startOAuth(session: SessionData, integration: Integration, fields: Record<string, string>): void {
    this.failure = undefined;
    const narrow = typeof matchMedia === 'function' && matchMedia(NARROW_SCREEN).matches;
    const redirect = this.oauthMode === 'redirect' || (this.oauthMode === 'auto' && narrow);
    // Inside the click, before any await: the only moment a popup is not blocked.
    const popup = redirect ? undefined : openPopup();
    void this.#loadOAuth().then((oauth) => oauth.start(this.#oauthSession(session), integration, fields, popup));
  }

  #close(): void {
    this.dispatchEvent(new ConnectHubCloseEvent());
    this.#step({ step: 'closed', provider: this.connected?.provider });
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

  #loadError(error: unknown, retry: () => void) {
    if (error instanceof SessionExpiredError) return this.#expiredView();
    const message = error instanceof Error ? error.message : String(error);
    return this.#status('error', this.strings.loadErrorTitle, message, this.strings.tryAgain, retry);
  }

  #expiredView() {
    return this.#status('warning', this.strings.expiredTitle, this.strings.expiredBody);
  }

  #renderSession(session: SessionData) {
    const s = this.strings;
    if (this.connected) {
      const name = this.#connector.value?.view.name ?? this.connected.provider;
      return this.#status(
        'success',
        s.successTitle,
        session.account ? s.updatedBody(name) : s.successBody(name),
        this.onCloseLabel || s.close,
        () => this.#close(),
      );
    }
    if (!this.#selected) {
      if (session.integrations.length === 0) return this.#status('info', s.emptyTitle, s.emptyBody);
      return html`<connect-hub-connector-list
        exportparts="header, search, list, item"
        .strings=${s}
        .integrations=${session.integrations}
        @hub-select=${(event: CustomEvent<Integration>) => this.#select(event.detail)}
      ></connect-hub-connector-list>`;
    }
    const data = this.#connector.status === 'complete' ? this.#connector.value : undefined;
    if (this.#oauth?.busy) return this.#oauth.render(this.#oauthSession(session), data?.view.name ?? this.#selected.name);
    if (this.#connector.status === 'error') return this.#loadError(this.#connector.error, () => void this.#connector.run());
    if (!data) return this.#status('loading', s.loading);
    return html`<connect-hub-connector-form
      exportparts="header, form, field, footer, submit"
      .strings=${s}
      .connector=${data.view}
      .initialValues=${data.initialValues}
      .logoUrl=${data.integration.logo_url}
      .failure=${this.failure}
      .updatedAt=${session.account?.updatedAt}
      ?editing=${!!session.account}
      ?canGoBack=${!session.fixedSelection}
      ?busy=${this.submitting}
      ?showFooterLinks=${this.showFooterLinks !== false}
      @hub-back=${() => this.#back()}
      @hub-submit=${(event: CustomEvent<Record<string, string>>) => void this.#submit(event.detail)}
    ></connect-hub-connector-form>`;
  }

  #renderView() {
    const s = this.strings;
    if (!this.token) return this.#status('info', s.noTokenTitle, s.noTokenBody);
    if (this.expired) return this.#expiredView();
    const session = this.#session.status === 'complete' ? this.#session.value : undefined;
    if (this.#session.status === 'error') return this.#loadError(this.#session.error, () => void this.#session.run());
    return session ? this.#renderSession(session) : this.#status('loading', s.loading);
  }

  protected override render(): TemplateResult {
    return html`<div class="card" part="card" lang=${this.strings.lang}>
      ${this.#renderView()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub': ConnectHubElement;
  }
}
