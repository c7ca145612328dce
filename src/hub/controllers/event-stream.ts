import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SESSION_TOKEN_HEADER } from '../../contract/wire.js';
import { ConnectHubEvent, type ConnectHubEventDetail, type ConnectHubEventName } from '../events.js';

/** Steps wait this long for company before they go to the server in one request. */
const BATCH_MS = 2000;
/** The server's cap per request (contract/analytics.ts MAX_HUB_EVENTS_PER_POST). */
const MAX_BATCH = 20;

/**
 * The hub's event stream: each step is a `connect-hub:event` on the element at once, and, once the session
 * opened (the page's script ran: a plain GET of the link reports nothing), queued for `POST /hub/events`:
 * batched every 2 s with the token header, and sent by `navigator.sendBeacon` (token in the body, since a
 * beacon has no headers) when the page hides or the element leaves it. Only names, provider keys and error
 * codes travel; a failed send is dropped, never retried or shown.
 */
export class HubEventStream implements ReactiveController {
  #queue: ConnectHubEventDetail[] = [];
  #url = '';
  #token = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #hide = () => document.visibilityState === 'hidden' && this.flush(true);

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#hide);
    addEventListener('pagehide', this.#hide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#hide);
    removeEventListener('pagehide', this.#hide);
    this.flush(true);
  }

  /** Where this session's steps go (after it opened); what an earlier session queued goes to it first. */
  open(baseUrl: string, token: string): void {
    this.flush(false);
    this.#url = `${baseUrl.replace(/\/+$/, '')}/hub/events`;
    this.#token = token;
  }

  emit(name: ConnectHubEventName, provider?: string, errorCode?: string): ConnectHubEventDetail {
    const detail: ConnectHubEventDetail = { name, ...(provider ? { provider } : {}), ...(errorCode ? { error_code: errorCode } : {}), at: new Date().toISOString() };
    this.host.dispatchEvent(new ConnectHubEvent(detail));
    if (this.#token) {
      this.#queue.push(detail);
      this.#timer ??= setTimeout(() => this.flush(false), BATCH_MS);
    }
    return detail;
  }

  /** Sends what is queued now: by beacon when the page may be going away, else by fetch. */
  flush(beacon: boolean): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#queue.length) {
      const events = this.#queue.splice(0, MAX_BATCH);
      const sent = beacon && navigator.sendBeacon?.(this.#url, JSON.stringify({ token: this.#token, events }));
      if (!sent) {
        void fetch(this.#url, {
          method: 'POST',
          keepalive: true,
          headers: { 'content-type': 'application/json', [SESSION_TOKEN_HEADER]: this.#token },
          body: JSON.stringify({ events }),
        }).catch(() => undefined);
      }
    }
  }
}
