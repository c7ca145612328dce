import type { Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/**
 * `sending_until`: set while an attempt is in flight (the end of its lease), cleared when its outcome is
 * written. A manual redelivery of a delivery being sent is refused instead of sending it twice.
 */
export function webhookDeliveryLease() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('webhook_deliveries').addColumn('sending_until', 'varchar(40)').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('webhook_deliveries').dropColumn('sending_until').execute();
    },
  };
}
