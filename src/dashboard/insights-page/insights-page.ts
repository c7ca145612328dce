import { Task } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Funnel, FunnelConnector, FunnelSteps } from '../../contract/analytics.js';
import { CATEGORIES } from '../../contract/category-names.js';
import type { ProjectConnector } from '../../contract/project.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient } from '../admin-client.js';
import { DEFAULT_INSIGHTS, routeHash, type InsightsState } from '../dashboard-app/route.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { categoryLabel, localTimeZone } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { drawDaysChart, drawFunnelChart, everyDay, type ChartHandle } from './charts.js';
import { funnelCsv } from './csv.js';
import { insightsPageStyles } from './insights-page.styles.js';

const STEP_KEYS: (keyof FunnelSteps)[] = ['created', 'opened', 'selected', 'submitted', 'connected', 'failed'];
const DAY_MS = 86_400_000;

/** A day (`YYYY-MM-DD`, the operator's zone) or an instant from the URL, as the ISO instant the API takes. */
export function rangeBound(value: string, end: boolean): string | undefined {
  if (!value) return undefined;
  if (value.includes('T')) return new Date(value).toISOString();
  const start = new Date(`${value}T00:00:00`).getTime();
  return new Date(end ? start + DAY_MS - 1 : start).toISOString();
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/**
 * `<dashboard-insights-page>`: how end users fare with their links: the funnel (created → opened → selected →
 * submitted → connected, and failed) as a chart and a table, per connector (opened → connected, top failure
 * reasons), connections per day, CSV export. Range and filters live in the URL hash and apply as they
 * change. The chart library (uPlot) is imported by this page only, when it first draws.
 *
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class InsightsPageElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, insightsPageStyles];
  static override properties = {
    client: { attribute: false },
    connectors: { attribute: false },
    state: { attribute: false },
    filters: { state: true },
  };

  client: AdminClient | undefined;
  /** The catalog as the project sees it: names for provider keys. */
  connectors: ProjectConnector[] = [];
  /** From the URL hash; later changes are written back to it. */
  state: InsightsState = DEFAULT_INSIGHTS;
  filters: InsightsState = DEFAULT_INSIGHTS;
  #charts: ChartHandle[] = [];
  #themeWatch: MutationObserver | undefined;
  readonly #schemeQuery = window.matchMedia?.('(prefers-color-scheme: dark)');
  readonly #redraw = () => void this.#draw();

  readonly #funnel = new Task(this, {
    args: () => [this.client, this.filters] as const,
    task: async ([client, filters], { signal }): Promise<Funnel | undefined> => {
      if (!client) return undefined;
      try {
        return await client.funnel(
          { from: rangeBound(filters.from, false), to: rangeBound(filters.to, true), provider: filters.provider || undefined, category: filters.category || undefined },
          signal,
        );
      } catch (error) {
        if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
        throw error;
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // The dashboard's theme switch sets `theme` on the app around this page; the charts take their colours again.
    const app = (this.getRootNode() as ShadowRoot).host;
    if (app) {
      this.#themeWatch = new MutationObserver(this.#redraw);
      this.#themeWatch.observe(app, { attributes: true, attributeFilter: ['theme'] });
    }
    this.#schemeQuery?.addEventListener('change', this.#redraw);
    window.addEventListener('resize', this.#redraw);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#themeWatch?.disconnect();
    this.#schemeQuery?.removeEventListener('change', this.#redraw);
    window.removeEventListener('resize', this.#redraw);
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('state')) this.filters = this.state;
  }

  override updated(): void {
    void this.#draw();
  }

  #change(changes: Partial<InsightsState>) {
    this.filters = { ...this.filters, ...changes };
    const hash = routeHash({ page: 'insights', insights: this.filters });
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }

  #name(provider: string): string {
    return this.connectors.find((connector) => connector.key === provider)?.name ?? provider;
  }

  /** The charts follow the data on screen; uPlot comes in with the first one. */
  async #draw() {
    const funnel = this.#funnel.value;
    const funnelBox = this.renderRoot.querySelector<HTMLElement>('#funnel-chart');
    const daysBox = this.renderRoot.querySelector<HTMLElement>('#days-chart');
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
    if (!funnel || !funnelBox || !daysBox) return;
    const colors = getComputedStyle(this);
    const palette = {
      accent: colors.getPropertyValue('--_ch-accent').trim() || '#4f46e5',
      success: colors.getPropertyValue('--_ch-success').trim() || '#15803d',
      danger: colors.getPropertyValue('--_ch-danger').trim() || '#b91c1c',
      text: colors.getPropertyValue('--_ch-muted').trim() || '#555',
      grid: colors.getPropertyValue('--_ch-border').trim() || '#ddd',
    };
    const labels = STEP_KEYS.map((key) => en.funnelStepNames[key]);
    const charts = await Promise.all([
      drawFunnelChart(funnelBox, labels, STEP_KEYS.map((key) => funnel.steps[key]), palette),
      drawDaysChart(daysBox, everyDay(funnel.days, funnel.from, funnel.to), palette, { created: en.sessionsCreated, connected: en.sessionsConnected }),
    ]);
    // A newer draw (or a page change) may have started meanwhile: keep only what is still on screen.
    if (this.#funnel.value !== funnel || !funnelBox.isConnected) charts.forEach((chart) => chart.destroy());
    else this.#charts.push(...charts);
  }

  #exportCsv(funnel: Funnel) {
    const blob = new Blob([funnelCsv(funnel, (provider) => this.#name(provider))], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `connect-hub-funnel-${funnel.from.slice(0, 10)}-to-${funnel.to.slice(0, 10)}.csv`;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  override render() {
    const s = en;
    return html`<div class="page-head">
        <div class="title">
          <h1 tabindex="-1">${s.insightsTitle}</h1>
          <p>${s.insightsIntro}</p>
        </div>
        ${this.#funnel.value
          ? html`<button class="button" type="button" @click=${() => this.#exportCsv(this.#funnel.value!)}>${s.exportCsv}</button>`
          : nothing}
      </div>
      ${this.#filtersForm()}
      ${this.#funnel.render({
        initial: () => this.#loading(),
        pending: () => (this.#funnel.value ? this.#report(this.#funnel.value, true) : this.#loading()),
        complete: (funnel) => (funnel ? this.#report(funnel, false) : nothing),
        error: (error) => html`<div class="alert" role="alert">
          <p class="alert-title">${s.loadFailed}</p>
          <p>${errorMessage(error)}</p>
          <div class="actions"><button class="button small" type="button" @click=${() => void this.#funnel.run()}>${s.retry}</button></div>
        </div>`,
      })}`;
  }

  #loading() {
    return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${en.loadingInsights}</p>`;
  }

  #filtersForm() {
    const s = en;
    const f = this.filters;
    const day = (value: string) => (value.includes('T') ? value.slice(0, 10) : value);
    return html`<div class="filters card" role="group" aria-label=${s.insightsFiltersLabel}>
        <div class="field">
          <label for="insights-from">${s.filterFromDay}</label>
          <input id="insights-from" class="input" type="date" aria-describedby="insights-zone" .value=${day(f.from)} @change=${(e: Event) => this.#change({ from: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="insights-to">${s.filterToDay}</label>
          <input id="insights-to" class="input" type="date" aria-describedby="insights-zone" .value=${day(f.to)} @change=${(e: Event) => this.#change({ to: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="insights-provider">${s.providerFilter}</label>
          <select id="insights-provider" class="input" @change=${(e: Event) => this.#change({ provider: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.provider}>${s.anyProvider}</option>
            ${this.connectors.filter((c) => c.enabled || c.key === f.provider).map((c) => html`<option value=${c.key} ?selected=${c.key === f.provider}>${c.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="insights-category">${s.categoryFilter}</label>
          <select id="insights-category" class="input" @change=${(e: Event) => this.#change({ category: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.category}>${s.anyCategory}</option>
            ${CATEGORIES.map((category) => html`<option value=${category} ?selected=${category === f.category}>${categoryLabel(category)}</option>`)}
          </select>
        </div>
      </div>
      <p id="insights-zone" class="hint">${s.insightsZoneHint(localTimeZone())}</p>`;
  }

  #report(funnel: Funnel, pending: boolean) {
    const s = en;
    return html`<div class="report" aria-busy=${pending ? 'true' : 'false'}>
      <section class="card" aria-labelledby="funnel-title">
        <div class="card-body">
          <h2 id="funnel-title">${s.funnelTitle}</h2>
          <p class="muted">${s.funnelIntro}</p>
          <figure>
            <div id="funnel-chart" class="chart" role="img" aria-label=${s.funnelChartLabel(STEP_KEYS.map((key) => `${s.funnelStepNames[key]} ${funnel.steps[key]}`).join(', '))}></div>
          </figure>
          <div class="table-wrap steps-wrap" role="region" aria-label=${s.funnelTableLabel} tabindex="0">
            <table class="steps">
              <thead>
                <tr>
                  <th scope="col">${s.funnelStep}</th>
                  <th scope="col">${s.funnelSessions}</th>
                  <th scope="col">${s.funnelFromPrevious}</th>
                </tr>
              </thead>
              <tbody>
                ${STEP_KEYS.map(
                  (key, index) => html`<tr data-step=${key}>
                    <th scope="row">${s.funnelStepNames[key]}</th>
                    <td class="count">${funnel.steps[key]}</td>
                    <td>${key === 'failed' ? s.failedOfSubmitted(percent(funnel.steps.submitted ? funnel.steps.failed / funnel.steps.submitted : null)) : index === 0 ? '—' : percent(this.#conversion(funnel, key))}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${funnel.failures.length
            ? html`<h3>${s.failureReasonsTitle}</h3>
                <ul class="reasons">
                  ${funnel.failures.map((failure) => html`<li data-reason=${failure.reason}><span class="mono">${failure.reason}</span> <span class="muted">${s.sessionsCount(failure.sessions)}</span></li>`)}
                </ul>`
            : nothing}
        </div>
      </section>
      <section class="card" aria-labelledby="connectors-title">
        <div class="card-body">
          <h2 id="connectors-title">${s.perConnectorTitle}</h2>
          ${funnel.connectors.length ? this.#connectorTable(funnel.connectors) : html`<p class="muted">${s.noInsights}</p>`}
        </div>
      </section>
      <section class="card" aria-labelledby="days-title">
        <div class="card-body">
          <h2 id="days-title">${s.perDayTitle}</h2>
          <p class="muted">${s.perDayIntro}</p>
          <figure>
            <div id="days-chart" class="chart" role="img" aria-label=${s.daysChartLabel(funnel.days.reduce((sum, d) => sum + d.connected, 0), funnel.days.length)}></div>
          </figure>
        </div>
      </section>
    </div>`;
  }

  #conversion(funnel: Funnel, key: keyof FunnelSteps): number | null {
    const c = funnel.conversion;
    return { created: null, opened: c.created_to_opened, selected: c.opened_to_selected, submitted: c.selected_to_submitted, connected: c.submitted_to_connected, failed: null }[key];
  }

  #connectorTable(connectors: FunnelConnector[]) {
    const s = en;
    return html`<div class="table-wrap cards" role="region" aria-label=${s.perConnectorTableLabel} tabindex="0">
      <table class="connectors">
        <thead>
          <tr>
            <th scope="col">${s.columnProvider}</th>
            <th scope="col">${s.funnelStepNames.opened}</th>
            <th scope="col">${s.funnelStepNames.submitted}</th>
            <th scope="col">${s.funnelStepNames.connected}</th>
            <th scope="col">${s.openedToConnected}</th>
            <th scope="col">${s.topFailureReasons}</th>
          </tr>
        </thead>
        <tbody>
          ${connectors.map(
            (row) => html`<tr data-provider=${row.provider}>
              <td class="lead"><span class="name">${this.#name(row.provider)}</span></td>
              <td data-label=${s.funnelStepNames.opened} class="opened">${row.steps.opened}</td>
              <td data-label=${s.funnelStepNames.submitted} class="submitted">${row.steps.submitted}</td>
              <td data-label=${s.funnelStepNames.connected} class="connected">${row.steps.connected}</td>
              <td data-label=${s.openedToConnected}>${percent(row.conversion.opened_to_connected)}</td>
              <td data-label=${s.topFailureReasons} class="reasons-cell">
                ${row.failures.length
                  ? row.failures.slice(0, 3).map((failure) => html`<span class="badge error mono">${failure.reason} · ${failure.sessions}</span> `)
                  : html`<span class="muted">${s.noneValue}</span>`}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

if (!customElements.get('dashboard-insights-page')) customElements.define('dashboard-insights-page', InsightsPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-insights-page': InsightsPageElement;
  }
}
