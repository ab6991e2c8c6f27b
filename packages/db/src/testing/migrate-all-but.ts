import { type Kysely, Migrator } from 'kysely';
import { migrations } from '../migrations';
import type { Schema } from '../schema';

/**
 * Applies every migration but `name`, so a test can write the rows `name` transforms with today's
 * repositories (which may need later tables); the answer applies `name` last, out of order, and
 * answers the names applied.
 */
export async function migrateAllBut(db: Kysely<Schema>, name: string): Promise<() => Promise<string[]>> {
  const all = { ...migrations };
  const others = Object.fromEntries(Object.entries(all).filter(([other]) => other !== name));
  const first = new Migrator({ db, provider: { getMigrations: async () => others } });
  const { error } = await first.migrateToLatest();
  if (error !== undefined) throw error;
  return async () => {
    const last = new Migrator({
      db,
      provider: { getMigrations: async () => all },
      allowUnorderedMigrations: true,
    });
    const result = await last.migrateToLatest();
    if (result.error !== undefined) throw result.error;
    return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  };
}
