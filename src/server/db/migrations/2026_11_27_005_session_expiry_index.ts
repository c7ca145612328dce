import type { Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/** The housekeeping sweep deletes long-expired sessions by `expires_at`. */
export function sessionExpiryIndex() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('connect_sessions_expires_idx').on('connect_sessions').column('expires_at').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('connect_sessions_expires_idx').execute();
    },
  };
}
