import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Integration } from '../../contract/hub-responses.js';
import { HubActionEvent } from '../events.js';
import { en, type HubStrings } from '../strings/en.js';
import { sharedStyles } from '../styles/theme.styles.js';
import { connectorListStyles } from './connector-list.styles.js';
import { categoriesOf, categoryLabel, categoryWords, filterIntegrations, monogram } from './list-model.js';

/** The list's search text and chosen category. */
export interface ListFilter {
  query?: string;
  category?: string | undefined;
}

/** A connector logo, or its monogram when the image fails to load. */
export function connectorLogo(name: string, logoUrl: string | undefined): TemplateResult {
  const fallback = (event: Event) => {
    const image = event.target as HTMLImageElement;
    const tile = image.parentElement;
    if (!tile) return;
    tile.classList.add('monogram');
    tile.textContent = monogram(name);
  };
  return logoUrl
    ? html`<span class="logo" aria-hidden="true"><img src=${logoUrl} alt="" loading="lazy" @error=${fallback} /></span>`
    : html`<span class="logo monogram" aria-hidden="true">${monogram(name)}</span>`;
}

/** A logo our server serves (`…/logos/<key>.svg?v=<version>`): its folder, key and version. */
const SERVED_LOGO = /^(.+\/logos\/)(\w+)\.svg(?:\?v=(\w+))?$/;

/**
 * The connector picker: search as you type, category pills (two or more categories), one button per
 * connector. Arrow keys move between rows; Arrow Down from the search field enters the list.
 *
 * @tag connect-hub-connector-list
 * @fires hub-select - internal: `detail` is the chosen `Integration`.
 * @fires hub-filter - internal: `detail` is the new `ListFilter` (the root keeps it across views).
 * @csspart header - Title and subtitle.
 * @csspart search - The search field.
 * @csspart list - The list of connectors.
 * @csspart item - One connector button.
 */
export class ConnectorListElement extends LitElement {
  static override styles = [sharedStyles, connectorListStyles];
  static override properties = {
    integrations: { attribute: false },
    strings: { attribute: false },
    query: { attribute: false },
    category: { attribute: false },
  };

  /** Listed (active, named) integrations. */
  integrations: Integration[] = [];
  strings: HubStrings = en;

  query = '';
  category: string | undefined;

  get #searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type="search"]');
  }

  #categories: string[] = [];
  /** The list's logos as one sprite (`…/logos/sprite.svg?k=a,b&v=…`, one request) and the folder they share. */
  #sprite: [folder: string, url: string] | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('integrations')) {
      this.#categories = categoriesOf(this.integrations);
      const keys: string[] = [];
      let folder: string | undefined;
      let version: string | undefined;
      for (const { logo_url } of this.integrations) {
        const [, dir, key, v = ''] = SERVED_LOGO.exec(logo_url) ?? [];
        if (key && (folder ??= dir) === dir && (version ??= v) === v) keys.push(key);
      }
      this.#sprite = folder && keys.length > 1 ? [folder, `${folder}sprite.svg?k=${keys.join()}${version ? `&v=${version}` : ''}`] : undefined;
    }
  }

  /** The row's logo: its fragment of the sprite when it is one of those, else its own URL. */
  #logo(url: string): string {
    const [, dir, key] = SERVED_LOGO.exec(url) ?? [];
    return this.#sprite && dir === this.#sprite[0] ? `${this.#sprite[1]}#${key}` : url;
  }

  #filter(query: string, category: string | undefined): void {
    this.query = query;
    this.category = category;
    this.dispatchEvent(new HubActionEvent<ListFilter>('hub-filter', { query, category }));
  }

  /** Focuses the search field. */
  override focus(): void {
    this.#searchInput?.focus();
  }

  #rows(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.row')];
  }

  #onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.#rows()[0]?.focus();
    } else if (event.key === 'Enter') {
      const rows = this.#rows();
      if (rows.length === 1) rows[0]?.click();
    }
  }

  #onListKey(event: KeyboardEvent): void {
    const rows = this.#rows();
    const index = rows.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowDown'
        ? rows[index + 1]
        : event.key === 'ArrowUp'
          ? (rows[index - 1] ?? this.#searchInput)
          : event.key === 'Home'
            ? rows[0]
            : event.key === 'End'
              ? rows[rows.length - 1]
              : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  #choose(integration: Integration): void {
    this.dispatchEvent(new HubActionEvent('hub-select', integration));
  }

  #toggleCategory(category: string | undefined): void {
    this.#filter(this.query, category === this.category ? undefined : category);
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const shown = filterIntegrations(this.integrations, this.query, this.category);
    return html`
      <div class="header" part="header">
        <h2 tabindex="-1">${s.chooseTitle}</h2>
        <p class="muted">${s.chooseSubtitle}</p>
      </div>
      <div class="search" part="search">
        <label class="visually-hidden" for="search">${s.searchLabel}</label>
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
          <circle cx="11" cy="11" r="7"></circle><path d="m20 20-3.5-3.5"></path>
        </svg>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${s.searchPlaceholder}
          aria-controls=${shown.length ? 'list' : nothing}
          .value=${this.query}
          @input=${(event: InputEvent) => this.#filter((event.target as HTMLInputElement).value, this.category)}
          @keydown=${this.#onSearchKey}
        />
      </div>
      ${this.#categories.length >= 2
        ? html`<div class="pills" role="group" aria-label=${s.categoriesLabel}>
            <button class="pill" aria-pressed=${String(!this.category)} @click=${() => this.#filter(this.query, undefined)}>
              ${s.allCategories}
            </button>
            ${this.#categories.map(
              (category) =>
                html`<button class="pill" aria-pressed=${String(category === this.category)} @click=${() => this.#toggleCategory(category)}>
                  ${categoryLabel(category, s)}
                </button>`,
            )}
          </div>`
        : nothing}
      <p class="visually-hidden" role="status">${s.connectorCount(shown.length)}</p>
      ${shown.length === 0
        ? html`<div class="empty">
            <h2>${s.noResultsTitle}</h2>
            <p class="muted">${s.noResultsBody(this.query.trim())}</p>
            <button
              class="button"
              @click=${() => {
                this.#filter('', undefined);
                this.#searchInput?.focus();
              }}
            >
              ${s.clearSearch}
            </button>
          </div>`
        : html`<ul class="list" id="list" part="list" aria-label=${s.chooseTitle} @keydown=${this.#onListKey}>
            ${shown.map(
              (integration) => html`<li>
                <button class="row" part="item" @click=${() => this.#choose(integration)}>
                  ${connectorLogo(integration.name, this.#logo(integration.logo_url))}
                  <span class="name">${integration.name}</span>
                  <span class="category">${categoryLabel(categoryWords(integration.type), s)}</span>
                  <svg class="chevron" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="m9 6 6 6-6 6"></path></svg>
                </button>
              </li>`,
            )}
          </ul>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub-connector-list': ConnectorListElement;
  }
}
