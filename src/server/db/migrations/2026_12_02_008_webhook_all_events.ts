import { sql, type Kysely } from 'kysely';

// Frozen: once shipped, a migration never changes; later changes get a new dated file.
// The event names are spelled out, not imported: this migration means the three types there were when it shipped.
const EVENTS_AT_THE_TIME = ['account.created', 'account.updated', 'account.deleted'];
const EVERY_EVENT = '["*"]';

/**
 * Endpoints stored the event list they were created with, so a new event type never reached an endpoint that
 * had asked for every event. `["*"]` now says "every event type, present and future"; an endpoint subscribed
 * to each type there was is converted to it. An explicit subset stays as it is.
 */
export function webhookAllEvents() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const rows = await sql<{ id: string; events: string }>`select id, events from webhook_endpoints`.execute(db);
      for (const row of rows.rows) {
        if (!namesEvery(row.events)) continue;
        await sql`update webhook_endpoints set events = ${EVERY_EVENT} where id = ${row.id}`.execute(db);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await sql`update webhook_endpoints set events = ${JSON.stringify(EVENTS_AT_THE_TIME)} where events = ${EVERY_EVENT}`.execute(db);
    },
  };
}

function namesEvery(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && EVENTS_AT_THE_TIME.every((event) => value.includes(event));
  } catch {
    return false;
  }
}
