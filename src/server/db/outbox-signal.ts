import pg from 'pg';
import type { Db } from './database.js';
import { postgresUrlOf } from './database.js';
import { OUTBOX_CHANNEL } from './stores/webhook-deliveries.js';

export interface OutboxWatch {
  close(): Promise<void>;
}

export interface OutboxWatchHandlers {
  /** Another server (or this one) committed outbox work (`notifyOutbox`): look now. */
  onSignal: () => void;
  /** The listening connection failed; it is opened again after a pause (the poll covers the gap). */
  onError: (error: unknown) => void;
}

const RECONNECT_MS = 1_000;

/**
 * On PostgreSQL, a connection of its own (not one of the pool's) that `LISTEN`s for `notifyOutbox`, so a commit
 * on any server wakes every server's dispatcher at once instead of at its next poll. The notification names the
 * schema it came from: servers sharing one database in separate schemas ignore each other's. When the connection
 * drops it is opened again, and `onSignal` fires once it is back (what was said meanwhile is lost). On SQLite,
 * one server and its in-process nudge: nothing to watch (undefined).
 */
export function watchOutbox(db: Db, handlers: OutboxWatchHandlers): OutboxWatch | undefined {
  const url = postgresUrlOf(db);
  if (!url) return undefined;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const open = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    client = next;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed || closed) return;
      failed = true;
      handlers.onError(error);
      void next.end().catch(() => undefined);
      retry = setTimeout(() => void open(), RECONNECT_MS);
      retry.unref();
    };
    next.on('error', fail);
    next.on('end', () => fail(new Error('the connection ended')));
    try {
      await next.connect();
      // Named after its schema in pg_stat_activity, so an operator (or a test) can tell which server's watch it is.
      const named = await next.query<{ schema: string }>(
        "select current_schema() as schema, set_config('application_name', 'connect-hub outbox watch ' || current_schema(), false)",
      );
      const schema = named.rows[0]?.schema;
      next.on('notification', (message) => {
        if (message.channel === OUTBOX_CHANNEL && message.payload === schema) handlers.onSignal();
      });
      await next.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (closed) await next.end();
      // Listening from now on: anything committed before it went unheard, so look once.
      else handlers.onSignal();
    } catch (error) {
      fail(error);
    }
  };
  void open();

  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
