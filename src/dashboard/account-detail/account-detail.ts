import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import type { LinkedAccount } from '../../contract/accounts.js';
import type { ReauthLink } from '../../contract/account-health.js';
import type { ProjectConnector } from '../../contract/project.js';
import { sharedStyles } from '../../hub/styles/theme.styles.js';
import { errorMessage, isUnauthorized, type AdminClient, type DeliveryPage } from '../admin-client.js';
import { DashboardNavigateEvent, DashboardUnauthorizedEvent } from '../events.js';
import { DAY_SECONDS, DEFAULT_EXPIRY_DAYS, formatDateTime } from '../format.js';
import { en } from '../strings/en.js';
import { dashboardStyles } from '../styles/dashboard.styles.js';
import { accountDetailStyles } from './account-detail.styles.js';

export const ACCOUNT_DELIVERIES_PAGE_SIZE = 20;

/**
 * `<dashboard-account-detail account-id="…">`: one linked account's non-secret details, its webhook
 * deliveries (when the server has the webhooks API), "Send re-auth link" (an edit-mode auth link, copy and QR) and Delete.
 *
 * @fires dashboard:navigate - Back to the list after a delete.
 * @fires dashboard:unauthorized - The API key stopped working.
 */
export class AccountDetailElement extends LitElement {
  static override styles = [sharedStyles, dashboardStyles, accountDetailStyles];
  static override properties = {
    client: { attribute: false },
    connectors: { attribute: false },
    accountId: { attribute: 'account-id' },
    backHref: { attribute: 'back-href' },
    deliveriesPage: { state: true },
    relink: { state: true },
    relinking: { state: true },
    actionError: { state: true },
    deleting: { state: true },
  };

  client: AdminClient | undefined;
  connectors: ProjectConnector[] = [];
  accountId = '';
  /** Where "All accounts" goes: the list as it was left (page, sort, filters). */
  backHref = '#/accounts';
  deliveriesPage = 1;
  relink: ReauthLink | undefined;
  relinking = false;
  actionError = '';
  deleting = false;

  readonly #account = new Task(this, {
    args: () => [this.client, this.accountId] as const,
    task: async ([client, id], { signal }): Promise<LinkedAccount | undefined> => {
      if (!client || !id) return undefined;
      return this.#guard(client.getAccount(id, signal));
    },
  });

  readonly #deliveries = new Task(this, {
    args: () => [this.client, this.accountId, this.deliveriesPage] as const,
    task: async ([client, id, page], { signal }): Promise<DeliveryPage | undefined> => {
      if (!client || !id) return undefined;
      try {
        return await client.accountDeliveries(id, page, ACCOUNT_DELIVERIES_PAGE_SIZE, signal);
      } catch (error) {
        if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
        // Deliveries are extra: a failure there leaves the rest of the page working.
        return undefined;
      }
    },
  });

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('accountId') && changed.get('accountId') !== undefined) this.deliveriesPage = 1;
  }

  async #guard<T>(promise: Promise<T>): Promise<T> {
    try {
      return await promise;
    } catch (error) {
      if (isUnauthorized(error)) this.dispatchEvent(new DashboardUnauthorizedEvent());
      throw error;
    }
  }

  override render() {
    const s = en;
    return html`<p class="crumbs"><a href=${this.backHref}><span aria-hidden="true">←</span> ${s.backToAccounts}</a></p>
      ${this.#account.render({
        initial: () => this.#loading(),
        pending: () => this.#loading(),
        complete: (account) => (account ? this.#details(account) : nothing),
        error: (error) => html`<h1 tabindex="-1">${s.accountDetailsTitle}</h1>
          <div class="alert" role="alert"><p class="alert-title">${s.loadFailed}</p><p>${errorMessage(error)}</p></div>`,
      })}`;
  }

  #loading() {
    return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${en.accountDetailsTitle}…</p>`;
  }

  #details(account: LinkedAccount) {
    const s = en;
    const connector = this.connectors.find((c) => c.key === account.provider);
    const name = account.provider_name ?? connector?.name ?? account.provider;
    const setup = Object.entries(account.setup_information ?? {});
    const metadata = account.metadata && Object.keys(account.metadata).length ? account.metadata : undefined;
    return html`<div class="page-head">
        <div class="who">
          <span class="logo big">${connector ? html`<img src=${connector.logo_url} alt="" width="24" height="24" />` : nothing}</span>
          <div class="title">
            <h1 tabindex="-1">${name}</h1>
            <p>${account.origin_owner_name} · <span class=${`badge ${account.status}`}>${account.status}</span></p>
          </div>
        </div>
        <div class="actions">
          <button class="button" type="button" @click=${() => this.#relink(account)} ?disabled=${this.relinking}>
            ${this.relinking ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${s.relink}
          </button>
          <button class="button danger" type="button" @click=${this.#askDelete}>${s.deleteAccount}</button>
        </div>
      </div>
      ${this.actionError ? html`<div class="alert" role="alert"><p>${this.actionError}</p></div>` : nothing}
      ${this.relink
        ? html`<section class="card relink" aria-labelledby="relink-title">
            <div class="card-body">
              <h2 id="relink-title" tabindex="-1">${s.relink}</h2>
              <p class="muted">${s.relinkIntro}</p>
              <dashboard-auth-link .url=${this.relink.auth_link_url} .expiresAt=${this.relink.expires_at}></dashboard-auth-link>
            </div>
          </section>`
        : nothing}
      <div class="sections">
        <section class="card" aria-labelledby="details-title">
          <div class="card-body">
            <h2 id="details-title">${s.accountDetailsTitle}</h2>
            <dl class="details">
              <dt>${s.fieldId}</dt>
              <dd class="mono">${account.id}</dd>
              <dt>${s.fieldOwnerId}</dt>
              <dd>${account.origin_owner_id}</dd>
              <dt>${s.fieldOwnerName}</dt>
              <dd>${account.origin_owner_name}</dd>
              <dt>${s.fieldUsername}</dt>
              <dd>${account.origin_username || s.noneValue}</dd>
              <dt>${s.fieldLabel}</dt>
              <dd>${account.label || s.noneValue}</dd>
              <dt>${s.fieldType}</dt>
              <dd>${account.type || s.noneValue}</dd>
              <dt>${s.fieldCreated}</dt>
              <dd><time datetime=${account.created_at}>${formatDateTime(account.created_at)}</time></dd>
              <dt>${s.fieldUpdated}</dt>
              <dd><time datetime=${account.updated_at}>${formatDateTime(account.updated_at)}</time></dd>
              ${account.first_failed_at
                ? html`<dt>${s.fieldFirstFailed}</dt>
                    <dd><time datetime=${account.first_failed_at}>${formatDateTime(account.first_failed_at)}</time></dd>`
                : nothing}
            </dl>
          </div>
        </section>
        <section class="card" aria-labelledby="setup-title">
          <div class="card-body">
            <h2 id="setup-title">${s.setupInformationTitle}</h2>
            ${setup.length
              ? html`<dl class="details">${setup.map(([key, value]) => html`<dt class="mono">${key}</dt><dd>${value}</dd>`)}</dl>`
              : html`<p class="muted">${s.noneValue}</p>`}
            <h2>${s.metadataTitle}</h2>
            ${metadata ? html`<pre>${JSON.stringify(metadata, null, 2)}</pre>` : html`<p class="muted">${s.noneValue}</p>`}
            ${account.status_reasons?.length
              ? html`<h2>${s.statusReasonsTitle}</h2>
                  <ul class="reasons">
                    ${account.status_reasons.map(
                      (reason) => html`<li>
                        <strong>${reason.code ?? account.status}</strong> ${reason.description ?? ''}
                        <span class="muted">(${formatDateTime(reason.timestamp)})</span>
                      </li>`,
                    )}
                  </ul>`
              : nothing}
          </div>
        </section>
      </div>
      ${this.#deliveriesSection()}
      ${this.#deleteDialog(account, name)}`;
  }

  #deliveriesSection() {
    const s = en;
    const result = this.#deliveries.value;
    if (result === undefined) return nothing;
    const deliveries = result.deliveries;
    return html`<section class="deliveries" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">${s.deliveriesTitle}</h2>
      ${deliveries.length === 0
        ? html`<p class="muted">${s.deliveriesEmpty}</p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="deliveries-title" tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">${s.deliveryEvent}</th>
                  <th scope="col">${s.deliveryStatus}</th>
                  <th scope="col">${s.deliveryAttempts}</th>
                  <th scope="col">${s.deliveryLast}</th>
                </tr>
              </thead>
              <tbody>
                ${deliveries.map(
                  (delivery) => html`<tr>
                    <td class="mono">${delivery.event}</td>
                    <td>
                      <span class=${`badge ${delivery.status === 'delivered' ? 'active' : delivery.status === 'failed' ? 'error' : ''}`}>${delivery.status}</span>
                      ${delivery.last_status_code ? html`<span class="muted">HTTP ${delivery.last_status_code}</span>` : nothing}
                    </td>
                    <td>${delivery.attempts}</td>
                    <td>${formatDateTime(delivery.last_attempt_at ?? delivery.created_at)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      ${result.nextPage !== null || this.deliveriesPage > 1
        ? html`<nav class="pager" aria-label=${s.deliveriesPagination}>
            <button class="button small" type="button" ?disabled=${this.deliveriesPage <= 1} @click=${() => (this.deliveriesPage -= 1)}>${s.previousPage}</button>
            <span class="page-number" aria-live="polite">${s.pageOf(this.deliveriesPage, result.total === null ? null : Math.max(1, Math.ceil(result.total / ACCOUNT_DELIVERIES_PAGE_SIZE)))}</span>
            <button class="button small" type="button" ?disabled=${result.nextPage === null} @click=${() => (this.deliveriesPage += 1)}>${s.nextPage}</button>
          </nav>`
        : nothing}
    </section>`;
  }

  #deleteDialog(account: LinkedAccount, name: string) {
    const s = en;
    return html`<dialog id="delete-dialog" aria-labelledby="delete-title" aria-describedby="delete-body" @close=${this.#dialogClosed}>
      <form method="dialog" class="dialog-body">
        <h2 id="delete-title">${s.deleteDialogTitle}</h2>
        <p id="delete-body">${s.deleteDialogBody(name, account.origin_owner_name)}</p>
        <div class="actions end">
          <button class="button cancel" value="cancel" ?disabled=${this.deleting} autofocus>${s.cancel}</button>
          <button class="button danger primary" type="button" ?disabled=${this.deleting} @click=${() => this.#delete(account)}>
            ${this.deleting ? html`<span class="spinner" aria-hidden="true"></span>${s.deleting}` : s.confirmDelete}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('#delete-dialog');
  }

  #deleteTrigger: HTMLElement | undefined;

  #askDelete(event: Event) {
    this.#deleteTrigger = event.currentTarget as HTMLElement;
    this.actionError = '';
    this.#dialog?.showModal();
  }

  #dialogClosed() {
    // Native <dialog> returns focus on its own in Chromium; be explicit for the others.
    if (this.#deleteTrigger?.isConnected) this.#deleteTrigger.focus();
  }

  async #delete(account: LinkedAccount) {
    if (!this.client) return;
    this.deleting = true;
    try {
      await this.#guard(this.client.deleteAccount(account.id));
      this.#dialog?.close();
      this.dispatchEvent(new DashboardNavigateEvent({ route: 'accounts', notice: en.accountDeletedNotice }));
    } catch (error) {
      this.#dialog?.close();
      this.actionError = errorMessage(error);
    } finally {
      this.deleting = false;
    }
  }

  async #relink(account: LinkedAccount) {
    if (!this.client) return;
    this.relinking = true;
    this.actionError = '';
    try {
      this.relink = await this.#guard(this.client.reauthLink(account.id, DEFAULT_EXPIRY_DAYS * DAY_SECONDS));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#relink-title')?.focus();
    } catch (error) {
      this.actionError = errorMessage(error);
    } finally {
      this.relinking = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-account-detail': AccountDetailElement;
  }
}
