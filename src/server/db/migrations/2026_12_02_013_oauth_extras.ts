import type { Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
/**
 * `secrets_ciphertext`: the secret field values bound at an OAuth start (a Docebo-style connector's own client
 * secret, typed by the end user), sealed to the attempt until the code exchange; cleared with the verifier.
 */
export function oauthExtras() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('connection_attempts').addColumn('secrets_ciphertext', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('connection_attempts').dropColumn('secrets_ciphertext').execute();
    },
  };
}
