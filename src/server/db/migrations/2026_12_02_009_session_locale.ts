import type { Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/** `locale`: the language the app asked for when it created the session (null: the browser's). */
export function sessionLocale() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('connect_sessions').addColumn('locale', 'varchar(16)').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('connect_sessions').dropColumn('locale').execute();
    },
  };
}
