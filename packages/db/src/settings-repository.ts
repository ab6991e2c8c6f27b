import type { Kysely } from 'kysely';
import { fromJsonText, toJsonText } from './json-text';
import type { Schema } from './schema';

/** Instance-level settings (e.g. whether the demo data was seeded), as JSON values by key. */
export interface SettingsRepository {
  /** The parsed value, or undefined when the key was never set. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Sets `value` unless the key has one already; answers the value that is set now (the first wins). */
  setIfAbsent(key: string, value: unknown): Promise<unknown>;
  delete(key: string): Promise<void>;
  /** Every setting, by key. */
  list(): Promise<Array<{ key: string; value: unknown }>>;
}

/** Settings on `db`, which may be a transaction. */
export function createSettingsRepository(db: Kysely<Schema>): SettingsRepository {
  return {
    async get(key) {
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      return row === undefined ? undefined : fromJsonText(row.value);
    },
    async set(key, value) {
      const text = toJsonText(value);
      await db
        .insertInto('settings')
        .values({ key, value: text })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
        .execute();
    },
    async setIfAbsent(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value: toJsonText(value) })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return fromJsonText(row.value);
    },
    async delete(key) {
      await db.deleteFrom('settings').where('key', '=', key).execute();
    },
    async list() {
      const rows = await db.selectFrom('settings').selectAll().orderBy('key').execute();
      return rows.map((row) => ({ key: row.key, value: fromJsonText(row.value) }));
    },
  };
}
