/** What closed the hub's dialog or window. */
export type CloseSource = 'escape' | 'backdrop' | 'close-button' | 'hub' | 'popup-closed' | 'api';

export interface RequestCloseDetail {
  source: CloseSource;
}

export interface LaunchClosedDetail {
  source: CloseSource;
  /** True when an account was connected before it closed. */
  connected: boolean;
}

const eventInit = { bubbles: true, composed: true } as const;

/** The dialog is about to close; `preventDefault()` keeps it open (e.g. to confirm leaving a half-filled form). */
export class ConnectLinkRequestCloseEvent extends CustomEvent<RequestCloseDetail> {
  static readonly eventName = 'connect-link:request-close';
  constructor(detail: RequestCloseDetail) {
    super(ConnectLinkRequestCloseEvent.eventName, { ...eventInit, cancelable: true, detail });
  }
}

/** The dialog or popup window is gone; focus is back on the trigger. */
export class ConnectLinkClosedEvent extends CustomEvent<LaunchClosedDetail> {
  static readonly eventName = 'connect-link:closed';
  constructor(detail: LaunchClosedDetail) {
    super(ConnectLinkClosedEvent.eventName, { ...eventInit, detail });
  }
}

interface ConnectLinkEventMap {
  'connect-link:request-close': ConnectLinkRequestCloseEvent;
  'connect-link:closed': ConnectLinkClosedEvent;
}

declare global {
  interface HTMLElementEventMap extends ConnectLinkEventMap {}
  interface DocumentEventMap extends ConnectLinkEventMap {}
  interface WindowEventMap extends ConnectLinkEventMap {}
}
