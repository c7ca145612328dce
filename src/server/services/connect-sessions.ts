import { randomUUID } from 'node:crypto';
import type { ConnectSession, ConnectSessionCreate, ConnectSessionTokenAuthLink } from '../../contract/connect-sessions.js';
import { SESSION_TOKEN_HEADER } from '../../contract/wire.js';
import { TOKEN_PREFIX, secretToken, sha256Hex } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import type { ConnectSessionRow, ProjectRow } from '../db/schema.js';
import * as accounts from '../db/stores/accounts.js';
import * as sessions from '../db/stores/connect-sessions.js';
import type { HubSession } from '../context.js';
import { ApiError } from '../errors.js';
import { jsonOrNull, parseJsonObject, parseStringArray } from '../db/json-columns.js';
import { oauthAppMissing } from './connectors.js';
import type { ProjectService } from './projects.js';

export const DEFAULT_SESSION_SECONDS = 1800;

export class ConnectSessionService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly projects: ProjectService,
    private readonly options: { publicUrl: string; maxSessionSeconds: number },
  ) {}

  /** `renewal`: this session renews an expired one (services/renewals), the `count`-th renewal of its chain. */
  async create(project: ProjectRow, input: ConnectSessionCreate, renewal?: { from: number; count: number }): Promise<ConnectSessionTokenAuthLink> {
    const expiresIn = input.expires_in ?? DEFAULT_SESSION_SECONDS;
    if (expiresIn > this.options.maxSessionSeconds) {
      throw new ApiError('validation_failed', `expires_in: at most ${this.options.maxSessionSeconds} seconds on this server (got ${expiresIn})`, {
        field: 'expires_in',
      });
    }
    if (input.provider) {
      const enabled = await this.projects.enabledConnectors(project.id);
      if (!enabled.some((c) => c.key === input.provider)) {
        throw new ApiError('validation_failed', `provider: "${input.provider}" is not a connector enabled for this project`, { field: 'provider' });
      }
      // The link would end on "not set up": refuse it now, where the developer can act.
      if ((await oauthAppMissing(this.db, project.id, enabled)).has(input.provider)) {
        throw new ApiError(
          'validation_failed',
          `provider: "${input.provider}" signs in through OAuth and this project has no OAuth app for it yet; set one first (PUT /oauth_clients/${input.provider}, or the dashboard's Connectors page)`,
          { field: 'provider' },
        );
      }
    }
    if (input.account_id && !(await accounts.findAccount(this.db, project.id, input.account_id))) {
      throw new ApiError('validation_failed', `account_id: no account "${input.account_id}" in this project`, { field: 'account_id' });
    }
    const now = this.clock();
    const token = secretToken(TOKEN_PREFIX.sessionToken);
    const row = await sessions.insertConnectSession(this.db, {
      project_id: project.id,
      token_hash: sha256Hex(token),
      origin_owner_id: input.origin_owner_id,
      origin_owner_name: input.origin_owner_name,
      origin_username: input.origin_username ?? null,
      provider: input.provider ?? null,
      categories: input.categories?.length ? JSON.stringify([...new Set(input.categories)]) : null,
      account_id: input.account_id ?? null,
      metadata: jsonOrNull(input.metadata),
      multiple: input.multiple ? 1 : 0,
      label: input.label ?? null,
      type: input.type ?? 'production',
      connector_profile_id: input.connector_profile_id ?? input.integration_id ?? null,
      external_trigger_token: randomUUID(),
      locale: input.locale ?? null,
      renewable: input.renewable ? 1 : 0,
      renewal_count: renewal?.count ?? 0,
      renewed_from: renewal?.from ?? null,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + expiresIn * 1000).toISOString(),
    });
    return {
      ...toConnectSession(row, project),
      token,
      auth_link_url: this.authLinkUrl(token),
    };
  }

  /** Resolves a hub token; each failure says which of missing / unknown / expired it is. */
  async authenticate(token: string | undefined): Promise<HubSession> {
    if (!token) throw new ApiError('unauthorized', `Missing connect session token: send it in the ${SESSION_TOKEN_HEADER} header`);
    const found = await sessions.findConnectSessionByTokenHash(this.db, sha256Hex(token));
    if (!found) throw new ApiError('unauthorized', 'Unknown connect session token');
    if (this.hasExpired(found.session)) {
      throw new ApiError('token_expired', `Connect session token expired at ${found.session.expires_at}; ask for a new link`);
    }
    return found;
  }

  /**
   * For `POST /hub/renewal` only: the session of a known token, expired or not (an expired token may ask for
   * a new link and nothing else). Unknown → 401 as everywhere.
   */
  async authenticateForRenewal(token: string | undefined): Promise<HubSession & { expired: boolean }> {
    if (!token) throw new ApiError('unauthorized', `Missing connect session token: send it in the ${SESSION_TOKEN_HEADER} header`);
    const found = await sessions.findConnectSessionByTokenHash(this.db, sha256Hex(token));
    if (!found) throw new ApiError('unauthorized', 'Unknown connect session token');
    return { ...found, expired: this.hasExpired(found.session) };
  }

  /** The auth link of a session token. */
  authLinkUrl(token: string): string {
    return `${this.options.publicUrl}/embedded/integrations?token=${encodeURIComponent(token)}`;
  }

  /** The session by id with its project, while it lives (an OAuth callback finds its session through the attempt). */
  async live(projectId: string, sessionId: number): Promise<HubSession | undefined> {
    const session = await sessions.findConnectSession(this.db, projectId, sessionId);
    if (!session || this.hasExpired(session)) return undefined;
    const project = await this.projects.findProject(projectId);
    return project ? { session, project } : undefined;
  }

  /** The one session-expiry rule: a session is dead from its `expires_at` on. */
  private hasExpired(session: ConnectSessionRow): boolean {
    return Date.parse(session.expires_at) <= this.clock().getTime();
  }

  /** `POST /connect_sessions/authenticate`: the token must belong to the caller's project. */
  async describeToken(project: ProjectRow, token: string): Promise<ConnectSession> {
    const hub = await this.authenticate(token);
    if (hub.project.id !== project.id) throw new ApiError('unauthorized', 'Unknown connect session token');
    return toConnectSession(hub.session, project);
  }

  async get(project: ProjectRow, idText: string): Promise<ConnectSession> {
    const id = /^\d{1,15}$/.test(idText) ? Number(idText) : NaN;
    const row = Number.isSafeInteger(id) ? await sessions.findConnectSession(this.db, project.id, id) : undefined;
    if (!row) throw new ApiError('not_found', `No connect session "${idText}" in this project`);
    return toConnectSession(row, project);
  }
}

export function sessionCategories(session: ConnectSessionRow): string[] | null {
  return parseStringArray(session.categories);
}

export function toConnectSession(row: ConnectSessionRow, project: ProjectRow): ConnectSession {
  return {
    id: row.id,
    organization_id: project.organization_id,
    project_id: project.id,
    origin_owner_id: row.origin_owner_id,
    origin_owner_name: row.origin_owner_name,
    origin_username: row.origin_username,
    provider: row.provider,
    categories: sessionCategories(row),
    account_id: row.account_id,
    label: row.label,
    metadata: parseJsonObject(row.metadata),
    multiple: row.multiple === 1,
    type: row.type,
    external_trigger_token: row.external_trigger_token,
    connector_profile_id: row.connector_profile_id,
    locale: row.locale ?? null,
    renewable: row.renewable === 1,
    created_at: row.created_at,
    expires_at: row.expires_at,
  };
}
