import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import {
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
  type WebhookEndpointStats,
  type WebhookEndpointWithSecret,
} from '../../contract/webhook-endpoints.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../contract/webhooks.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient, type DeliveryPage } from '../admin-client.js';
import { DEFAULT_DELIVERY_LOG, routeHash, type DeliveryLogState } from '../dashboard-app/route.js';
import { DashboardUnauthorizedEvent } from '../events.js';
import { formatDateTime, localTimeZone } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { webhooksPageStyles } from './webhooks-page.styles.js';

export const DELIVERY_LOG_PAGE_SIZE = 25;
const TYPING_DEBOUNCE_MS = 250;
/** While a delivery in view is pending, the log is read again this often, so its outcome shows up by itself. */
const PENDING_REFRESH_MS = 1_000;
const ACTION_WATCH_MS = 10_000;
const OVERLAP_HOURS = [0, 1, 24, 72, 168] as const;
const DEFAULT_OVERLAP_HOURS = 24;

interface EndpointStats {
  last: Pick<WebhookDelivery, 'id' | 'status' | 'created_at'> | undefined;
  total: number;
  failed: number;
}

interface EndpointRow {
  endpoint: WebhookEndpoint;
  stats: EndpointStats | undefined;
}

/** A shown secret: right after create or rotate, the only time the server gives it. */
interface ShownSecret {
  endpoint: WebhookEndpointWithSecret;
}

const statusTone = (status: WebhookDeliveryStatus) => (status === 'delivered' ? 'active' : status === 'failed' ? 'error' : status);

/** What went wrong, without repeating the status code shown beside it ("HTTP 400: refused" → "refused"). */
function errorDetail(delivery: WebhookDelivery): string {
  if (!delivery.last_error || delivery.status === 'delivered') return '';
  return delivery.last_error.replace(/^HTTP \d{3}:?\s*/, '');
}

/** `datetime-local` (the browser's zone) to an ISO instant; `end` makes it inclusive of that whole minute. */
function localToIso(value: string, end: boolean): string | undefined {
  if (!value) return undefined;
  const time = new Date(end ? `${value}:59.999` : `${value}:00`).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * `<dashboard-webhooks-page>`: the project's webhook endpoints (URL, events, status, last delivery, failure
 * rate; add, edit, disable, delete, rotate the secret with an overlap, send a test event) and the delivery
 * log, filtered and paged on the server, with retry of one delivery or of every failed one. The log's
 * filters and page live in the URL hash.
 *
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class WebhooksPageElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, webhooksPageStyles];
  static override properties = {
    client: { attribute: false },
    state: { attribute: false },
    log: { state: true },
    account: { state: true },
    notice: { state: true },
    actionError: { state: true },
    busy: { state: true },
    secret: { state: true },
    editing: { state: true },
    formError: { state: true },
    confirming: { state: true },
  };

  client: AdminClient | undefined;
  /** The log's filters and page from the URL hash; later changes are written back to it. */
  state: DeliveryLogState = DEFAULT_DELIVERY_LOG;
  log: DeliveryLogState = DEFAULT_DELIVERY_LOG;
  /** What the account filter field shows (applied once typing pauses). */
  account = '';
  notice = '';
  actionError = '';
  /** A key of the action running (`test:whe_1`), to disable its button. */
  busy = '';
  secret: ShownSecret | undefined;
  /** The endpoint in the form dialog; null: a new one. */
  editing: WebhookEndpoint | null = null;
  formError = '';
  /** The endpoint a rotate or delete dialog asks about. */
  confirming: WebhookEndpoint | undefined;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** After an action, the log and the endpoints' figures are read again every second until then. */
  #watchUntil = 0;
  #dialogTrigger: HTMLElement | undefined;

  readonly #endpoints = new Task(this, {
    args: () => [this.client] as const,
    task: async ([client], { signal }): Promise<EndpointRow[] | undefined> => {
      if (!client) return undefined;
      const [endpoints, stats] = await Promise.all([this.#guard(client.listEndpoints(signal)), this.#stats(client, signal)]);
      const byId = new Map(stats?.map((row) => [row.endpoint_id, row]));
      return endpoints.map((endpoint) => {
        const row = byId.get(endpoint.id);
        return { endpoint, stats: stats && { last: row?.last_delivery ?? undefined, total: row?.deliveries ?? 0, failed: row?.failed ?? 0 } };
      });
    },
  });

  readonly #deliveries = new Task(this, {
    args: () => [this.client, this.log] as const,
    task: async ([client, log], { signal }): Promise<DeliveryPage | undefined> => {
      if (!client) return undefined;
      clearTimeout(this.#refreshTimer);
      const page = await this.#guard(
        client.listDeliveries(
          {
            page: log.page,
            pageSize: DELIVERY_LOG_PAGE_SIZE,
            endpointId: log.endpoint,
            status: log.status,
            event: log.event,
            accountId: log.account,
            from: localToIso(log.from, false),
            to: localToIso(log.to, true),
          },
          signal,
        ),
      );
      // Outcomes land a moment after an action; a filter may hide the pending rows, so watch for a while too.
      if (page.deliveries.some((delivery) => delivery.status === 'pending') || Date.now() < this.#watchUntil) {
        this.#refreshTimer = setTimeout(() => this.#refresh(), PENDING_REFRESH_MS);
      }
      return page;
    },
  });

  /** Every endpoint's last delivery and failure rate, from one server query (`GET /webhooks/stats`). */
  async #stats(client: AdminClient, signal: AbortSignal): Promise<WebhookEndpointStats[] | undefined> {
    try {
      return await client.endpointStats(signal);
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      return undefined;
    }
  }

  async #guard<T>(promise: Promise<T>): Promise<T> {
    try {
      return await promise;
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      throw error;
    }
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('state')) {
      this.log = this.state;
      this.account = this.state.account;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typingTimer);
    clearTimeout(this.#refreshTimer);
  }

  #refresh() {
    void this.#endpoints.run();
    void this.#deliveries.run();
  }

  #change(changes: Partial<DeliveryLogState>) {
    this.log = { ...this.log, page: 1, ...changes };
    const hash = routeHash({ page: 'webhooks', log: this.log });
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }

  override render() {
    const s = en;
    return html`<div class="page-head">
        <div class="title">
          <h1 tabindex="-1">${s.webhooksTitle}</h1>
          <p>${s.webhooksIntro}</p>
        </div>
        <button class="button primary" type="button" @click=${(event: Event) => this.#openForm(event, null)}>${s.addEndpoint}</button>
      </div>
      <p class="visually-hidden" role="status">${this.notice}</p>
      ${this.notice ? html`<p class="alert success notice" aria-hidden="true">${this.notice}</p>` : nothing}
      ${this.actionError ? html`<div class="alert" role="alert"><p>${this.actionError}</p></div>` : nothing}
      ${this.secret ? this.#secretCard(this.secret) : nothing}
      <section aria-labelledby="endpoints-title">
        <div class="section-head"><h2 id="endpoints-title">${s.endpointsTitle}</h2></div>
        ${this.#endpoints.render({
          initial: () => this.#loading(s.loadingEndpoints),
          pending: () => (this.#endpoints.value ? this.#endpointTable(this.#endpoints.value) : this.#loading(s.loadingEndpoints)),
          complete: (rows) => (rows ? this.#endpointTable(rows) : nothing),
          error: (error) => this.#loadError(error),
        })}
      </section>
      <section aria-labelledby="log-title">
        <div class="section-head">
          <h2 id="log-title">${s.deliveryLogTitle}</h2>
          <div class="actions">
            <button class="button small" type="button" @click=${() => this.#refresh()}>${s.refresh}</button>
            <button class="button small" type="button" ?disabled=${this.busy === 'retry-all'} @click=${() => this.#retryAllFailed()}>${s.retryAllFailed}</button>
          </div>
        </div>
        ${this.#logFilters()}
        ${this.#deliveries.render({
          initial: () => this.#loading(s.loadingDeliveries),
          pending: () => (this.#deliveries.value ? this.#logTable(this.#deliveries.value, true) : this.#loading(s.loadingDeliveries)),
          complete: (page) => (page ? this.#logTable(page, false) : nothing),
          error: (error) => this.#loadError(error),
        })}
      </section>
      ${this.#formDialog()} ${this.#rotateDialog()} ${this.#deleteDialog()}`;
  }

  #loading(text: string) {
    return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${text}</p>`;
  }

  #loadError(error: unknown) {
    return html`<div class="alert" role="alert">
      <p class="alert-title">${en.loadFailed}</p>
      <p>${errorMessage(error)}</p>
      <div class="actions"><button class="button small" type="button" @click=${() => this.#refresh()}>${en.retry}</button></div>
    </div>`;
  }

  #secretCard({ endpoint }: ShownSecret) {
    const s = en;
    return html`<section class="card secret" aria-labelledby="secret-title">
      <div class="card-body">
        <h2 id="secret-title" tabindex="-1">${s.secretTitle}</h2>
        <p class="muted">${s.secretIntro}</p>
        <div class="field">
          <label for="secret-value">${s.secretLabel} · <span class="mono">${endpoint.url}</span></label>
          <input id="secret-value" class="input" readonly .value=${endpoint.secret} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
        </div>
        ${endpoint.previous_secret_expires_at ? html`<p>${s.secretOverlap(formatDateTime(endpoint.previous_secret_expires_at))}</p>` : nothing}
        <div class="actions"><button class="button" type="button" @click=${() => (this.secret = undefined)}>${s.dismiss}</button></div>
      </div>
    </section>`;
  }

  #endpointTable(rows: EndpointRow[]) {
    const s = en;
    if (rows.length === 0) {
      return html`<div class="card empty">
        <h3>${s.noEndpointsTitle}</h3>
        <p>${s.noEndpointsBody}</p>
      </div>`;
    }
    return html`<div class="table-wrap cards" role="region" aria-label=${s.endpointsRegionLabel} tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${s.columnUrl}</th>
            <th scope="col">${s.columnEvents}</th>
            <th scope="col">${s.columnEndpointStatus}</th>
            <th scope="col">${s.columnLastDelivery}</th>
            <th scope="col">${s.columnFailureRate}</th>
            <th scope="col">${s.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(({ endpoint, stats }) => {
            const every = WEBHOOK_EVENTS.every((event) => endpoint.events.includes(event));
            return html`<tr data-endpoint-id=${endpoint.id}>
              <td class="lead">
                <div class="stack">
                  <span class="url">${endpoint.url}</span>
                  ${endpoint.description ? html`<span class="muted">${endpoint.description}</span>` : nothing}
                </div>
              </td>
              <td data-label=${s.columnEvents}>
                <div class="events">
                  ${every ? html`<span class="badge">${s.allEvents}</span>` : endpoint.events.map((event) => html`<span class="badge mono">${event}</span>`)}
                </div>
              </td>
              <td data-label=${s.columnEndpointStatus}>
                <span class=${`badge ${endpoint.enabled ? 'active' : 'inactive'}`}>${endpoint.enabled ? s.endpointEnabled : s.endpointDisabled}</span>
              </td>
              <td data-label=${s.columnLastDelivery} class="last-delivery">
                ${stats?.last
                  ? html`<div class="stack">
                      <span class="date"><time datetime=${stats.last.created_at}>${formatDateTime(stats.last.created_at)}</time></span>
                      <span><span class=${`badge ${statusTone(stats.last.status)}`}>${stats.last.status}</span></span>
                    </div>`
                  : html`<span class="muted">${stats ? s.neverDelivered : s.noneValue}</span>`}
              </td>
              <td data-label=${s.columnFailureRate} class="failure-rate">${stats ? s.failureRate(stats.failed, stats.total) : s.noneValue}</td>
              <td class="actions-cell" data-label=${s.columnActions}>
                <div class="row-actions" role="group" aria-label=${s.endpointActionsLabel(endpoint.url)}>
                  <button class="button small" type="button" data-action="test" ?disabled=${!endpoint.enabled || this.busy === `test:${endpoint.id}`} @click=${() => this.#sendTest(endpoint)}>
                    ${s.sendTest}
                  </button>
                  <button class="button small" type="button" data-action="edit" @click=${(event: Event) => this.#openForm(event, endpoint)}>${s.editEndpoint}</button>
                  <button class="button small" type="button" data-action="rotate" @click=${(event: Event) => this.#openConfirm(event, endpoint, 'rotate-dialog')}>
                    ${s.rotateSecret}
                  </button>
                  <button class="button small" type="button" data-action="toggle" ?disabled=${this.busy === `toggle:${endpoint.id}`} @click=${() => this.#toggle(endpoint)}>
                    ${endpoint.enabled ? s.disableEndpoint : s.enableEndpoint}
                  </button>
                  <button class="button small danger" type="button" data-action="delete" @click=${(event: Event) => this.#openConfirm(event, endpoint, 'delete-endpoint-dialog')}>
                    ${s.deleteEndpoint}
                  </button>
                </div>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #logFilters() {
    const s = en;
    const log = this.log;
    const endpoints = this.#endpoints.value ?? [];
    return html`<div class="filters" role="group" aria-label=${s.filtersLabel}>
        <div class="field">
          <label for="log-endpoint">${s.filterEndpoint}</label>
          <select id="log-endpoint" class="input" @change=${(event: Event) => this.#change({ endpoint: (event.target as HTMLSelectElement).value })}>
            <option value="">${s.anyEndpoint}</option>
            ${endpoints.map(({ endpoint }) => html`<option value=${endpoint.id} ?selected=${log.endpoint === endpoint.id}>${endpoint.url}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="log-status">${s.filterDeliveryStatus}</label>
          <select id="log-status" class="input" @change=${(event: Event) => this.#changeStatus((event.target as HTMLSelectElement).value)}>
            <option value="">${s.anyStatus}</option>
            ${WEBHOOK_DELIVERY_STATUSES.map((status) => html`<option value=${status} ?selected=${log.status === status}>${status}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="log-event">${s.filterEvent}</label>
          <select id="log-event" class="input" @change=${(event: Event) => this.#changeEvent((event.target as HTMLSelectElement).value)}>
            <option value="">${s.anyEvent}</option>
            ${WEBHOOK_EVENTS.map((event) => html`<option value=${event} ?selected=${log.event === event}>${event}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="log-account">${s.filterAccount}</label>
          <input
            id="log-account"
            class="input"
            autocomplete="off"
            .value=${this.account}
            @input=${(event: InputEvent) => {
              this.account = (event.target as HTMLInputElement).value;
              clearTimeout(this.#typingTimer);
              this.#typingTimer = setTimeout(() => {
                if (this.account.trim() !== this.log.account) this.#change({ account: this.account.trim() });
              }, TYPING_DEBOUNCE_MS);
            }}
          />
        </div>
        <div class="field">
          <label for="log-from">${s.filterFrom}</label>
          <input id="log-from" class="input" type="datetime-local" aria-describedby="log-zone" .value=${log.from} @change=${(event: Event) => this.#change({ from: (event.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="log-to">${s.filterTo}</label>
          <input id="log-to" class="input" type="datetime-local" aria-describedby="log-zone" .value=${log.to} @change=${(event: Event) => this.#change({ to: (event.target as HTMLInputElement).value })} />
        </div>
      </div>
      <p id="log-zone" class="hint">${s.timeZoneHint(localTimeZone())}</p>`;
  }

  #changeStatus(value: string) {
    this.#change({ status: (WEBHOOK_DELIVERY_STATUSES as readonly string[]).includes(value) ? (value as WebhookDeliveryStatus) : '' });
  }

  #changeEvent(value: string) {
    this.#change({ event: (WEBHOOK_EVENTS as readonly string[]).includes(value) ? (value as WebhookEvent) : '' });
  }

  #logTable(page: DeliveryPage, pending: boolean) {
    const s = en;
    const log = this.log;
    const pages = page.total === null ? null : Math.max(1, Math.ceil(page.total / DELIVERY_LOG_PAGE_SIZE));
    const urls = new Map((this.#endpoints.value ?? []).map(({ endpoint }) => [endpoint.id, endpoint.url]));
    return html`<div class="table-wrap cards" role="region" aria-label=${s.deliveryLogRegionLabel} tabindex="0" aria-busy=${pending ? 'true' : 'false'}>
        <table>
          <caption>${s.deliveryLogCaption(log.page, pages, page.total)}</caption>
          <thead>
            <tr>
              <th scope="col">${s.columnCreatedAt}</th>
              <th scope="col">${s.deliveryEvent}</th>
              <th scope="col">${s.columnEndpoint}</th>
              <th scope="col">${s.columnAccount}</th>
              <th scope="col">${s.columnResult}</th>
              <th scope="col">${s.deliveryAttempts}</th>
              <th scope="col"><span class="visually-hidden">${s.columnActions}</span></th>
            </tr>
          </thead>
          <tbody>
            ${page.deliveries.map(
              (delivery) => html`<tr data-delivery-id=${delivery.id} data-status=${delivery.status}>
                <td class="lead date"><time datetime=${delivery.created_at}>${formatDateTime(delivery.created_at)}</time></td>
                <td class="mono" data-label=${s.deliveryEvent}>${delivery.event}</td>
                <td data-label=${s.columnEndpoint}><span class="mono">${urls.get(delivery.endpoint_id) ?? delivery.endpoint_id}</span></td>
                <td data-label=${s.columnAccount}>
                  ${delivery.account_id === null
                    ? html`<span class="muted">—</span>`
                    : delivery.account_id.startsWith('test_')
                    ? html`<span class="muted">${s.testEventLabel}</span>`
                    : html`<a class="mono" href=${`#/accounts/${encodeURIComponent(delivery.account_id)}`}>${delivery.account_id}</a>`}
                </td>
                <td data-label=${s.columnResult}>
                  <div class="stack">
                    <span><span class=${`badge ${statusTone(delivery.status)}`}>${delivery.status}</span>
                      ${delivery.last_status_code ? html`<span class="muted">HTTP ${delivery.last_status_code}</span>` : nothing}</span>
                    ${errorDetail(delivery) ? html`<span class="error-text">${errorDetail(delivery)}</span>` : nothing}
                  </div>
                </td>
                <td data-label=${s.deliveryAttempts}>${delivery.attempts}</td>
                <td>
                  ${delivery.status === 'pending'
                    ? nothing
                    : html`<button class="button small" type="button" aria-label=${s.retryDeliveryLabel(delivery.id)} ?disabled=${this.busy === `retry:${delivery.id}`} @click=${() => this.#retry(delivery)}>
                        ${s.retryDelivery}
                      </button>`}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${page.deliveries.length === 0 ? html`<div class="empty"><p>${s.noDeliveries}</p></div>` : nothing}
      </div>
      <nav class="pager" aria-label=${s.deliveriesPagination}>
        <button class="button" type="button" ?disabled=${log.page <= 1 || pending} @click=${() => this.#change({ page: log.page - 1 })}>${s.previousPage}</button>
        <span class="page-number" aria-live="polite">${s.pageOf(log.page, pages)}</span>
        <button class="button" type="button" ?disabled=${page.nextPage === null || pending} @click=${() => this.#change({ page: page.nextPage ?? log.page })}>${s.nextPage}</button>
      </nav>`;
  }

  // Actions --------------------------------------------------------------------------------------------

  async #act(key: string, action: () => Promise<string>) {
    this.busy = key;
    this.actionError = '';
    this.notice = '';
    try {
      this.notice = await this.#guard(action());
    } catch (error) {
      this.actionError = en.actionFailed(errorMessage(error));
    } finally {
      this.busy = '';
    }
    this.#watchUntil = Date.now() + ACTION_WATCH_MS;
    this.#refresh();
  }

  #sendTest(endpoint: WebhookEndpoint) {
    if (!this.client) return;
    const client = this.client;
    void this.#act(`test:${endpoint.id}`, async () => {
      await client.sendTestEvent(endpoint.id, endpoint.events[0] ?? 'account.created');
      return en.testQueued(endpoint.url);
    });
  }

  #toggle(endpoint: WebhookEndpoint) {
    if (!this.client) return;
    const client = this.client;
    void this.#act(`toggle:${endpoint.id}`, async () => {
      const updated = await client.updateEndpoint(endpoint.id, { enabled: !endpoint.enabled });
      return en.endpointToggled(updated.url, updated.enabled);
    });
  }

  #retry(delivery: WebhookDelivery) {
    if (!this.client) return;
    const client = this.client;
    void this.#act(`retry:${delivery.id}`, async () => {
      await client.retryDelivery(delivery.id);
      return en.retried;
    });
  }

  /** Every failed delivery the filters name (endpoint, time range), on the server, in batches. */
  #retryAllFailed() {
    if (!this.client) return;
    const client = this.client;
    const log = this.log;
    void this.#act('retry-all', async () => {
      let queued = 0;
      let inFlight = 0;
      for (let batch = 0; batch < 10; batch++) {
        const result = await client.redeliver({
          status: ['failed'],
          ...(log.endpoint ? { endpoint_id: log.endpoint } : {}),
          ...(localToIso(log.from, false) ? { from: localToIso(log.from, false) } : {}),
          ...(localToIso(log.to, true) ? { to: localToIso(log.to, true) } : {}),
        });
        queued += result.queued;
        inFlight += result.in_flight.length;
        if (!result.has_more) break;
      }
      return en.retriedAll(queued, inFlight);
    });
  }

  // Dialogs --------------------------------------------------------------------------------------------

  #dialog(id: string): HTMLDialogElement | null {
    return this.renderRoot.querySelector(`#${id}`);
  }

  #returnFocus() {
    if (this.#dialogTrigger?.isConnected) this.#dialogTrigger.focus();
  }

  async #openForm(event: Event, endpoint: WebhookEndpoint | null) {
    this.#dialogTrigger = event.currentTarget as HTMLElement;
    this.editing = endpoint;
    this.formError = '';
    await this.updateComplete;
    const form = this.renderRoot.querySelector<HTMLFormElement>('#endpoint-form');
    form?.reset();
    this.#dialog('endpoint-dialog')?.showModal();
  }

  async #openConfirm(event: Event, endpoint: WebhookEndpoint, dialog: string) {
    this.#dialogTrigger = event.currentTarget as HTMLElement;
    this.confirming = endpoint;
    await this.updateComplete;
    this.#dialog(dialog)?.showModal();
  }

  #formDialog() {
    const s = en;
    const endpoint = this.editing;
    const events = endpoint?.events ?? WEBHOOK_EVENTS;
    return html`<dialog id="endpoint-dialog" aria-labelledby="endpoint-form-title" @close=${() => this.#returnFocus()}>
      <form id="endpoint-form" class="dialog-body" novalidate @submit=${this.#submitForm}>
        <h2 id="endpoint-form-title">${endpoint ? s.endpointFormEditTitle : s.endpointFormAddTitle}</h2>
        <div class="field">
          <label for="endpoint-url">${s.endpointUrlLabel}</label>
          <input id="endpoint-url" class="input" name="url" type="url" required autocomplete="off" aria-describedby="endpoint-url-hint" .defaultValue=${endpoint?.url ?? ''} />
          <span id="endpoint-url-hint" class="hint">${s.endpointUrlHint}</span>
        </div>
        <div class="field">
          <label for="endpoint-description">${s.endpointDescriptionLabel} <span class="optional">(${s.optional})</span></label>
          <input id="endpoint-description" class="input" name="description" maxlength="255" autocomplete="off" .defaultValue=${endpoint?.description ?? ''} />
        </div>
        <fieldset class="checks" aria-describedby="endpoint-events-hint">
          <legend>${s.endpointEventsLabel}</legend>
          ${WEBHOOK_EVENTS.map(
            (event) => html`<label class="check"><input type="checkbox" name="events" value=${event} .defaultChecked=${events.includes(event)} /><span class="mono">${event}</span></label>`,
          )}
          <span id="endpoint-events-hint" class="hint">${s.endpointEventsHint}</span>
        </fieldset>
        ${this.formError ? html`<p class="field-error" role="alert">${this.formError}</p>` : nothing}
        <div class="actions end">
          <button class="button cancel" type="button" @click=${() => this.#dialog('endpoint-dialog')?.close()}>${s.cancel}</button>
          <button class="button primary" type="submit" ?disabled=${this.busy === 'save'}>
            ${this.busy === 'save' ? html`<span class="spinner" aria-hidden="true"></span>${s.saving}` : s.save}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  async #submitForm(event: SubmitEvent) {
    event.preventDefault();
    if (!this.client) return;
    const data = new FormData(event.target as HTMLFormElement);
    const url = String(data.get('url') ?? '').trim();
    const description = String(data.get('description') ?? '').trim();
    const events = data.getAll('events').map(String) as WebhookEvent[];
    if (!/^https?:\/\/[^\s/]+/i.test(url)) {
      this.formError = en.endpointUrlInvalid;
      return;
    }
    if (events.length === 0) {
      this.formError = en.endpointEventsRequired;
      return;
    }
    const editing = this.editing;
    this.busy = 'save';
    this.formError = '';
    try {
      if (editing) {
        await this.#guard(this.client.updateEndpoint(editing.id, { url, events, description: description || null }));
        this.notice = en.endpointSaved;
      } else {
        const created = await this.#guard(this.client.createEndpoint({ url, events, ...(description ? { description } : {}) }));
        this.secret = { endpoint: created };
        this.notice = en.endpointAdded;
      }
      this.#dialog('endpoint-dialog')?.close();
      this.#refresh();
      if (this.secret && !editing) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#secret-title')?.focus();
      }
    } catch (error) {
      this.formError = errorMessage(error);
    } finally {
      this.busy = '';
    }
  }

  #rotateDialog() {
    const s = en;
    return html`<dialog id="rotate-dialog" aria-labelledby="rotate-title" aria-describedby="rotate-body" @close=${() => this.#returnFocus()}>
      <form class="dialog-body" @submit=${this.#rotate}>
        <h2 id="rotate-title">${s.rotateDialogTitle}</h2>
        <p id="rotate-body">${s.rotateDialogBody}</p>
        <p class="mono">${this.confirming?.url ?? ''}</p>
        <div class="field">
          <label for="rotate-overlap">${s.overlapLabel}</label>
          <select id="rotate-overlap" class="input" name="overlap">
            ${OVERLAP_HOURS.map((hours) => html`<option value=${hours} ?selected=${hours === DEFAULT_OVERLAP_HOURS}>${s.overlapOption(hours)}</option>`)}
          </select>
        </div>
        <div class="actions end">
          <button class="button cancel" type="button" @click=${() => this.#dialog('rotate-dialog')?.close()}>${s.cancel}</button>
          <button class="button primary" type="submit" ?disabled=${this.busy === 'rotate'}>${s.confirmRotate}</button>
        </div>
      </form>
    </dialog>`;
  }

  async #rotate(event: SubmitEvent) {
    event.preventDefault();
    const endpoint = this.confirming;
    if (!this.client || !endpoint) return;
    const hours = Number(new FormData(event.target as HTMLFormElement).get('overlap') ?? DEFAULT_OVERLAP_HOURS);
    this.busy = 'rotate';
    this.actionError = '';
    try {
      this.secret = { endpoint: await this.#guard(this.client.rotateSecret(endpoint.id, hours * 3600)) };
      this.#dialog('rotate-dialog')?.close();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#secret-title')?.focus();
      this.#refresh();
    } catch (error) {
      this.#dialog('rotate-dialog')?.close();
      this.actionError = en.actionFailed(errorMessage(error));
    } finally {
      this.busy = '';
    }
  }

  #deleteDialog() {
    const s = en;
    const url = this.confirming?.url ?? '';
    return html`<dialog id="delete-endpoint-dialog" aria-labelledby="delete-endpoint-title" aria-describedby="delete-endpoint-body" @close=${() => this.#returnFocus()}>
      <form method="dialog" class="dialog-body">
        <h2 id="delete-endpoint-title">${s.deleteEndpointTitle}</h2>
        <p id="delete-endpoint-body">${s.deleteEndpointBody(url)}</p>
        <div class="actions end">
          <button class="button cancel" value="cancel" autofocus>${s.cancel}</button>
          <button class="button danger primary" type="button" ?disabled=${this.busy === 'delete'} @click=${() => this.#delete()}>${s.confirmDeleteEndpoint}</button>
        </div>
      </form>
    </dialog>`;
  }

  async #delete() {
    const endpoint = this.confirming;
    if (!this.client || !endpoint) return;
    const client = this.client;
    this.#dialog('delete-endpoint-dialog')?.close();
    if (this.log.endpoint === endpoint.id) this.#change({ endpoint: '' });
    await this.#act('delete', async () => {
      await client.deleteEndpoint(endpoint.id);
      return en.endpointDeleted;
    });
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-webhooks-page': WebhooksPageElement;
  }
}
