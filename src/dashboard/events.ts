import type { ProjectSummary } from '../contract/project.js';
import type { AdminClient } from './admin-client.js';

const eventInit = { bubbles: true, composed: true } as const;

export interface SignedInDetail {
  client: AdminClient;
  project: ProjectSummary;
  apiKey: string;
}

/** The sign-in form checked a key with the server: it is good. */
export class DashboardSignedInEvent extends CustomEvent<SignedInDetail> {
  static readonly eventName = 'dashboard:signed-in';
  constructor(detail: SignedInDetail) {
    super(DashboardSignedInEvent.eventName, { ...eventInit, detail });
  }
}

export interface NavigateDetail {
  /** A dashboard route, e.g. `accounts` or `accounts/acc_123`. */
  route: string;
  /** A short confirmation the next page announces ("The account was deleted."). */
  notice?: string;
}

/** A view asks the dashboard to show another page. */
export class DashboardNavigateEvent extends CustomEvent<NavigateDetail> {
  static readonly eventName = 'dashboard:navigate';
  constructor(detail: NavigateDetail) {
    super(DashboardNavigateEvent.eventName, { ...eventInit, detail });
  }
}

/** The API key stopped working mid-session (rotated, or the data dir was reset): back to sign-in. */
export class DashboardUnauthorizedEvent extends Event {
  static readonly eventName = 'dashboard:unauthorized';
  constructor() {
    super(DashboardUnauthorizedEvent.eventName, eventInit);
  }
}

interface DashboardEventMap {
  'dashboard:signed-in': DashboardSignedInEvent;
  'dashboard:navigate': DashboardNavigateEvent;
  'dashboard:unauthorized': DashboardUnauthorizedEvent;
}

declare global {
  interface HTMLElementEventMap extends DashboardEventMap {}
}
