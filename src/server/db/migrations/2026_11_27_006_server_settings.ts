import type { Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/** Facts about the installation itself, shared by every server on the database (the credential key's check). */
export function serverSettings() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('server_settings')
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('server_settings').execute();
    },
  };
}
