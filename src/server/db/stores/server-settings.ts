import type { Db } from '../database.js';

export async function findSetting(db: Db, name: string): Promise<string | undefined> {
  return (await db.selectFrom('server_settings').select('value').where('name', '=', name).executeTakeFirst())?.value;
}

/** Writes the setting unless it exists; returns the value that is stored afterwards (the first writer's). */
export async function settingOnce(db: Db, name: string, value: string, now: string): Promise<string> {
  await db.insertInto('server_settings').values({ name, value, updated_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute();
  return (await findSetting(db, name)) ?? value;
}

/** Writes the setting, whatever was there. */
export async function putSetting(db: Db, name: string, value: string, now: string): Promise<void> {
  await db
    .insertInto('server_settings')
    .values({ name, value, updated_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value, updated_at: now }))
    .execute();
}
