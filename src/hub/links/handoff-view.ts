import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { ConnectApiClient } from '../../client/api-client.js';
import { conforms } from '../../contract/json-schema/check.js';
import { HandoffCreated, HandoffState } from '../../contract/json-schema/schemas.js';
import type { HandoffCreated as Created, HandoffState as State } from '../../contract/links.js';
import { SESSION_TOKEN_HEADER } from '../../contract/wire.js';
import { HubActionEvent } from '../events.js';
import { en, type HubStrings } from '../strings/en.js';
import { sharedStyles } from '../styles/theme.styles.js';

/** How often the view asks when the event stream is unavailable (a proxy that buffers, an old browser). */
const POLL_MS = 2000;

export interface HandoffAccount {
  id: string;
  provider: string;
  result_token?: string;
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * "Continue on your phone" (issue 17 §2), a lazy chunk: a QR code (drawn by the server) of a 10-minute link for
 * this session and connector, then the hand-off followed live (Server-Sent Events over fetch, since the token
 * rides in a header; polling when the stream fails) until the phone has linked the account.
 *
 * @tag connect-hub-handoff
 * @fires hub-handoff-done - internal: the phone linked the account (`detail`: id, provider, result_token?).
 * @fires hub-back - internal: back to where the user was.
 * @csspart status - The view's content.
 */
export class HandoffViewElement extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: flex; flex-direction: column; height: 100%; }
      .view { flex: 1; display: grid; align-content: center; justify-items: center; gap: 10px; padding: 28px var(--_ch-space); text-align: center; }
      .view p { max-width: 40ch; margin: 0; }
      h2 { outline: none; }
      .qr { width: 200px; height: 200px; border-radius: 8px; background: #fff; image-rendering: pixelated; }
      .placeholder { background: var(--_ch-surface); }
      .actions { display: flex; gap: 8px; margin-top: 8px; }
    `,
  ];
  static override properties = {
    client: { attribute: false },
    provider: {},
    strings: { attribute: false },
    created: { state: true },
    state: { state: true },
    failed: { state: true },
  };

  client: ConnectApiClient | undefined;
  /** The connector the desktop had open; empty: the list. */
  provider = '';
  strings: HubStrings = en;
  created: Created | undefined;
  state: State | undefined;
  failed = false;
  #abort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  async #start(): Promise<void> {
    const client = this.client;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.created = this.state = undefined;
    this.failed = false;
    if (!client) return;
    try {
      this.created = this.state = await client.request('/hub/handoffs', HandoffCreated, { method: 'POST', body: { provider: this.provider || null }, signal: abort.signal });
      await this.#follow(client, this.created.id, abort.signal);
    } catch {
      if (!abort.signal.aborted) this.failed = true;
    }
  }

  /** The stream first; if it breaks before the end, polling takes over. */
  async #follow(client: ConnectApiClient, id: string, signal: AbortSignal): Promise<void> {
    await this.#stream(client, id, signal).catch(() => undefined);
    while (!signal.aborted && !this.#ended()) {
      await wait(POLL_MS, signal);
      if (!signal.aborted) this.#show(await client.request(`/hub/handoffs/${encodeURIComponent(id)}`, HandoffState, { signal }));
    }
  }

  async #stream(client: ConnectApiClient, id: string, signal: AbortSignal): Promise<void> {
    const response = await fetch(`${client.baseUrl}/hub/handoffs/${encodeURIComponent(id)}/events`, {
      headers: { [SESSION_TOKEN_HEADER]: client.token, accept: 'text/event-stream' },
      signal,
    });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (!this.#ended()) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('');
        buffer = buffer.slice(end + 2);
        if (data) this.#show(JSON.parse(data));
      }
    }
    void reader.cancel();
  }

  #show(state: unknown): void {
    if (!conforms(HandoffState, state)) return;
    this.state = state;
    if (state.status === 'completed' && state.account) {
      const { id, provider, result_token } = state.account;
      this.dispatchEvent(new CustomEvent<HandoffAccount>('hub-handoff-done', { detail: { id, provider, ...(result_token ? { result_token } : {}) } }));
    }
  }

  #ended(): boolean {
    return this.state?.status === 'completed' || this.state?.status === 'expired';
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const status = this.state?.status;
    const line = this.failed ? s.errorFallback : status === 'expired' ? s.handoffExpired : status === 'opened' ? s.handoffOpened : s.handoffWaiting;
    return html`<div class="view" part="status">
      <h2 tabindex="-1">${s.handoffTitle}</h2>
      <p class="muted">${s.handoffBody}</p>
      ${this.created && status !== 'expired'
        ? html`<img class="qr" src=${this.created.qr_svg} alt=${s.handoffQrAlt} width="200" height="200" />`
        : html`<div class="qr placeholder" aria-hidden="true"></div>`}
      <p role="status">${line}</p>
      <div class="actions">
        <button type="button" class="button" @click=${() => this.dispatchEvent(new HubActionEvent('hub-back'))}>${s.back}</button>
        ${this.failed || status === 'expired'
          ? html`<button type="button" class="button primary" @click=${() => void this.#start()}>${this.failed ? s.tryAgain : s.handoffNewCode}</button>`
          : nothing}
      </div>
    </div>`;
  }
}

if (typeof window !== 'undefined' && !customElements.get('connect-hub-handoff')) customElements.define('connect-hub-handoff', HandoffViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub-handoff': HandoffViewElement;
  }
}
