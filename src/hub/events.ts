/**
 * The account a connection produced; `provider` is the selected connector's provider key. `result_token`: the
 * server's signed statement of this success (a compact JWS, 5 minutes) for the host's backend to verify against
 * `/.well-known/jwks.json` instead of trusting the browser.
 */
export interface ConnectedAccount {
  id: string;
  provider: string;
  result_token?: string | undefined;
}

/**
 * The hub's steps, in the order a user meets them (CONTRACT.md §0, "Event stream"): `opened` (the hub ran in a
 * browser and the session opened), `connector-selected`, `back` (to the list: the hub's Back, or Escape),
 * `credentials-submitted` or `oauth-started`, then `connected` or `failed` (with `error_code`), and `closed`
 * (Close on the success screen).
 */
export type ConnectHubEventName = 'opened' | 'connector-selected' | 'back' | 'credentials-submitted' | 'oauth-started' | 'connected' | 'failed' | 'closed';

export interface ConnectHubEventDetail {
  name: ConnectHubEventName;
  /** The connector's provider key, once one is chosen. */
  provider?: string;
  /** `failed` only: the contract's error code, or `session_expired`, `network_error`, `oauth_timeout`, … */
  error_code?: string;
  /** When it happened (ISO 8601). */
  at: string;
}

export interface ConnectHubErrorDetail {
  /** The contract's error code, or `session_expired`, `network_error`, `invalid_response`. */
  code: string;
  message: string;
}

const eventInit = { bubbles: true, composed: true } as const;

/** An account was connected or updated. */
export class ConnectHubSuccessEvent extends CustomEvent<ConnectedAccount> {
  static readonly eventName = 'connect-hub:success';
  constructor(detail: ConnectedAccount) {
    super(ConnectHubSuccessEvent.eventName, { ...eventInit, detail });
  }
}

/** The user pressed Close on the success screen. */
export class ConnectHubCloseEvent extends Event {
  static readonly eventName = 'connect-hub:close';
  constructor() {
    super(ConnectHubCloseEvent.eventName, eventInit);
  }
}

/** Loading or connecting failed; the hub shows the error and stays usable. */
export class ConnectHubErrorEvent extends CustomEvent<ConnectHubErrorDetail> {
  static readonly eventName = 'connect-hub:error';
  constructor(detail: ConnectHubErrorDetail) {
    super(ConnectHubErrorEvent.eventName, { ...eventInit, detail });
  }
}

/** One event per step of the flow, for host analytics; the server gets the same steps (`POST /hub/events`). */
export class ConnectHubEvent extends CustomEvent<ConnectHubEventDetail> {
  static readonly eventName = 'connect-hub:event';
  constructor(detail: ConnectHubEventDetail) {
    super(ConnectHubEvent.eventName, { ...eventInit, detail });
  }
}

/** Internal: a view asks the root to act. Neither bubbling nor composed: it never leaves the hub. */
export class HubActionEvent<Detail = undefined> extends CustomEvent<Detail> {
  constructor(name: HubAction, detail?: Detail) {
    super(name, { detail });
  }
}

export type HubAction = 'hub-select' | 'hub-filter' | 'hub-submit' | 'hub-back' | 'hub-retry' | 'hub-action' | 'hub-reopen' | 'hub-redirect' | 'hub-cancel';

interface ConnectHubEventMap {
  'connect-hub:success': ConnectHubSuccessEvent;
  'connect-hub:close': ConnectHubCloseEvent;
  'connect-hub:error': ConnectHubErrorEvent;
  'connect-hub:event': ConnectHubEvent;
}

// The events bubble and are composed, so listeners on the document or window see them too.
declare global {
  interface HTMLElementEventMap extends ConnectHubEventMap {}
  interface DocumentEventMap extends ConnectHubEventMap {}
  interface WindowEventMap extends ConnectHubEventMap {}
}
