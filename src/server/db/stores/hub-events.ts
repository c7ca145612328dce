import { takeTurns, type Db } from '../database.js';

export interface NewHubEvent {
  name: string;
  provider: string | null;
  error_code: string | null;
}

/** A session as the funnel reads it. */
export interface FunnelSessionRow {
  id: number;
  provider: string | null;
  categories: string | null;
  created_at: string;
}

/** One distinct (session, step, provider, error code) with the first time it was reported. */
export interface FunnelStepRow {
  session_id: number;
  name: string;
  provider: string | null;
  error_code: string | null;
  first_at: string;
}

/**
 * Stores a session's reported steps, at most `maxPerSession` in all: the count and the insert take turns per
 * session (one transaction), so two racing batches cannot both slip under the cap. Resolves with how many went in.
 */
export async function insertHubEvents(db: Db, projectId: string, sessionId: number, events: readonly NewHubEvent[], at: string, maxPerSession: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await takeTurns(trx, `hub_events:${sessionId}`);
    const { count } = await trx
      .selectFrom('hub_events')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    const room = Math.max(0, maxPerSession - Number(count));
    const kept = events.slice(0, room);
    if (kept.length === 0) return 0;
    await trx
      .insertInto('hub_events')
      .values(kept.map((event) => ({ project_id: projectId, session_id: sessionId, name: event.name, provider: event.provider, error_code: event.error_code, created_at: at })))
      .execute();
    return kept.length;
  });
}

/** The project's sessions created in [from, to] (ISO, inclusive). */
export async function funnelSessions(db: Db, projectId: string, from: string, to: string): Promise<FunnelSessionRow[]> {
  return db
    .selectFrom('connect_sessions')
    .select(['id', 'provider', 'categories', 'created_at'])
    .where('project_id', '=', projectId)
    .where('created_at', '>=', from)
    .where('created_at', '<=', to)
    .execute();
}

/** What those sessions reported, one row per distinct step (a session sending `opened` twice is one row). */
export async function funnelSteps(db: Db, projectId: string, from: string, to: string): Promise<FunnelStepRow[]> {
  const rows = await db
    .selectFrom('hub_events as e')
    .innerJoin('connect_sessions as s', 's.id', 'e.session_id')
    .select(['e.session_id', 'e.name', 'e.provider', 'e.error_code'])
    .select((eb) => eb.fn.min<string>('e.created_at').as('first_at'))
    .where('s.project_id', '=', projectId)
    .where('e.project_id', '=', projectId)
    .where('s.created_at', '>=', from)
    .where('s.created_at', '<=', to)
    .groupBy(['e.session_id', 'e.name', 'e.provider', 'e.error_code'])
    .execute();
  return rows.map((row) => ({ ...row, session_id: Number(row.session_id) }));
}
