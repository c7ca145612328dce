import { LitElement, html, nothing } from 'lit';
import { ConnectApiError } from '../../client/errors.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { AdminClient, errorMessage, isUnauthorized } from '../admin-client.js';
import { brandMark } from '../brand-mark.js';
import { DashboardSignedInEvent } from '../events.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { signInStyles } from './sign-in.styles.js';

/**
 * `<dashboard-sign-in>`: asks for the project's API key and checks it with `GET /project`.
 *
 * @fires dashboard:signed-in - `{client, project, apiKey}` once the server accepts the key.
 */
export class SignInElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, signInStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    baseUrl: { attribute: 'base-url' },
    error: {},
    checking: { state: true },
  };

  /** The connect API; '' = this page's origin. */
  baseUrl = '';
  /** Shown at the field, e.g. when a stored key stopped working. */
  error = '';
  checking = false;

  override render() {
    const s = en;
    return html`<form class="card" novalidate @submit=${this.#submit} aria-labelledby="sign-in-title">
      <div class="card-body">
        <div class="brand-row">
          ${brandMark()}
          <span>${s.productName}</span>
        </div>
        <h1 id="sign-in-title">${s.signInTitle}</h1>
        <p class="muted">${s.signInIntro}</p>
        <div class="field">
          <label for="api-key">${s.apiKeyLabel}</label>
          <input
            id="api-key"
            class="input mono-input"
            name="api-key"
            type="password"
            autocomplete="off"
            spellcheck="false"
            required
            aria-required="true"
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby="api-key-error api-key-hint"
            @input=${() => (this.error = '')}
          />
          <p id="api-key-error" class="field-error" role="alert">${this.error || nothing}</p>
          <p id="api-key-hint" class="hint">${s.apiKeyHint}</p>
        </div>
        <button class="button primary" type="submit" ?disabled=${this.checking}>
          ${this.checking ? html`<span class="spinner" aria-hidden="true"></span>${s.signingIn}` : s.signIn}
        </button>
      </div>
    </form>`;
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#api-key');
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const input = this.#input;
    const apiKey = input?.value.trim() ?? '';
    if (!apiKey) {
      this.error = en.apiKeyRequired;
      input?.focus();
      return;
    }
    this.checking = true;
    this.error = '';
    try {
      const client = new AdminClient({ baseUrl: this.baseUrl, apiKey });
      const project = await client.getProject();
      if (input) input.value = '';
      this.dispatchEvent(new DashboardSignedInEvent({ client, project, apiKey }));
    } catch (error) {
      this.error = isUnauthorized(error)
        ? en.apiKeyRejected
        : en.serverUnreachable(error instanceof ConnectApiError ? error.message : errorMessage(error));
      input?.focus();
      input?.select();
    } finally {
      this.checking = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-sign-in': SignInElement;
  }
}
