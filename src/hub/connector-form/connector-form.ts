import { fieldLabel } from '../strings/field-label.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isRedacted, redactedSuffix } from '../../contract/field-rules.js';
import type { Notice } from '../../contract/fields.js';
import { connectorLogo } from '../connector-list/connector-list.js';
import { HubActionEvent } from '../events.js';
import type { ConnectorView, FormField } from '../form-model/connector-view.js';
import { buildCredentials } from '../form-model/credentials.js';
import { describeFailure, type ShownFailure } from '../form-model/failure-message.js';
import { placeNotices } from '../form-model/notices.js';
import { validateForm } from '../form-model/validation.js';
import { en, type HubStrings } from '../strings/en.js';
import { sharedStyles } from '../styles/theme.styles.js';
import { connectorFormStyles } from './connector-form.styles.js';

/** A failed submit as the form gets it; what the end user reads is chosen by `code` (see describeFailure). */
export interface SubmitFailure {
  code?: string;
  /** The server's words, for developers: shown only behind "Details". */
  message: string;
  providerResponse?: string;
  /** The credential the server blamed. */
  field?: string;
  /** A 429's Retry-After, in seconds. */
  retryAfterSeconds?: number;
}

const FAILURE_ID = 'submit-failure';

/** Pretty JSON when the provider answered JSON, else the text as it came. */
export function formatProviderResponse(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const BULLETS = '••••••••••';

/**
 * The credential form for one connector: every field type of CONTRACT.md §3.1, validation of §3.2
 * shown at the field and announced, notices placed per §3.3, and the submit error with the provider's
 * response. It never talks to the API: it asks the root with `hub-submit`.
 *
 * @tag connect-hub-connector-form
 * @fires hub-submit - internal: `detail` is the credentials to send.
 * @fires hub-back - internal: return to the list.
 * @csspart header - Connector name, logo and guide link.
 * @csspart form - The form body.
 * @csspart field - Each field.
 * @csspart footer - The actions.
 * @csspart submit - The Connect / Update button.
 */
export class ConnectorFormElement extends LitElement {
  static override styles = [sharedStyles, connectorFormStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    connector: { attribute: false },
    strings: { attribute: false },
    initialValues: { attribute: false },
    logoUrl: { attribute: false },
    editing: { type: Boolean },
    canGoBack: { type: Boolean },
    redirects: { type: Boolean },
    busy: { type: Boolean },
    showFooterLinks: { type: Boolean },
    failure: { attribute: false },
    projectName: { attribute: false },
    updatedAt: { attribute: false },
    values: { state: true },
    touched: { state: true },
    editedSecrets: { state: true },
    revealed: { state: true },
    openTips: { state: true },
    submitted: { state: true },
  };

  connector!: ConnectorView;
  strings: HubStrings = en;
  initialValues: Record<string, string> = {};
  /** The list's logo, used when the connector has no icon of its own. */
  logoUrl?: string;
  editing = false;
  canGoBack = false;
  /** OAuth: this tab goes to the provider (no window opens), so the prompt says so. */
  redirects = false;
  busy = false;
  showFooterLinks = true;
  failure?: SubmitFailure;
  /** Who can finish a connector's set-up, named when it is not set up. */
  projectName?: string;
  updatedAt?: string;
  /** The failure in the end user's words, and the field it marks invalid until that field is edited. */
  #shownFailure: ShownFailure | undefined;
  #blamedField: string | undefined;

  private values: Record<string, string> = {};
  private touched = new Set<string>();
  private editedSecrets = new Set<string>();
  private revealed = new Set<string>();
  private openTips = new Set<string>();
  private submitted = false;

  get #alert(): HTMLElement | null {
    return this.renderRoot.querySelector('.alert');
  }

  #control(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#f-${CSS.escape(key)}`);
  }

  /** The same connector loaded again (its words in another language): what the user typed stays. */
  #isReload(changed: PropertyValues<this>): boolean {
    const before = changed.has('connector') ? changed.get('connector') : this.connector;
    const initialBefore = changed.has('initialValues') ? changed.get('initialValues') : this.initialValues;
    if (!before || before.key !== this.connector?.key || !initialBefore) return false;
    const keys = Object.keys(this.initialValues);
    return keys.length === Object.keys(initialBefore).length && keys.every((key) => initialBefore[key] === this.initialValues[key]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('connector') || changed.has('initialValues')) && !this.#isReload(changed)) {
      this.values = { ...this.initialValues };
      this.touched = new Set();
      this.editedSecrets = new Set();
      this.revealed = new Set();
      this.submitted = false;
    }
    if (changed.has('failure') || changed.has('connector') || changed.has('strings') || changed.has('projectName')) {
      this.#shownFailure =
        this.failure && this.connector
          ? describeFailure(this.failure, { provider: this.connector.name, fields: this.connector.fields, projectName: this.projectName }, this.strings)
          : undefined;
      if (changed.has('failure')) this.#blamedField = this.#shownFailure?.field;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Focusing blurs a field, which marks it touched: do it after this update, not inside it.
    // The blamed field takes focus (the message sits next to it); otherwise the message does.
    if (changed.has('failure') && this.failure) {
      void this.updateComplete.then(() => ((this.#blamedField && this.#control(this.#blamedField)) || this.#alert)?.focus());
    }
  }

  /** "Try again": back to the field to fix (the blamed one, else the first that can be edited), not a resubmit. */
  #retry(): void {
    const editable = this.connector.fields.find((field) => field.visible && field.type && !field.readOnly);
    const key = this.#blamedField ?? this.#shownFailure?.field ?? editable?.key;
    const target = (key && this.#control(key)) || this.renderRoot.querySelector<HTMLElement>('button[type="submit"]');
    target?.focus();
  }

  get #errors(): Record<string, string> {
    return validateForm(this.connector.fields, this.values, this.strings);
  }

  #setValue(key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
  }

  #touch(key: string): void {
    if (!this.touched.has(key)) this.touched = new Set(this.touched).add(key);
  }

  #toggle(set: 'revealed' | 'openTips', key: string): void {
    const next = new Set(this[set]);
    if (!next.delete(key)) next.add(key);
    this[set] = next;
  }

  async #editSecret(key: string): Promise<void> {
    this.editedSecrets = new Set(this.editedSecrets).add(key);
    this.#setValue(key, '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#f-${CSS.escape(key)}`)?.focus();
  }

  #onSubmit(event?: Event): void {
    event?.preventDefault();
    if (this.busy) return;
    this.submitted = true;
    const errors = this.#errors;
    const invalid = this.connector.fields.find((field) => field.visible && errors[field.key]);
    if (Object.keys(errors).length > 0) {
      if (invalid) this.renderRoot.querySelector<HTMLElement>(`#f-${CSS.escape(invalid.key)}`)?.focus();
      return;
    }
    const credentials = buildCredentials({
      fields: this.connector.fields,
      values: this.values,
      editedSecrets: this.editedSecrets,
      initial: this.editing ? this.initialValues : undefined,
    });
    this.dispatchEvent(new HubActionEvent('hub-submit', credentials));
  }

  #renderNotices(notices: readonly Notice[] | undefined) {
    return (notices ?? []).map(
      (notice) => html`<div class="notice ${notice.type === 'warning' ? 'warning' : 'info'}" role="note">${notice.description}</div>`,
    );
  }

  #renderControl(field: FormField, id: string, describedBy: string, invalid: boolean): TemplateResult {
    const s = this.strings;
    const value = this.values[field.key] ?? '';
    const onInput = (event: Event) => {
      if (this.#blamedField === field.key) this.#blamedField = undefined;
      this.#setValue(field.key, (event.target as HTMLInputElement).value);
    };
    const onBlur = () => this.#touch(field.key);
    const describe = describedBy || nothing;
    if (field.secret && isRedacted(value) && !this.editedSecrets.has(field.key)) {
      return html`<div class="control">
        <input id=${id} class="input" readonly .value=${BULLETS + redactedSuffix(value)} aria-describedby=${describe} title=${s.secretSaved} />
        <button type="button" class="button" aria-label=${`${s.editSecret} ${fieldLabel(s, field.label)}`} @click=${() => this.#editSecret(field.key)}>
          ${s.editSecret}
        </button>
      </div>`;
    }
    if (field.type === 'text_area') {
      return html`<textarea id=${id} class="input" ?readonly=${field.readOnly} ?required=${field.required} placeholder=${field.placeholder || nothing}
        aria-describedby=${describe} aria-invalid=${invalid ? 'true' : nothing} .value=${value} @input=${onInput} @blur=${onBlur}></textarea>`;
    }
    if (field.type === 'select') {
      return html`<select id=${id} class="input" ?disabled=${field.readOnly} ?required=${field.required} aria-describedby=${describe}
        aria-invalid=${invalid ? 'true' : nothing} @change=${(event: Event) => (onInput(event), onBlur())} @blur=${onBlur}>
        <option value="" ?selected=${value === ''}>${field.placeholder || s.selectPlaceholder}</option>
        ${field.options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>`;
    }
    const masked = field.secret && !this.revealed.has(field.key);
    const input = html`<input
      id=${id}
      class="input"
      type=${masked ? 'password' : 'text'}
      inputmode=${field.type === 'number' ? 'numeric' : nothing}
      autocomplete=${field.secret ? 'new-password' : 'off'}
      spellcheck="false"
      ?readonly=${field.readOnly}
      ?required=${field.required}
      placeholder=${field.placeholder || nothing}
      aria-describedby=${describe}
      aria-invalid=${invalid ? 'true' : nothing}
      .value=${value}
      @input=${onInput}
      @blur=${onBlur}
    />`;
    if (!field.secret) return input;
    return html`<div class="control">
      ${input}
      <button type="button" class="button" aria-controls=${id} @click=${() => this.#toggle('revealed', field.key)}>
        ${masked ? s.showSecret : s.hideSecret}
      </button>
    </div>`;
  }

  #renderField(field: FormField, error: string | undefined): TemplateResult {
    const s = this.strings;
    const id = `f-${field.key}`;
    const shownError = this.submitted || this.touched.has(field.key) ? error : undefined;
    const blamed = this.#blamedField === field.key;
    const describedBy = [field.description && `${id}-desc`, `${id}-err`, blamed && FAILURE_ID].filter(Boolean).join(' ');
    const tipOpen = this.openTips.has(field.key);
    return html`<div class="field" part="field">
      <div class="label-row">
        <label for=${id}>${fieldLabel(s, field.label)}</label>
        ${field.required ? nothing : html`<span class="optional muted">(${s.optional})</span>`}
        ${field.tooltip
          ? html`<button type="button" class="tip-button" aria-label=${s.moreInfo(fieldLabel(s, field.label))} aria-expanded=${String(tipOpen)}
              aria-controls=${`${id}-tip`} @click=${() => this.#toggle('openTips', field.key)}>?</button>`
          : nothing}
      </div>
      ${field.tooltip ? html`<p class="tip" id=${`${id}-tip`} ?hidden=${!tipOpen}>${field.tooltip}</p>` : nothing}
      ${this.#renderControl(field, id, describedBy, !!shownError || blamed)}
      ${field.description ? html`<p class="hint muted" id=${`${id}-desc`}>${field.description}</p>` : nothing}
      <p class="field-error" id=${`${id}-err`} aria-live="polite">${shownError ?? ''}</p>
      ${this.#shownFailure && this.#shownFailure.field === field.key ? this.#renderFailure(this.#shownFailure, true) : nothing}
    </div>`;
  }

  /** The failure in plain words; beside its field when it names one (compact, so a phone keeps the field in view). */
  #renderFailure(shown: ShownFailure, atField = false) {
    const s = this.strings;
    return html`<div class="alert ${atField ? 'at-field' : ''}" role="alert" tabindex="-1">
      ${atField ? nothing : html`<p class="alert-title">${s.errorTitle}</p>`}
      <p id=${FAILURE_ID}>${shown.message}</p>
      ${shown.details
        ? html`<details class="alert-details">
            <summary>${s.failureDetails}</summary>
            <p class="alert-detail-label">${s.providerResponse(this.connector.name)}</p>
            <pre>${formatProviderResponse(shown.details)}</pre>
          </details>`
        : nothing}
      <button type="button" class="button" @click=${() => this.#retry()}>${s.tryAgain}</button>
    </div>`;
  }

  protected override render() {
    const s = this.strings;
    const connector = this.connector;
    if (!connector) return nothing;
    const errors = this.#errors;
    const visible = connector.fields.filter((field) => field.visible && field.type);
    const placement = placeNotices(connector.notices, visible.map((field) => field.key));
    const errorCount = this.submitted ? Object.keys(errors).length : 0;
    const updated = this.updatedAt ? new Date(this.updatedAt) : undefined;
    return html`
      <div class="header" part="header">
        ${this.canGoBack
          ? html`<button type="button" class="icon-button back" aria-label=${s.back} @click=${() => this.dispatchEvent(new HubActionEvent('hub-back'))}>
              <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg>
            </button>`
          : nothing}
        ${connectorLogo(connector.name, connector.iconUrl || this.logoUrl)}
        <div class="title">
          <h2 tabindex="-1">${this.editing ? s.editingTitle(connector.name) : s.connectTitle(connector.name)}</h2>
          ${updated && !Number.isNaN(updated.getTime())
            ? html`<p class="muted">${s.lastUpdated(updated.toLocaleDateString(s.lang, { dateStyle: 'medium' }))}</p>`
            : nothing}
        </div>
        ${connector.guide.supportLink
          ? html`<a class="guide-link" href=${connector.guide.supportLink} target="_blank" rel="noopener noreferrer">
              ${s.connectionGuide}<span class="visually-hidden"> ${s.opensInNewTab}</span>
              <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.4" aria-hidden="true"><path d="M7 17 17 7M9 7h8v8"></path></svg>
            </a>`
          : nothing}
      </div>
      <form novalidate @submit=${this.#onSubmit} aria-label=${s.connectTitle(connector.name)}>
        <div class="body" part="form">
          ${this.#shownFailure && !visible.some((field) => field.key === this.#shownFailure?.field) ? this.#renderFailure(this.#shownFailure) : nothing}
          ${connector.guide.description ? html`<p class="intro">${connector.guide.description}</p>` : nothing}
          ${this.#renderNotices(placement.stack)}
          ${visible.length === 0 && connector.isOAuth
            ? html`<div class="oauth"><h2>${s.oauthPrompt}</h2><p class="muted">${this.redirects ? s.oauthRedirectBody(connector.name) : s.oauthBody(connector.name)}</p></div>`
            : nothing}
          ${visible.map(
            (field) => html`${this.#renderNotices(placement.before.get(field.key))}${this.#renderField(field, errors[field.key])}${this.#renderNotices(placement.after.get(field.key))}`,
          )}
        </div>
        <div class="footer" part="footer">
          ${this.showFooterLinks ? html`<span class="brand">${s.poweredBy}</span>` : nothing}
          <div class="actions">
            <p class="visually-hidden" role="status">${errorCount ? s.fixErrors(errorCount) : ''}</p>
            <button class="button primary" part="submit" type="submit" ?disabled=${this.busy} aria-busy=${String(this.busy)}>
              ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${s.connecting}` : this.editing ? s.update : s.connect}
            </button>
          </div>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub-connector-form': ConnectorFormElement;
  }
}
