import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectApiClient } from '../../client/api-client.js';
import { cancelConnectionAttempt, createConnectionAttempt, getConnectionAttempt, oauthStartUrl } from '../../client/connection-attempts.js';
import { openPopup } from '../oauth-wait/popup.js';

/** What the hub shows while an OAuth sign-in is under way. */
export type OAuthPhase = 'idle' | 'starting' | 'waiting' | 'closed' | 'blocked' | 'redirecting';

export type OAuthOutcome =
  | { kind: 'authenticated'; accountId: string; resultToken?: string | undefined }
  | { kind: 'error'; code: string; description: string }
  | { kind: 'cancelled' | 'expired' | 'timeout' | 'start-failed' };

export interface OAuthRequest {
  client: ConnectApiClient;
  integrationId: string;
  provider: string;
  fields: Record<string, string>;
  /** Where the provider callback sends the popup (or this tab) at the end. */
  redirectUri: string;
}

export interface OAuthTiming {
  pollMs: number;
  timeoutMs: number;
  closedCheckMs: number;
}

/** CONTRACT.md §4.3: poll every 2 s, sequentially; give up after 5 minutes; look at the popup every second. */
export const OAUTH_TIMING: OAuthTiming = { pollMs: 2000, timeoutMs: 300_000, closedCheckMs: 1000 };

/** Read by the landing page after a full-page redirect (src/server/oauth/landing/callback.js). */
export const RETURN_KEY = 'connect-hub:oauth-return';
/** Ours: which attempt this tab left for, so the hub resumes it on return. */
export const PENDING_KEY = 'connect-hub:oauth-pending';

export interface PendingRedirect {
  attemptId: string;
  integrationId: string;
  provider: string;
}

/**
 * The OAuth wait: opens the popup synchronously in the click (blank first, so blockers let it through),
 * creates the attempt, then polls it. A popup that reads as closed while the attempt is pending is not a
 * failure (COOP on the provider's pages makes `closed` lie): the phase becomes `closed` and polling goes on.
 */
export class OAuthController implements ReactiveController {
  phase: OAuthPhase = 'idle';
  #request: OAuthRequest | undefined;
  #attemptId: string | undefined;
  #popup: Window | null = null;
  #startedAt = 0;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #closedTimer: ReturnType<typeof setInterval> | undefined;
  /** Bumped on every start/stop: late answers of an abandoned wait are dropped. */
  #generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onOutcome: (outcome: OAuthOutcome, request: OAuthRequest | undefined) => void,
    private readonly timing: OAuthTiming = OAUTH_TIMING,
  ) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.phase !== 'idle';
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#stopTimers();
    this.#generation++;
  }

  /** Popup mode, with the blank window opened inside the click (`openPopup`); null = blocked. */
  start(request: OAuthRequest, popup: Window | null): void {
    this.#reset(request);
    this.#popup = popup;
    if (!this.#popup) return this.#setPhase('blocked');
    this.#setPhase('starting');
    const generation = this.#generation;
    void this.#createAttempt().then((attemptId) => {
      if (generation !== this.#generation) return;
      if (!attemptId) {
        this.#popup?.close();
        return this.#finish({ kind: 'start-failed' });
      }
      if (!this.#popup || this.#popup.closed) {
        // Closed before we could use it: say so, the user can reopen it.
        this.#beginWaiting();
        return this.#setPhase('closed');
      }
      this.#popup.location.href = this.#startUrl();
      this.#beginWaiting();
    });
  }

  /** "Reopen window": the same attempt, a new popup. Call synchronously inside the click handler. */
  reopen(): void {
    if (!this.#request || !this.#attemptId) return;
    const popup = openPopup(this.#startUrl());
    if (!popup) return this.#setPhase('blocked');
    this.#popup = popup;
    this.#setPhase('waiting');
  }

  /** Full-page redirect: this tab goes to the provider and comes back to resume (see `resume`). */
  async redirect(request?: OAuthRequest, redirectUri?: string): Promise<void> {
    if (request) this.#reset(request);
    if (!this.#request) return;
    if (redirectUri) this.#request = { ...this.#request, redirectUri };
    this.#stopTimers();
    this.#popup?.close();
    this.#setPhase('redirecting');
    const generation = this.#generation;
    const attemptId = this.#attemptId ?? (await this.#createAttempt());
    if (generation !== this.#generation) return;
    if (!attemptId) return this.#finish({ kind: 'start-failed' });
    const pending: PendingRedirect = { attemptId, integrationId: this.#request.integrationId, provider: this.#request.provider };
    try {
      sessionStorage.setItem(RETURN_KEY, location.href);
      sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    } catch {
      // Storage disabled: the landing page cannot send us back, but the redirect_uri may still do it.
    }
    location.assign(this.#startUrl());
  }

  /** Back from a full-page redirect: wait for the attempt this tab left with. */
  resume(request: OAuthRequest, attemptId: string): void {
    this.#reset(request);
    this.#attemptId = attemptId;
    this.#beginWaiting(0);
  }

  /** "Try again" after a blocked popup: a new popup for the same attempt, or a fresh start. In the click. */
  retry(): void {
    if (this.#attemptId) return this.reopen();
    if (this.#request) this.start(this.#request, openPopup());
  }

  /** The user gave up: the attempt is cancelled (a late provider answer changes nothing). */
  cancel(): void {
    const attemptId = this.#attemptId;
    const client = this.#request?.client;
    const request = this.#request;
    this.#popup?.close();
    this.#stop();
    if (attemptId && client) void cancelConnectionAttempt(client, attemptId).catch(() => undefined);
    this.onOutcome({ kind: 'cancelled' }, request);
  }

  #reset(request: OAuthRequest): void {
    this.#stop();
    this.#request = request;
    this.#attemptId = undefined;
  }

  async #createAttempt(): Promise<string | undefined> {
    try {
      this.#attemptId = (await createConnectionAttempt(this.#request!.client)).id;
      return this.#attemptId;
    } catch {
      return undefined;
    }
  }

  #startUrl(): string {
    const request = this.#request!;
    return oauthStartUrl(request.client, request.integrationId, this.#attemptId!, request.redirectUri, request.fields);
  }

  #beginWaiting(firstPollMs = this.timing.pollMs): void {
    this.#startedAt = Date.now();
    this.#setPhase('waiting');
    this.#schedulePoll(firstPollMs);
    this.#closedTimer = setInterval(() => {
      if (this.phase === 'waiting' && this.#popup?.closed) this.#setPhase('closed');
    }, this.timing.closedCheckMs);
  }

  #schedulePoll(delay: number): void {
    const generation = this.#generation;
    this.#pollTimer = setTimeout(() => void this.#poll(generation), delay);
  }

  async #poll(generation: number): Promise<void> {
    if (generation !== this.#generation || !this.#request || !this.#attemptId) return;
    if (Date.now() - this.#startedAt > this.timing.timeoutMs) {
      void cancelConnectionAttempt(this.#request.client, this.#attemptId).catch(() => undefined);
      return this.#finish({ kind: 'timeout' });
    }
    try {
      const attempt = await getConnectionAttempt(this.#request.client, this.#attemptId);
      if (generation !== this.#generation) return;
      if (attempt.status === 'authenticated' && attempt.account) return this.#finish({ kind: 'authenticated', accountId: attempt.account.id, resultToken: attempt.result_token });
      if (attempt.status === 'error') {
        return this.#finish({ kind: 'error', code: attempt.error?.code ?? 'oauth_error', description: attempt.error?.description ?? '' });
      }
      if (attempt.status === 'cancelled' || attempt.status === 'expired') return this.#finish({ kind: attempt.status });
    } catch {
      // A failed poll is not a result: try again at the next tick (CONTRACT.md §2.4).
      if (generation !== this.#generation) return;
    }
    this.#schedulePoll(this.timing.pollMs);
  }

  #finish(outcome: OAuthOutcome): void {
    const request = this.#request;
    this.#popup?.close();
    this.#stop();
    this.onOutcome(outcome, request);
  }

  #stop(): void {
    this.#generation++;
    this.#stopTimers();
    this.#popup = null;
    this.#attemptId = undefined;
    this.#setPhase('idle');
  }

  #stopTimers(): void {
    clearTimeout(this.#pollTimer);
    clearInterval(this.#closedTimer);
    this.#pollTimer = undefined;
    this.#closedTimer = undefined;
  }

  #setPhase(phase: OAuthPhase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
