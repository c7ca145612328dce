import type { Db } from '../database.js';

/** Connector keys a project has switched off (no row = enabled). */
export async function disabledConnectorKeys(db: Db, projectId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('project_connectors')
    .select('connector_key')
    .where('project_id', '=', projectId)
    .where('enabled', '=', 0)
    .execute();
  return new Set(rows.map((r) => r.connector_key));
}

export async function setConnectorEnabled(
  db: Db,
  override: { project_id: string; connector_key: string; enabled: boolean; updated_at: string },
): Promise<void> {
  const values = { ...override, enabled: override.enabled ? 1 : 0 };
  await db
    .insertInto('project_connectors')
    .values(values)
    .onConflict((oc) => oc.columns(['project_id', 'connector_key']).doUpdateSet({ enabled: values.enabled, updated_at: values.updated_at }))
    .execute();
}
