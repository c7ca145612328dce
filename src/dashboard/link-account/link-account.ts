import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ConnectApiError } from '../../client/errors.js';
import type { ConnectSessionTokenAuthLink } from '../../contract/connect-sessions.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient } from '../admin-client.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { DAY_SECONDS, DEFAULT_EXPIRY_DAYS, EXPIRY_DAYS, categoryLabel } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { linkAccountStyles } from './link-account.styles.js';

type Step = 'details' | 'review' | 'done';
type FieldName = 'origin_owner_id' | 'origin_owner_name' | 'origin_username' | 'category' | 'expiry';

interface LinkValues {
  origin_owner_id: string;
  origin_owner_name: string;
  origin_username: string;
  category: string;
  expiryDays: number;
  renewable: boolean;
}

const MAX_LENGTH = 255;
const emptyValues = (): LinkValues => ({ origin_owner_id: '', origin_owner_name: '', origin_username: '', category: '', expiryDays: DEFAULT_EXPIRY_DAYS, renewable: false });

/**
 * `<dashboard-link-account>`: "+ Link Account". Details (origin owner id / name / username, category,
 * expiry) → review → Generate → the auth link to copy, with its expiry and a QR code. Below it, the project's
 * link settings (`<dashboard-link-settings>`: how many times a "Renews itself" link may renew).
 *
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class LinkAccountElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, linkAccountStyles];
  static override properties = {
    client: { attribute: false },
    categories: { attribute: false },
    step: { state: true },
    values: { state: true },
    errors: { state: true },
    generating: { state: true },
    failure: { state: true },
    result: { state: true },
  };

  client: AdminClient | undefined;
  /** Categories of the project's enabled connectors: the Category choices. */
  categories: string[] = [];
  step: Step = 'details';
  values: LinkValues = emptyValues();
  errors: Partial<Record<FieldName, string>> = {};
  generating = false;
  failure = '';
  result: ConnectSessionTokenAuthLink | undefined;

  override render() {
    const s = en;
    const names: Record<Step, string> = { details: s.stepDetails, review: s.stepReview, done: s.stepLink };
    const index = (['details', 'review', 'done'] as const).indexOf(this.step) + 1;
    return html`<div class="page-head">
        <div class="title">
          <h1 id="link-title" tabindex="-1">${s.linkTitle}</h1>
          <p>${s.linkIntro}</p>
        </div>
      </div>
      <section class="card" aria-labelledby="step-title">
        <div class="card-body">
          <p class="step-label muted">${s.stepLabel(index, 3, names[this.step])}</p>
          ${this.step === 'details' ? this.#details() : this.step === 'review' ? this.#review() : this.#done()}
        </div>
      </section>
      <dashboard-link-settings .client=${this.client}></dashboard-link-settings>`;
  }

  #field(name: FieldName, label: string, hint: string, control: TemplateResult, optional = false) {
    const error = this.errors[name];
    return html`<div class="field">
      <label for=${`f-${name}`}>${label}${optional ? html` <span class="optional">(${en.optional})</span>` : nothing}</label>
      ${control}
      <p id=${`f-${name}-error`} class="field-error">${error ?? nothing}</p>
      <p id=${`f-${name}-hint`} class="hint">${hint}</p>
    </div>`;
  }

  #textInput(name: 'origin_owner_id' | 'origin_owner_name' | 'origin_username', required: boolean, autocomplete = 'off') {
    const error = this.errors[name];
    return html`<input
      id=${`f-${name}`}
      class="input"
      name=${name}
      autocomplete=${autocomplete}
      maxlength=${MAX_LENGTH}
      ?required=${required}
      aria-required=${required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${`f-${name}-error f-${name}-hint`}
      .value=${this.values[name]}
      @input=${(event: InputEvent) => this.#set(name, (event.target as HTMLInputElement).value)}
    />`;
  }

  #details() {
    const s = en;
    return html`<h2 id="step-title">${s.stepDetails}</h2>
      <form novalidate @submit=${this.#next} class="form-grid">
        ${this.#field('origin_owner_id', s.ownerIdLabel, s.ownerIdHint, this.#textInput('origin_owner_id', true))}
        ${this.#field('origin_owner_name', s.ownerNameLabel, s.ownerNameHint, this.#textInput('origin_owner_name', true, 'organization'))}
        ${this.#field('origin_username', s.usernameLabel, s.usernameHint, this.#textInput('origin_username', false), true)}
        ${this.#field(
          'category',
          s.categoryLabel,
          s.categoryHint,
          html`<select
            id="f-category"
            class="input"
            name="category"
            aria-invalid=${this.errors.category ? 'true' : 'false'}
            aria-describedby="f-category-error f-category-hint"
            @change=${(event: Event) => this.#set('category', (event.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this.values.category}>${s.anyCategory}</option>
            ${this.categories.map(
              (category) => html`<option value=${category} ?selected=${this.values.category === category}>${categoryLabel(category)}</option>`,
            )}
          </select>`,
          true,
        )}
        ${this.#field(
          'expiry',
          s.expiryLabel,
          '',
          html`<select
            id="f-expiry"
            class="input"
            name="expiry"
            aria-describedby="f-expiry-error"
            @change=${(event: Event) => (this.values = { ...this.values, expiryDays: Number((event.target as HTMLSelectElement).value) })}
          >
            ${EXPIRY_DAYS.map((days) => html`<option value=${days} ?selected=${this.values.expiryDays === days}>${s.expiryOption(days)}</option>`)}
          </select>`,
        )}
        <div class="field wide">
          <label class="check">
            <input
              type="checkbox"
              name="renewable"
              aria-describedby="f-renewable-hint"
              .checked=${this.values.renewable}
              @change=${(event: Event) => (this.values = { ...this.values, renewable: (event.target as HTMLInputElement).checked })}
            />
            ${s.renewableLabel}
          </label>
          <p id="f-renewable-hint" class="hint">${s.renewableHint}</p>
        </div>
        <div class="actions end wide">
          <button class="button primary" type="submit">${s.next}</button>
        </div>
      </form>`;
  }

  #review() {
    const s = en;
    const v = this.values;
    return html`<h2 id="step-title">${s.reviewTitle}</h2>
      <p class="muted">${s.reviewIntro}</p>
      <dl class="details">
        <dt>${s.ownerIdLabel}</dt>
        <dd>${v.origin_owner_id}</dd>
        <dt>${s.ownerNameLabel}</dt>
        <dd>${v.origin_owner_name}</dd>
        <dt>${s.usernameLabel}</dt>
        <dd>${v.origin_username || s.noneValue}</dd>
        <dt>${s.categoryLabel}</dt>
        <dd>${v.category ? categoryLabel(v.category) : s.anyCategory}</dd>
        <dt>${s.expiryLabel}</dt>
        <dd>${s.expiryOption(v.expiryDays)}</dd>
        <dt>${s.renewableLabel}</dt>
        <dd>${v.renewable ? s.yes : s.no}</dd>
      </dl>
      ${this.failure
        ? html`<div class="alert" role="alert"><p class="alert-title">${s.generateFailed}</p><p>${this.failure}</p></div>`
        : nothing}
      <div class="actions end">
        <button class="button" type="button" @click=${() => this.#goTo('details')} ?disabled=${this.generating}>${s.back}</button>
        <button class="button primary generate" type="button" @click=${this.#generate} ?disabled=${this.generating}>
          ${this.generating ? html`<span class="spinner" aria-hidden="true"></span>${s.generating}` : s.generate}
        </button>
      </div>`;
  }

  #done() {
    const s = en;
    const result = this.result;
    if (!result) return nothing;
    return html`<h2 id="step-title">${s.linkReadyTitle}</h2>
      <p class="muted">${s.linkReadyIntro}</p>
      <dashboard-auth-link .url=${result.auth_link_url} .expiresAt=${result.expires_at}></dashboard-auth-link>
      <div class="actions">
        <button class="button" type="button" @click=${this.reset}>${s.linkAnother}</button>
      </div>`;
  }

  /** Back to an empty form (the "Link another account" button). */
  reset = () => {
    this.values = emptyValues();
    this.errors = {};
    this.failure = '';
    this.result = undefined;
    this.#goTo('details');
  };

  #set(name: 'origin_owner_id' | 'origin_owner_name' | 'origin_username' | 'category', value: string) {
    this.values = { ...this.values, [name]: value };
    if (this.errors[name]) this.errors = { ...this.errors, [name]: undefined };
  }

  #validate(): Partial<Record<FieldName, string>> {
    const s = en;
    const errors: Partial<Record<FieldName, string>> = {};
    const required: Array<['origin_owner_id' | 'origin_owner_name', string]> = [
      ['origin_owner_id', s.ownerIdLabel],
      ['origin_owner_name', s.ownerNameLabel],
    ];
    for (const [name, label] of required) {
      if (!this.values[name].trim()) errors[name] = s.requiredError(label);
    }
    for (const [name, label] of [...required, ['origin_username', s.usernameLabel]] as const) {
      if (this.values[name].trim().length > MAX_LENGTH) errors[name] = s.tooLongError(label);
    }
    return errors;
  }

  async #next(event: SubmitEvent) {
    event.preventDefault();
    this.errors = this.#validate();
    const firstInvalid = Object.keys(this.errors).find((name) => this.errors[name as FieldName]);
    if (firstInvalid) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#f-${firstInvalid}`)?.focus();
      return;
    }
    this.failure = '';
    this.#goTo('review');
  }

  async #generate() {
    if (!this.client) return;
    const v = this.values;
    this.generating = true;
    this.failure = '';
    try {
      this.result = await this.client.createSession({
        origin_owner_id: v.origin_owner_id.trim(),
        origin_owner_name: v.origin_owner_name.trim(),
        ...(v.origin_username.trim() ? { origin_username: v.origin_username.trim() } : {}),
        ...(v.category ? { categories: [v.category] } : {}),
        expires_in: v.expiryDays * DAY_SECONDS,
        ...(v.renewable ? { renewable: true } : {}),
      });
      this.#goTo('done');
    } catch (error) {
      if (isUnauthorized(error)) {
        this.dispatchEvent(new DashboardUnauthorizedEvent());
        return;
      }
      const field = error instanceof ConnectApiError ? this.#formField(error.field) : undefined;
      if (field) {
        this.errors = { ...this.errors, [field]: errorMessage(error) };
        this.#goTo('details', `#f-${field}`);
      } else {
        this.failure = errorMessage(error);
      }
    } finally {
      this.generating = false;
    }
  }

  #formField(field: string | undefined): FieldName | undefined {
    if (!field) return undefined;
    if (field.startsWith('categories')) return 'category';
    if (field === 'expires_in') return 'expiry';
    return (['origin_owner_id', 'origin_owner_name', 'origin_username'] as const).find((name) => name === field);
  }

  /** Moves to a step and puts focus on its heading (or a field), so keyboard and screen reader users follow. */
  async #goTo(step: Step, focusSelector = '#step-title') {
    this.step = step;
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(focusSelector);
    if (target && focusSelector === '#step-title') target.tabIndex = -1;
    target?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-link-account': LinkAccountElement;
  }
}
