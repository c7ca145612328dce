import type { AccountWebhookEvent, AccountWebhookPayload } from '../../../contract/webhooks.js';
import type { Db } from '../../db/database.js';
import { parseJsonArray, parseStringRecord } from '../../db/json-columns.js';
import type { AccountRow } from '../../db/schema.js';
import { insertAccountEvent } from '../../db/stores/account-events.js';

/**
 * Every account change commits together with its outbox event (`account_events`), whoever makes it; once it
 * has committed, the webhook dispatcher is told.
 */
export class AccountChanges {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    /** Called once a transaction that wrote outbox events has committed (the webhook dispatcher looks at once). */
    private readonly eventsCommitted: () => void = () => undefined,
  ) {}

  async commit<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    const result = await this.db.transaction().execute(work);
    this.eventsCommitted();
    return result;
  }

  /** Call inside `commit`'s transaction, with the account as it is after the change (before it, for a delete). */
  async record(trx: Db, event: AccountWebhookEvent, account: AccountRow): Promise<void> {
    const now = this.clock().toISOString();
    await insertAccountEvent(trx, {
      project_id: account.project_id,
      event,
      account_id: account.id,
      payload: JSON.stringify(accountEventPayload(event, account, now)),
      created_at: now,
    });
  }
}

/** What a receiver gets, but for `sent_at`, which the dispatcher stamps at each send. */
export function accountEventPayload(event: AccountWebhookEvent, account: AccountRow, now: string): Omit<AccountWebhookPayload, 'sent_at'> {
  const reasons = parseJsonArray(account.status_reasons) as AccountWebhookPayload['status_reasons'] | null;
  return {
    project_id: account.project_id,
    event,
    event_date: now,
    record_type: 'account',
    record_id: account.id,
    account_id: account.id,
    provider: account.provider,
    origin_owner_id: account.origin_owner_id,
    origin_owner_name: account.origin_owner_name,
    origin_username: account.origin_username,
    setup_information: parseStringRecord(account.setup_information),
    // What the change did to the account's health: `invalid` with the provider's refusal, or `active` again.
    status: account.status,
    ...(reasons ? { status_reasons: reasons } : {}),
    first_failed_at: account.first_failed_at ?? null,
  };
}
