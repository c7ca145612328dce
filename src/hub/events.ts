/** The account a connection produced; `provider` is the selected connector's provider key. */
export interface ConnectedAccount {
  id: string;
  provider: string;
}

/** `back`: the user left a connector for the list (the hub's Back, or Escape). */
export type ConnectHubStep = 'opened' | 'connector-selected' | 'back' | 'credentials-submitted' | 'success' | 'error' | 'closed';

export interface ConnectHubStepDetail {
  step: ConnectHubStep;
  provider?: string;
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

/** One event per step of the flow, for host analytics. */
export class ConnectHubStepEvent extends CustomEvent<ConnectHubStepDetail> {
  static readonly eventName = 'connect-hub:step';
  constructor(detail: ConnectHubStepDetail) {
    super(ConnectHubStepEvent.eventName, { ...eventInit, detail });
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
  'connect-hub:step': ConnectHubStepEvent;
}

// The events bubble and are composed, so listeners on the document or window see them too.
declare global {
  interface HTMLElementEventMap extends ConnectHubEventMap {}
  interface DocumentEventMap extends ConnectHubEventMap {}
  interface WindowEventMap extends ConnectHubEventMap {}
}
