import qrcode from 'qrcode-generator';
import type { HandoffClaimed, HandoffCreated, HandoffState } from '../../contract/links.js';
import { ID_PREFIX, TOKEN_PREFIX } from '../../contract/wire.js';
import { randomId, secretToken, sha256Hex } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import type { HandoffRow } from '../db/schema.js';
import { findAccount } from '../db/stores/accounts.js';
import * as handoffs from '../db/stores/handoffs.js';
import type { HubSession } from '../context.js';
import { ApiError } from '../errors.js';
import type { ConnectSessionService } from './connect-sessions.js';
import type { ConnectorService } from './connectors.js';
import { parametersOf } from './renewals.js';

/** How long a hand-off link lives (never past its session). */
export const HANDOFF_SECONDS = 600;

/** What the desktop shows once the phone linked the account; `result_token` when the host-verifiable token exists. */
export type ResultTokenMinter = (hub: HubSession, account: { id: string; provider: string }) => Promise<string | undefined>;

/**
 * The hand-off to the phone (issue 17 §2). The desktop's session makes a short-lived link (shown as a QR code);
 * opening it changes nothing; the page's first API call (the claim) binds it to that device (a cookie) and
 * gives the phone its own session with the same owner and parameters. The phone reports the account it linked;
 * the desktop watches the hand-off row (any server on the same database sees it).
 */
export class HandoffService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly sessions: ConnectSessionService,
    private readonly connectors: ConnectorService,
    private readonly options: { publicUrl: string; resultToken?: ResultTokenMinter },
  ) {}

  async create(hub: HubSession, provider: string | null | undefined): Promise<HandoffCreated> {
    if (provider && (await this.connectors.integrations(hub, provider)).length === 0) {
      throw new ApiError('validation_failed', `provider: "${provider}" is not a connector this session may connect`, { field: 'provider' });
    }
    const now = this.clock();
    const expiresAt = new Date(Math.min(now.getTime() + HANDOFF_SECONDS * 1000, Date.parse(hub.session.expires_at))).toISOString();
    const token = secretToken(TOKEN_PREFIX.handoffToken);
    const row = await handoffs.insertHandoff(this.db, {
      id: randomId(ID_PREFIX.handoff),
      project_id: hub.project.id,
      session_id: hub.session.id,
      token_hash: sha256Hex(token),
      provider: provider ?? null,
      device_hash: null,
      phone_session_id: null,
      status: 'waiting',
      account_id: null,
      account_provider: null,
      created_at: now.toISOString(),
      bound_at: null,
      completed_at: null,
      expires_at: expiresAt,
    });
    const url = `${this.options.publicUrl}/embedded/integrations?handoff=${encodeURIComponent(token)}`;
    return { ...(await this.#state(hub, row)), url, qr_svg: qrDataUrl(url) };
  }

  /** Where the desktop's hand-off is now (read from the database, so any server answers alike). */
  async state(hub: HubSession, id: string): Promise<HandoffState> {
    const row = await handoffs.findSessionHandoff(this.db, hub.session.id, id);
    if (!row || row.project_id !== hub.project.id) throw new ApiError('not_found', `No hand-off "${id}" for this session`);
    return this.#state(hub, row);
  }

  async #state(hub: HubSession, row: HandoffRow): Promise<HandoffState> {
    const expired = row.status !== 'completed' && Date.parse(row.expires_at) <= this.clock().getTime();
    const account = row.status === 'completed' && row.account_id && row.account_provider ? { id: row.account_id, provider: row.account_provider } : null;
    const resultToken = account && this.options.resultToken ? await this.options.resultToken(hub, account) : undefined;
    return {
      id: row.id,
      status: expired ? 'expired' : row.status,
      expires_at: row.expires_at,
      account: account ? { ...account, ...(resultToken ? { result_token: resultToken } : {}) } : null,
    };
  }

  /**
   * The hand-off page's first call: binds the link to this device (`device`, the cookie; a new one when
   * absent) and returns the phone's session token. Another device gets 409: the link is in use.
   */
  async claim(handoffToken: string, device: string | undefined): Promise<HandoffClaimed & { device: string }> {
    const row = await handoffs.findHandoffByTokenHash(this.db, sha256Hex(handoffToken));
    if (!row) throw new ApiError('unauthorized', 'Unknown hand-off link');
    if (row.status === 'completed') throw new ApiError('conflict', 'This hand-off link was already used: the account is connected');
    if (Date.parse(row.expires_at) <= this.clock().getTime()) throw new ApiError('token_expired', `This hand-off link expired at ${row.expires_at}; start again from the other screen`);
    const deviceId = device && /^[A-Za-z0-9_-]{20,100}$/.test(device) ? device : randomId('');
    const deviceHash = sha256Hex(deviceId);
    const now = this.clock().toISOString();
    const won = row.device_hash === null ? await handoffs.bindHandoff(this.db, row.id, { device_hash: deviceHash, bound_at: now }) : false;
    const current = won ? { ...row, device_hash: deviceHash, bound_at: now } : await handoffs.findHandoffByTokenHash(this.db, row.token_hash);
    if (!current || current.device_hash !== deviceHash) throw new ApiError('conflict', 'This hand-off link is already in use on another device');
    const token = await this.#phoneToken(current);
    return { token, provider: current.provider, device: deviceId };
  }

  /** A session for the phone, like the desktop's (same owner and parameters, the chosen connector), ending with it. */
  async #phoneToken(row: HandoffRow): Promise<string> {
    if (row.phone_session_id !== null) {
      const token = secretToken(TOKEN_PREFIX.sessionToken);
      await handoffs.replacePhoneSessionToken(this.db, row.phone_session_id, sha256Hex(token));
      return token;
    }
    const parent = await this.sessions.live(row.project_id, row.session_id);
    if (!parent) throw new ApiError('token_expired', 'The session this hand-off belongs to has expired; ask for a new link');
    const parameters = parametersOf(parent.session);
    const left = Math.floor((Date.parse(parent.session.expires_at) - this.clock().getTime()) / 1000);
    const created = await this.sessions.create(parent.project, {
      origin_owner_id: parameters.origin_owner_id,
      origin_owner_name: parameters.origin_owner_name,
      origin_username: parameters.origin_username,
      provider: row.provider ?? parameters.provider,
      categories: parameters.categories as never,
      account_id: parameters.account_id,
      label: parameters.label,
      metadata: parameters.metadata as never,
      multiple: parameters.multiple,
      type: parameters.type as 'production' | 'test' | null,
      connector_profile_id: parameters.connector_profile_id,
      locale: parameters.locale as never,
      expires_in: Math.max(1, left),
    });
    await handoffs.setPhoneSession(this.db, row.id, created.id);
    return created.token;
  }

  /** The phone linked `accountId` (its hub's success): the desktop learns it from the row. */
  async complete(phone: HubSession, accountId: string): Promise<void> {
    const row = await handoffs.findHandoffOfPhoneSession(this.db, phone.session.id);
    if (!row) throw new ApiError('not_found', 'This session is not a hand-off from another screen');
    if (row.status === 'completed') return;
    const account = await findAccount(this.db, phone.project.id, accountId);
    // Only an account of this owner, linked or updated since the phone took the link, completes it.
    if (!account || account.origin_owner_id !== phone.session.origin_owner_id || (row.bound_at !== null && account.updated_at < row.bound_at)) {
      throw new ApiError('validation_failed', `account_id: "${accountId}" is not an account this hand-off linked`, { field: 'account_id' });
    }
    await handoffs.completeHandoff(this.db, row.id, { account_id: account.id, account_provider: account.provider, completed_at: this.clock().toISOString() });
  }
}

/** The link as a QR code: one SVG path (dark modules merged along rows), as a data URL an `<img>` shows. */
export function qrDataUrl(value: string): string {
  const code = qrcode(0, 'M');
  code.addData(value);
  code.make();
  const count = code.getModuleCount();
  const quiet = 4;
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!code.isDark(row, col)) {
        col++;
        continue;
      }
      let run = 1;
      while (col + run < count && code.isDark(row, col + run)) run++;
      d += `M${col + quiet} ${row + quiet}h${run}v1h-${run}z`;
      col += run;
    }
  }
  const size = count + quiet * 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
