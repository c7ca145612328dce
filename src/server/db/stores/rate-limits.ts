import { CompiledQuery } from 'kysely';
import { isPostgres, type Db } from '../database.js';

/** What rate-limiter-flexible's PostgreSQL store calls: `query({text, values})` → `{rows, rowCount}`. */
export interface SharedCountClient {
  query(query: { text: string; values?: unknown[] }): Promise<{ rows: unknown[]; rowCount: number }>;
}

/**
 * Where brute-force counts can be shared by every server: on PostgreSQL, a client over the server's own pool
 * (Kysely owns it); on SQLite (one server) none, and the counts stay in memory.
 */
export function sharedCountClient(db: Db): SharedCountClient | undefined {
  if (!isPostgres(db)) return undefined;
  return {
    query: async (query) => {
      const result = await db.executeQuery(CompiledQuery.raw(query.text, query.values ?? []));
      return { rows: result.rows, rowCount: result.rows.length || Number(result.numAffectedRows ?? 0) };
    },
  };
}
