import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import { migrations } from './migrations';
import type { Schema } from './schema';

/**
 * Applies every migration not yet applied, in order, each in its own transaction; concurrent
 * callers (several server processes starting at once) are serialized by Kysely's migration lock.
 * Returns the names applied by this call (empty when already up to date); throws on failure.
 */
export async function migrateToLatest(db: Kysely<Schema>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
  return (results ?? []).filter(isApplied).map((result) => result.migrationName);
}

function isApplied(result: MigrationResult): boolean {
  return result.status === 'Success';
}
