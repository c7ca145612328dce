import { sql, type Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/**
 * The dispatcher's two reads, each a walk of an index in the order it asks for:
 * - fan-out reads the events not yet fanned out (`dispatched_at is null`, oldest first) on every account change and
 *   every poll: without the partial index it walked every event ever written (SQLite and PostgreSQL both have them);
 * - the claim reads due pending deliveries by (`next_attempt_at`, `id`): with `id` missing from the index, a backlog
 *   due at one instant (a fan-out batch, an outage's retries) was sorted whole on every claim. The new index
 *   supersedes `webhook_deliveries_due_idx` (status, next_attempt_at), which goes.
 */
export function webhookOutboxIndex() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('account_events_undispatched_idx').on('account_events').column('id').where(sql.ref('dispatched_at'), 'is', null).execute();
      await db.schema.createIndex('webhook_deliveries_claim_idx').on('webhook_deliveries').columns(['status', 'next_attempt_at', 'id']).execute();
      await db.schema.dropIndex('webhook_deliveries_due_idx').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('webhook_deliveries_due_idx').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
      await db.schema.dropIndex('webhook_deliveries_claim_idx').execute();
      await db.schema.dropIndex('account_events_undispatched_idx').execute();
    },
  };
}
