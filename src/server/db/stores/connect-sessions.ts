import type { Db } from '../database.js';
import type { ConnectSessionRow, NewConnectSessionRow, ProjectRow } from '../schema.js';

export async function insertConnectSession(db: Db, session: NewConnectSessionRow): Promise<ConnectSessionRow> {
  return db.insertInto('connect_sessions').values(session).returningAll().executeTakeFirstOrThrow();
}

/**
 * The session of a token and its project, in one read: every hub request starts here. (A session never outlives
 * its project: `connect_sessions.project_id` cascades on delete.)
 */
export async function findConnectSessionByTokenHash(db: Db, tokenHash: string): Promise<{ session: ConnectSessionRow; project: ProjectRow } | undefined> {
  const row = await db
    .selectFrom('connect_sessions')
    .innerJoin('projects', 'projects.id', 'connect_sessions.project_id')
    .selectAll('connect_sessions')
    .select([
      'projects.name as project_name',
      'projects.organization_id as project_organization_id',
      'projects.allowed_origins as project_allowed_origins',
      'projects.created_at as project_created_at',
      'projects.max_link_renewals as project_max_link_renewals',
    ])
    .where('connect_sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { project_name, project_organization_id, project_allowed_origins, project_created_at, project_max_link_renewals, ...session } = row;
  return {
    session,
    project: {
      id: session.project_id,
      name: project_name,
      organization_id: project_organization_id,
      allowed_origins: project_allowed_origins,
      created_at: project_created_at,
      max_link_renewals: project_max_link_renewals,
    },
  };
}

export async function findConnectSession(db: Db, projectId: string, id: number): Promise<ConnectSessionRow | undefined> {
  return db
    .selectFrom('connect_sessions')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Deletes sessions that expired before `cutoff` (ISO); their connection attempts go with them (cascade). */
export async function deleteSessionsExpiredBefore(db: Db, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('connect_sessions').where('expires_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
