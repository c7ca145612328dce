import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ConnectApiClient } from '../../client/api-client.js';
import type { Integration } from '../../contract/hub-responses.js';
import { OAUTH_LANDING_PATH as LANDING_PATH } from '../../contract/wire.js';
import type { HubFailure } from '../connect-hub/hub-failure.js';
import { OAuthController, PENDING_KEY, type OAuthOutcome, type OAuthRequest, type PendingRedirect } from '../controllers/oauth-controller.js';
import type { ConnectedAccount } from '../events.js';
import type { HubStrings } from '../strings/en.js';
import { OAuthWaitElement } from './oauth-wait.js';

// This module is loaded on demand (an OAuth connector was opened), so it registers its own element (in a
// browser only: see ../environment.ts).
if (typeof window !== 'undefined' && !customElements.get('connect-hub-oauth-wait')) customElements.define('connect-hub-oauth-wait', OAuthWaitElement);

const RESULT_PARAMS = ['status', 'connection_attempt_id'];

/** What the OAuth half needs from `<connect-hub>`. */
export interface OAuthHubHooks {
  host: ReactiveControllerHost;
  strings(): HubStrings;
  /** The connect server the landing page lives on (`app-url`, else `base-url`, else this page). */
  appUrl(): string;
  succeeded(account: ConnectedAccount): void;
  failed(failure: HubFailure): void;
  /** Back from a redirect: open this connector again while the result comes in. */
  reselect(integration: Integration): void;
}

export interface OAuthSession {
  client: ConnectApiClient;
  allowedOrigins: readonly string[];
  integrations: readonly Integration[];
}

/**
 * The hub's OAuth sign-in (CONTRACT.md §4.3): popup or full-page redirect, the wait view, and what each
 * ending means for the hub. The popup itself is opened by `<connect-hub>` inside the click.
 */
export class HubOAuth {
  readonly #hooks: OAuthHubHooks;
  readonly #controller: OAuthController;

  constructor(hooks: OAuthHubHooks) {
    this.#hooks = hooks;
    this.#controller = new OAuthController(hooks.host, (outcome, request) => this.#finished(outcome, request));
  }

  get busy(): boolean {
    return this.#controller.busy;
  }

  /** The server's landing page, told the hub's language so that its pages speak it too. */
  #landingUrl(): string {
    return `${this.#hooks.appUrl().replace(/\/+$/, '')}${LANDING_PATH}?lang=${this.#hooks.strings().lang}`;
  }

  /** A full-page redirect must come back here: this page is the landing page's origin, or an allowed one. */
  canRedirect(session: OAuthSession): boolean {
    return location.origin === new URL(this.#landingUrl(), location.href).origin || session.allowedOrigins.includes(location.origin);
  }

  /** Same origin as the landing page: it sends us back; otherwise the provider callback returns here directly. */
  #redirectBackUri(): string {
    const landing = this.#landingUrl();
    if (new URL(landing, location.href).origin === location.origin) return landing;
    const here = new URL(location.href);
    for (const name of RESULT_PARAMS) here.searchParams.delete(name);
    here.hash = '';
    return here.href;
  }

  /**
   * `popup`: the window `<connect-hub>` opened in the click (null = blocked); `undefined`: a full-page
   * redirect was asked for.
   */
  start(session: OAuthSession, integration: Integration, fields: Record<string, string>, popup: Window | null | undefined): void {
    const request: OAuthRequest = {
      client: session.client,
      integrationId: integration.integration_id,
      provider: integration.provider,
      fields,
      redirectUri: this.#landingUrl(),
    };
    if (popup === undefined && this.canRedirect(session)) void this.#controller.redirect(request, this.#redirectBackUri());
    else this.#controller.start(request, popup ?? null);
  }

  /** Back from a full-page redirect that this tab started: wait for that attempt's result. */
  resume(session: OAuthSession): void {
    const attemptId = new URLSearchParams(location.search).get('connection_attempt_id');
    let pending: PendingRedirect | null = null;
    try {
      pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingRedirect | null;
    } catch {
      pending = null;
    }
    if (!attemptId || pending?.attemptId !== attemptId) return;
    sessionStorage.removeItem(PENDING_KEY);
    const url = new URL(location.href);
    for (const name of RESULT_PARAMS) url.searchParams.delete(name);
    history.replaceState(history.state, '', url.href);
    const integration = session.integrations.find((candidate) => candidate.integration_id === pending.integrationId);
    if (integration) this.#hooks.reselect(integration);
    this.#controller.resume(
      { client: session.client, integrationId: pending.integrationId, provider: pending.provider, fields: {}, redirectUri: this.#landingUrl() },
      attemptId,
    );
  }

  render(session: OAuthSession, name: string): TemplateResult {
    return html`<connect-hub-oauth-wait
      exportparts="status"
      .strings=${this.#hooks.strings()}
      .phase=${this.#controller.phase}
      .name=${name}
      ?can-redirect=${this.canRedirect(session)}
      @hub-reopen=${() => this.#controller.retry()}
      @hub-redirect=${() => void this.#controller.redirect(undefined, this.#redirectBackUri())}
      @hub-cancel=${() => this.#controller.cancel()}
    ></connect-hub-oauth-wait>`;
  }

  #finished(outcome: OAuthOutcome, request: OAuthRequest | undefined): void {
    if (outcome.kind === 'authenticated') return this.#hooks.succeeded({ id: outcome.accountId, provider: request?.provider ?? '', result_token: outcome.resultToken });
    if (outcome.kind !== 'cancelled') this.#hooks.failed(oauthFailure(outcome, this.#hooks.strings()));
  }
}

/** How an OAuth ending other than success or cancel reads on the form, in the end user's words. */
export function oauthFailure(outcome: Exclude<OAuthOutcome, { kind: 'authenticated' | 'cancelled' }>, s: HubStrings): HubFailure {
  if (outcome.kind === 'error') {
    // The provider's description speaks of "the user": the person reading it is that user.
    const message = outcome.code === 'access_denied' ? s.oauthDenied : outcome.description || s.errorFallback;
    return { code: outcome.code, message, providerResponse: outcome.code };
  }
  const message = outcome.kind === 'timeout' ? s.oauthTimedOut : outcome.kind === 'expired' ? s.oauthExpiredNote : s.oauthStartFailed;
  return { code: `oauth_${outcome.kind.replace('-', '_')}`, message };
}
