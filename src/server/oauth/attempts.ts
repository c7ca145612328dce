import type { ConnectionAttempt } from '../../contract/hub.js';
import { ID_PREFIX } from '../../contract/wire.js';
import { randomId } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import type { ConnectionAttemptRow } from '../db/schema.js';
import * as store from '../db/stores/connection-attempts.js';
import { ApiError } from '../errors.js';
import type { HubSession } from '../context.js';

/** Longer than the hub's 5-minute poll timeout, so the hub gives up first; never beyond the session. */
export const ATTEMPT_TTL_SECONDS = 10 * 60;

/** The attempt as the hub sees it (E8). */
export function toConnectionAttempt(row: ConnectionAttemptRow): ConnectionAttempt {
  return {
    id: row.id,
    status: row.status,
    account: row.status === 'authenticated' && row.account_id ? { id: row.account_id } : null,
    error: row.status === 'error' ? { code: row.error_code ?? 'oauth_error', description: row.error_description } : null,
  };
}

/** Connection attempts (E7–E9): one OAuth try of one session, pending until the provider answers. */
export class ConnectionAttemptService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  /** E7: one insert, so the hub can open its popup at once. */
  async create(hub: HubSession): Promise<{ id: string }> {
    const now = this.clock();
    const ttlEnd = now.getTime() + ATTEMPT_TTL_SECONDS * 1000;
    const expiresAt = new Date(Math.min(ttlEnd, Date.parse(hub.session.expires_at))).toISOString();
    const id = randomId(ID_PREFIX.connectionAttempt);
    await store.insertAttempt(this.db, {
      id,
      project_id: hub.project.id,
      session_id: hub.session.id,
      status: 'pending',
      provider: null,
      redirect_uri: null,
      setup_information: null,
      state_hash: null,
      code_verifier_ciphertext: null,
      secrets_ciphertext: null,
      account_id: null,
      error_code: null,
      error_description: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      expires_at: expiresAt,
    });
    return { id };
  }

  /** E8. */
  async view(hub: HubSession, id: string): Promise<ConnectionAttempt> {
    return toConnectionAttempt(await this.sessionAttempt(hub, id));
  }

  /** E9: idempotent; only a pending attempt changes, so a finished one keeps its result. */
  async cancel(hub: HubSession, id: string): Promise<void> {
    const attempt = await this.sessionAttempt(hub, id);
    if (attempt.status !== 'pending') return;
    await store.updatePendingAttempt(this.db, attempt.id, { status: 'cancelled', updated_at: this.clock().toISOString() });
  }

  /**
   * An attempt with its expiry applied: a pending attempt past its time becomes `expired` here, on read,
   * so no sweeper is needed.
   */
  async current(id: string): Promise<ConnectionAttemptRow | undefined> {
    const row = await store.findAttempt(this.db, id);
    if (!row) return undefined;
    return this.withExpiry(row);
  }

  async withExpiry(row: ConnectionAttemptRow): Promise<ConnectionAttemptRow> {
    if (row.status !== 'pending' || Date.parse(row.expires_at) > this.clock().getTime()) return row;
    const updatedAt = this.clock().toISOString();
    await store.updatePendingAttempt(this.db, row.id, { status: 'expired', updated_at: updatedAt });
    return (await store.findAttempt(this.db, row.id)) ?? { ...row, status: 'expired', updated_at: updatedAt };
  }

  /** Its session ended: a pending attempt cannot finish any more. */
  async expire(id: string): Promise<void> {
    await store.updatePendingAttempt(this.db, id, { status: 'expired', updated_at: this.clock().toISOString() });
  }

  /** Records a failure on a pending attempt; a finished attempt keeps its result. */
  async fail(id: string, error: { code: string; description: string }): Promise<void> {
    await store.updatePendingAttempt(this.db, id, {
      status: 'error',
      error_code: error.code.slice(0, 100),
      error_description: error.description.slice(0, 2000),
      state_hash: null,
      code_verifier_ciphertext: null,
      secrets_ciphertext: null,
      updated_at: this.clock().toISOString(),
    });
  }

  /** Another session's attempt is a 404 like an unknown one (CONTRACT.md §E8). */
  private async sessionAttempt(hub: HubSession, id: string): Promise<ConnectionAttemptRow> {
    const row = await this.current(id);
    if (!row || row.session_id !== hub.session.id) {
      throw new ApiError('not_found', `No connection attempt "${id}" for this connect session`);
    }
    return row;
  }
}
