import { LitElement, css, html, nothing } from 'lit';
import { ConnectApiError } from '../../client/errors.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient } from '../admin-client.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';

/** The contract's bound for `max_link_renewals` (PATCH /project); the server has the last word. */
const MAX_RENEWALS = 100;

/**
 * `<dashboard-link-settings>`: the project's link settings, on the Link Account page: how many times a link
 * marked "Renews itself" may issue a fresh one from its expired page (`max_link_renewals`, PATCH /project).
 * The value goes to the server as typed; a 400 is shown at the field it names.
 *
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class LinkSettingsElement extends LitElement {
  static override styles = [
    sharedStyles,
    dashboardStyles,
    css`
      :host { display: block; margin-top: 20px; }
      /* As wide as the Link Account card above it. */
      .card { max-width: 860px; }
      h2 { margin: 0 0 4px; font-size: 1.05em; }
      form { display: grid; gap: 12px; max-width: 28rem; }
      .input { max-width: 8rem; }
    `,
  ];
  static override properties = {
    client: { attribute: false },
    value: { state: true },
    saved: { state: true },
    loaded: { state: true },
    saving: { state: true },
    error: { state: true },
    failure: { state: true },
    notice: { state: true },
  };

  client: AdminClient | undefined;
  /** What the field holds (text, as typed). */
  value = '';
  /** The value the server has. */
  saved: number | undefined;
  loaded = false;
  saving = false;
  /** The field's error (ours, or the server's 400 naming `max_link_renewals`). */
  error = '';
  /** A failure that names no field. */
  failure = '';
  notice = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  async reload(): Promise<void> {
    if (!this.client) return;
    try {
      const project = await this.client.getProject();
      this.saved = project.max_link_renewals;
      this.value = project.max_link_renewals === undefined ? '' : String(project.max_link_renewals);
      this.loaded = true;
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      else this.failure = errorMessage(error);
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.client) return;
    this.notice = '';
    this.failure = '';
    const typed = this.value.trim();
    if (!typed) {
      this.error = en.requiredError(en.maxRenewalsLabel);
      await this.#focusField();
      return;
    }
    this.error = '';
    this.saving = true;
    try {
      const project = await this.client.updateProject({ max_link_renewals: Number(typed) });
      this.saved = project.max_link_renewals;
      this.value = String(project.max_link_renewals ?? typed);
      this.notice = en.linkSettingsSaved(project.max_link_renewals ?? Number(typed));
    } catch (error) {
      if (isUnauthorized(error)) {
        this.dispatchEvent(new DashboardUnauthorizedEvent());
      } else if (error instanceof ConnectApiError && error.field === 'max_link_renewals') {
        this.error = errorMessage(error);
        await this.#focusField();
      } else {
        this.failure = errorMessage(error);
      }
    } finally {
      this.saving = false;
    }
  }

  async #focusField(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#f-max_link_renewals')?.focus();
  }

  override render() {
    const s = en;
    return html`<section class="card" aria-labelledby="link-settings-title">
      <div class="card-body">
        <div>
          <h2 id="link-settings-title">${s.linkSettingsTitle}</h2>
          <p class="muted">${s.linkSettingsIntro}</p>
        </div>
        ${this.failure ? html`<div class="alert" role="alert"><p>${this.failure}</p></div>` : nothing}
        <form novalidate @submit=${this.#save}>
          <div class="field">
            <label for="f-max_link_renewals">${s.maxRenewalsLabel}</label>
            <input
              id="f-max_link_renewals"
              class="input"
              name="max_link_renewals"
              type="number"
              inputmode="numeric"
              min="0"
              max=${MAX_RENEWALS}
              step="1"
              required
              aria-invalid=${this.error ? 'true' : 'false'}
              aria-describedby="f-max_link_renewals-error f-max_link_renewals-hint"
              ?disabled=${!this.loaded}
              .value=${this.value}
              @input=${(event: InputEvent) => {
                this.value = (event.target as HTMLInputElement).value;
                this.error = '';
                this.notice = '';
              }}
            />
            <p id="f-max_link_renewals-error" class="field-error">${this.error || nothing}</p>
            <p id="f-max_link_renewals-hint" class="hint">${s.maxRenewalsHint(MAX_RENEWALS)}</p>
          </div>
          <div class="actions">
            <button class="button primary" type="submit" ?disabled=${!this.loaded || this.saving}>
              ${this.saving ? html`<span class="spinner" aria-hidden="true"></span>${s.saving}` : s.save}
            </button>
          </div>
          <p class="muted" role="status">${this.notice || nothing}</p>
        </form>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-link-settings': LinkSettingsElement;
  }
}
