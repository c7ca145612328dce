import type { Db } from '../database.js';
import type { ProjectRow } from '../schema.js';

export async function insertProject(db: Db, project: ProjectRow): Promise<void> {
  await db.insertInto('projects').values(project).execute();
}

export async function findProject(db: Db, projectId: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirst();
}

/** The oldest project: the one a fresh data dir gets. */
export async function findFirstProject(db: Db): Promise<ProjectRow | undefined> {
  return db.selectFrom('projects').selectAll().orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
}

export async function updateProject(db: Db, projectId: string, changes: Partial<Pick<ProjectRow, 'name' | 'allowed_origins' | 'max_link_renewals'>>): Promise<void> {
  // `PATCH /project {}` changes nothing: an UPDATE with no SET columns is not SQL.
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('projects').set(changes).where('id', '=', projectId).execute();
}
