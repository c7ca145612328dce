import type { ReactiveControllerHost } from 'lit';
import { ConnectApiClient } from '../../client/api-client.js';
import { isAbortError } from '../../client/errors.js';
import type { Integration } from '../../contract/hub-responses.js';
import { LoadController } from '../controllers/load-controller.js';
import { HubEventStream } from '../controllers/event-stream.js';
import { ConnectHubCloseEvent, ConnectHubErrorEvent, ConnectHubSuccessEvent, type ConnectedAccount, type ConnectHubEventName } from '../events.js';
import { toConnectorView, type ConnectorView } from '../form-model/connector-view.js';
import { initialValues } from '../form-model/prefill.js';
import type { HubOAuth } from '../oauth-wait/hub-oauth.js';
import type { ListFilter } from '../connector-list/connector-list.js';
import type { HubStrings } from '../strings/en.js';
import { failureOf, type HubFailure } from './hub-failure.js';
import { LazyOAuth, oauthSession, type OAuthMode } from './lazy-oauth.js';
import { openSession, type SessionData } from './open-session.js';

/** What `<connect-hub>` gives its controller: the attributes that drive a session. */
export interface HubSessionHost extends ReactiveControllerHost, EventTarget {
  token: string;
  baseUrl: string;
  appUrl: string;
  accountId: string;
  oauthMode: OAuthMode;
  debug?: boolean;
}

export interface ConnectorData {
  integration: Integration;
  view: ConnectorView;
  initialValues: Record<string, string>;
}

/** The one thing the hub shows now; the element renders it and nothing else decides. */
export type HubView =
  | { kind: 'no-token' | 'loading' | 'expired' | 'empty' }
  | { kind: 'load-error'; failure: HubFailure; retry: () => void }
  | { kind: 'list'; session: SessionData }
  | { kind: 'oauth'; session: SessionData; oauth: HubOAuth; name: string }
  | { kind: 'form'; session: SessionData; connector: ConnectorData }
  | { kind: 'success'; session: SessionData; name: string; updated: boolean };

/**
 * The hub's session: opens it when token, base URL or account change (the latest wins), loads the chosen
 * connector, submits, runs OAuth, and reports every step and failure as the public events. Failures take
 * one path (`#fail`): a typed `HubFailure`, announced once, kept as state.
 */
export class HubSessionController {
  picked: Integration | undefined;
  submitting = false;
  /** The last submit or OAuth failure, shown on the form. */
  failure: HubFailure | undefined;
  connected: ConnectedAccount | undefined;
  /** The success updated an account the session was opened to edit (not one a redirect just created). */
  updated = false;
  expired = false;
  #resumed = false;
  /** The list's search and category, kept while a connector is open so Back returns to the same list. */
  filter: ListFilter = {};

  readonly #session: LoadController<readonly [string, string, string], SessionData | undefined>;
  readonly #connector: LoadController<readonly [SessionData | undefined, Integration | undefined, string], ConnectorData | undefined>;
  readonly oauth: LazyOAuth;
  /** `connect-hub:event` for the host, and the same steps for the server once the session opened. */
  readonly #events: HubEventStream;

  /** The `locale` the session was created with, once its settings are in. */
  get sessionLocale(): string | undefined {
    return this.#session.value?.settings?.locale ?? undefined;
  }

  constructor(
    private readonly host: HubSessionHost,
    private readonly strings: () => HubStrings,
    /** The language the hub shows: the connector's own words are asked for in it, and again when it changes. */
    private readonly locale: () => string,
  ) {
    this.#events = new HubEventStream(host);
    // A new token, base URL or account starts over: the reset runs before the connector load reads `selected`.
    this.#session = new LoadController(
      host,
      () => [host.token, host.baseUrl, host.accountId] as const,
      ([token, baseUrl, accountId], signal) => {
        this.picked = this.failure = this.connected = undefined;
        this.expired = this.submitting = false;
        this.filter = {};
        return token ? this.#open(token, baseUrl, accountId, signal) : undefined;
      },
    );
    this.#connector = new LoadController(
      host,
      () => [this.#session.value, this.selected, this.locale()] as const,
      ([session, integration, locale], signal) => (session && integration ? this.#loadConnector(session, integration, locale, signal) : undefined),
    );
    this.oauth = new LazyOAuth({
      host,
      strings,
      appUrl: () => host.appUrl || host.baseUrl || location.origin,
      succeeded: (account) => this.#succeeded(account),
      failed: (failure) => {
        this.failure = failure;
        this.#fail(failure);
      },
      reselect: (integration) => {
        if (!this.#session.value?.fixedSelection) this.picked = integration;
      },
    });
  }

  get selected(): Integration | undefined {
    return this.picked ?? this.#session.value?.fixedSelection;
  }

  get view(): HubView {
    if (!this.host.token) return { kind: 'no-token' };
    if (this.expired) return { kind: 'expired' };
    const session = this.#session.status === 'complete' ? this.#session.value : undefined;
    if (this.#session.status === 'error') return this.#loadError(this.#session);
    if (!session) return { kind: 'loading' };
    const connector = this.#shownConnector();
    if (this.connected) return { kind: 'success', session, name: connector?.view.name ?? this.connected.provider, updated: this.updated };
    const selected = this.selected;
    if (!selected) return session.integrations.length ? { kind: 'list', session } : { kind: 'empty' };
    const oauth = this.oauth.value;
    if (oauth?.busy) return { kind: 'oauth', session, oauth, name: connector?.view.name ?? selected.name };
    if (this.#connector.status === 'error') return this.#loadError(this.#connector);
    return connector ? { kind: 'form', session, connector } : { kind: 'loading' };
  }

  /** The loaded connector; while it loads again in another language, the one already shown stays (typed values too). */
  #shownConnector(): ConnectorData | undefined {
    const load = this.#connector;
    if (load.status === 'complete') return load.value;
    const stale = load.value;
    return load.status === 'pending' && stale && stale.integration === this.selected ? stale : undefined;
  }

  #loadError(load: { error: unknown; run(): Promise<void> }): HubView {
    return { kind: 'load-error', failure: load.error as HubFailure, retry: () => void load.run() };
  }

  #log(...parts: unknown[]): void {
    if (this.host.debug) console.debug('[connect-hub]', ...parts);
  }

  #step(name: ConnectHubEventName, provider?: string, errorCode?: string): void {
    this.#log('event', this.#events.emit(name, provider, errorCode));
  }

  /** The only way a failure leaves the hub: the error event, the error step, and the expired state. */
  #fail(failure: HubFailure): HubFailure {
    if (failure.code === 'session_expired') this.expired = true;
    const detail = { code: failure.code, message: failure.message };
    this.#log('error', detail);
    this.host.dispatchEvent(new ConnectHubErrorEvent(detail));
    this.#step('failed', this.selected?.provider, failure.code);
    return failure;
  }

  /** Runs a load; a failure (not an abort: a newer load replaced it) is reported and becomes the load's error. */
  async #guard<T>(load: () => Promise<T>): Promise<T> {
    try {
      return await load();
    } catch (error) {
      throw isAbortError(error) ? error : this.#fail(failureOf(error, this.strings().errorFallback));
    }
  }

  #open(token: string, baseUrl: string, accountId: string, signal: AbortSignal): Promise<SessionData> {
    return this.#guard(async () => {
      const client = new ConnectApiClient({ baseUrl: baseUrl || location.origin, token });
      const data = await openSession(client, accountId, signal, (...parts) => this.#log(...parts));
      // Only now, in a browser that ran this script with a session that opened, do steps go to the server.
      this.#events.open(baseUrl || location.origin, token);
      this.#step('opened');
      if (data.fixedSelection) this.#step('connector-selected', data.fixedSelection.provider);
      if (new URLSearchParams(location.search).has('connection_attempt_id')) {
        // Back from a redirect, the session may name the account that attempt created: not an edit.
        this.#resumed = true;
        void this.oauth.load().then((oauth) => oauth.resume(oauthSession(data)));
      }
      return data;
    });
  }

  #loadConnector(session: SessionData, integration: Integration, locale: string, signal: AbortSignal): Promise<ConnectorData> {
    return this.#guard(async () => {
      const editingThis = session.account && session.account.provider === integration.provider ? session.account : undefined;
      const { config } = await session.client.getConnector(integration.integration_id, signal, locale);
      const view = toConnectorView(config, integration, editingThis);
      // Fetch the OAuth half now, so it is there when Connect is pressed.
      if (view.isOAuth) void this.oauth.load();
      return {
        integration,
        view,
        initialValues: initialValues(view.fields, { externalTriggerToken: session.externalTriggerToken, account: editingThis }),
      };
    });
  }

  select(integration: Integration): void {
    this.picked = integration;
    this.failure = undefined;
    this.#step('connector-selected', integration.provider);
    this.host.requestUpdate();
  }

  /** Opens a listed connector again by its provider key (a page's history Forward); false when none or one is open. */
  reopen(provider: string): boolean {
    const session = this.#session.value;
    const integration = session?.integrations.find((candidate) => candidate.provider === provider);
    if (!integration || this.selected || this.connected) return false;
    this.select(integration);
    return true;
  }

  /** To the list (from a form, or from a result to link another), search and category as they were; false without a list. */
  back(): boolean {
    const integration = this.picked;
    if (!integration || this.oauth.value?.busy) return false;
    this.picked = this.failure = this.connected = undefined;
    this.#step('back', integration.provider);
    this.host.requestUpdate();
    return true;
  }

  /** Close on the success screen. */
  close(): void {
    this.host.dispatchEvent(new ConnectHubCloseEvent());
    this.#step('closed', this.connected?.provider);
  }

  /** The account was linked on another device (the hand-off's phone): this hub shows the success as its own. */
  connectedElsewhere(account: ConnectedAccount): void {
    const integration = this.#session.value?.integrations.find((candidate) => candidate.provider === account.provider);
    if (integration && !this.#session.value?.fixedSelection) this.picked = integration;
    this.#succeeded(account);
    this.host.requestUpdate();
  }

  #succeeded(account: ConnectedAccount): void {
    this.failure = undefined;
    this.updated = !!this.#session.value?.account && !this.#resumed;
    this.connected = account;
    this.host.dispatchEvent(new ConnectHubSuccessEvent(account));
    this.#step('connected', account.provider);
  }

  /** Call inside the click: an OAuth connector opens its popup before any await. */
  async submit(credentials: Record<string, string>): Promise<void> {
    const session = this.#session.value;
    const connector = this.#connector.value;
    if (this.submitting || !session || !connector) return;
    const { integration, view } = connector;
    this.#step(view.isOAuth ? 'oauth-started' : 'credentials-submitted', integration.provider);
    this.failure = undefined;
    if (view.isOAuth) return this.oauth.start(session, integration, credentials, this.host.oauthMode);
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const body = { integration_id: integration.integration_id, credentials };
      const result = await this.#guard(() => (session.account ? session.client.updateAccount(session.account.id, body) : session.client.createAccount(body)));
      this.#succeeded({ id: result.id, provider: integration.provider, result_token: result.result_token });
    } catch (error) {
      this.failure = error as HubFailure;
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }
}
