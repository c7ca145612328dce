import type { HubRenewalResult, RenewalRequest, RenewalRequestList, RenewalSent, SessionParameters } from '../../contract/links.js';
import type { SessionWebhookEvent, SessionWebhookPayload } from '../../contract/webhooks.js';
import { ID_PREFIX } from '../../contract/wire.js';
import { randomId } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import { parseJsonObject } from '../db/json-columns.js';
import type { ConnectSessionRow, ProjectRow, RenewalRequestRow } from '../db/schema.js';
import { insertAccountEvent } from '../db/stores/account-events.js';
import * as requests from '../db/stores/renewal-requests.js';
import type { HubSession } from '../context.js';
import { ApiError } from '../errors.js';
import { DEFAULT_SESSION_SECONDS, sessionCategories, type ConnectSessionService } from './connect-sessions.js';

export const RENEWAL_LIST_LIMIT = 100;

/**
 * Renewable links (issue 17 §1). An expired link's "Request a new link" either renews a `renewable` session
 * (a fresh one, same owner and parameters, at most the project's `max_link_renewals` times along its chain)
 * or records a renewal request for the host; either way a signed webhook goes out through the outbox, in the
 * same transaction as the row it announces. The operator answers open requests with "Send new link".
 */
export class RenewalService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly sessions: ConnectSessionService,
    /** The outbox has new rows (the webhook dispatcher's nudge). */
    private readonly eventsCommitted: () => void = () => undefined,
  ) {}

  /** `POST /hub/renewal`, the one thing an expired token may do. */
  async renewFromHub(hub: HubSession & { expired: boolean }): Promise<HubRenewalResult> {
    const { session, project } = hub;
    if (!hub.expired) throw new ApiError('conflict', 'This link has not expired: there is nothing to renew');
    const projectName = project.name;
    const renewals = project.max_link_renewals;
    if (session.renewable === 1 && session.renewal_count < renewals && !(await this.#alreadyRenewed(session))) {
      const count = session.renewal_count + 1;
      const fresh = await this.sessions.create(project, createInput(parametersOf(session)), { from: session.id, count });
      await this.#announce('connect_session.renewed', project, session, null, { id: fresh.id, expires_at: fresh.expires_at, renewal: count, max_renewals: renewals });
      return { outcome: 'renewed', project_name: projectName, token: fresh.token, expires_at: fresh.expires_at };
    }
    // A second press (or a reload) asks nothing new of the host.
    if (await requests.findOpenRequestForSession(this.db, project.id, session.id)) return { outcome: 'requested', project_name: projectName };
    const now = this.clock().toISOString();
    const row: RenewalRequestRow = {
      id: randomId(ID_PREFIX.renewalRequest),
      project_id: project.id,
      session_id: session.id,
      origin_owner_id: session.origin_owner_id,
      origin_owner_name: session.origin_owner_name,
      origin_username: session.origin_username,
      parameters: JSON.stringify(parametersOf(session)),
      status: 'open',
      new_session_id: null,
      created_at: now,
      done_at: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await requests.insertRenewalRequest(trx, row);
      await insertAccountEvent(trx, sessionEvent('connect_session.renewal_requested', project, session, row.id, null, now));
    });
    this.eventsCommitted();
    return { outcome: 'requested', project_name: projectName };
  }

  async list(project: ProjectRow, status: 'open' | 'done' | undefined): Promise<RenewalRequestList> {
    return { data: (await requests.listRenewalRequests(this.db, project.id, status, RENEWAL_LIST_LIMIT)).map(toRenewalRequest) };
  }

  /** "Send new link": a fresh session with the request's parameters; the request is then done. */
  async send(project: ProjectRow, id: string): Promise<RenewalSent> {
    const row = await requests.findRenewalRequest(this.db, project.id, id);
    if (!row) throw new ApiError('not_found', `No renewal request "${id}" in this project`);
    if (row.status !== 'open') throw new ApiError('conflict', `Renewal request ${id} was already answered (session ${row.new_session_id})`);
    const parameters = toRenewalRequest(row).parameters;
    // A link a person sends by hand lasts at least the default half hour, whatever the expired one had.
    const lifetime = { ...parameters, expires_in: Math.max(parameters.expires_in, DEFAULT_SESSION_SECONDS) };
    const session = await this.sessions.create(project, createInput(lifetime), { from: row.session_id, count: 0 });
    const now = this.clock().toISOString();
    if (!(await requests.markRenewalDone(this.db, id, session.id, now))) {
      throw new ApiError('conflict', `Renewal request ${id} was answered at the same time by someone else`);
    }
    return { request: { ...toRenewalRequest(row), status: 'done', new_session_id: session.id, done_at: now }, session };
  }

  async #alreadyRenewed(session: ConnectSessionRow): Promise<boolean> {
    const found = await this.db.selectFrom('connect_sessions').select('id').where('renewed_from', '=', session.id).where('project_id', '=', session.project_id).executeTakeFirst();
    return found !== undefined;
  }

  async #announce(event: SessionWebhookEvent, project: ProjectRow, session: ConnectSessionRow, requestId: string | null, fresh: SessionWebhookPayload['new_session']): Promise<void> {
    await insertAccountEvent(this.db, sessionEvent(event, project, session, requestId, fresh, this.clock().toISOString()));
    this.eventsCommitted();
  }
}

/** The outbox row of a session event (no account: `account_id` null). */
function sessionEvent(
  event: SessionWebhookEvent,
  project: ProjectRow,
  session: ConnectSessionRow,
  requestId: string | null,
  fresh: SessionWebhookPayload['new_session'],
  now: string,
) {
  const payload: Omit<SessionWebhookPayload, 'sent_at'> = {
    project_id: project.id,
    event,
    event_date: now,
    record_type: 'connect_session',
    record_id: String(session.id),
    origin_owner_id: session.origin_owner_id,
    origin_owner_name: session.origin_owner_name,
    origin_username: session.origin_username,
    renewal_request_id: requestId,
    session: { id: session.id, expired_at: session.expires_at, parameters: parametersOf(session) },
    new_session: fresh,
  };
  return { project_id: project.id, event, account_id: null, payload: JSON.stringify(payload), created_at: now };
}

export function parametersOf(session: ConnectSessionRow): SessionParameters {
  return {
    origin_owner_id: session.origin_owner_id,
    origin_owner_name: session.origin_owner_name,
    origin_username: session.origin_username,
    provider: session.provider,
    categories: sessionCategories(session),
    account_id: session.account_id,
    label: session.label,
    metadata: parseJsonObject(session.metadata),
    multiple: session.multiple === 1,
    type: session.type,
    connector_profile_id: session.connector_profile_id,
    locale: session.locale ?? null,
    renewable: session.renewable === 1,
    expires_in: Math.max(1, Math.round((Date.parse(session.expires_at) - Date.parse(session.created_at)) / 1000)),
  };
}

function createInput(p: SessionParameters) {
  return {
    origin_owner_id: p.origin_owner_id,
    origin_owner_name: p.origin_owner_name,
    origin_username: p.origin_username,
    provider: p.provider,
    categories: p.categories as never,
    account_id: p.account_id,
    label: p.label,
    metadata: p.metadata as never,
    multiple: p.multiple,
    type: p.type as 'production' | 'test' | null,
    connector_profile_id: p.connector_profile_id,
    locale: p.locale as never,
    renewable: p.renewable,
    expires_in: p.expires_in,
  };
}

function toRenewalRequest(row: RenewalRequestRow): RenewalRequest {
  const parameters = (parseJsonObject(row.parameters) ?? {}) as unknown as SessionParameters;
  return {
    id: row.id,
    status: row.status,
    session_id: row.session_id,
    origin_owner_id: row.origin_owner_id,
    origin_owner_name: row.origin_owner_name,
    origin_username: row.origin_username,
    parameters,
    new_session_id: row.new_session_id,
    created_at: row.created_at,
    done_at: row.done_at,
  };
}
