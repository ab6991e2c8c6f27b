import { DEFAULT_MIGRATION_TABLE, type Kysely } from 'kysely';
import { migrations } from './migrations';
import type { Schema } from './schema';

/** Which of Kassa's migrations a database has, compared with the ones this Kassa knows. */
export type MigrationStatus = {
  /** Known migrations the database has. */
  readonly applied: readonly string[];
  /** Known migrations it lacks: a database of an older Kassa; the server applies them on start. */
  readonly pending: readonly string[];
  /** Migrations it has that this Kassa does not know: made by a newer Kassa. */
  readonly unknown: readonly string[];
};

/**
 * Reads a database's migration record without changing anything. Null when it has none: not a
 * Kassa database (or an empty one nobody started a server on).
 */
export async function readMigrationStatus(db: Kysely<Schema>): Promise<MigrationStatus | null> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === DEFAULT_MIGRATION_TABLE)) return null;
  const rows = await db
    .withTables<{ [DEFAULT_MIGRATION_TABLE]: { name: string } }>()
    .selectFrom(DEFAULT_MIGRATION_TABLE)
    .select('name')
    .execute();
  const have = new Set(rows.map((row) => row.name));
  const known = Object.keys(migrations).sort();
  return {
    applied: known.filter((name) => have.has(name)),
    pending: known.filter((name) => !have.has(name)),
    unknown: [...have].filter((name) => !(name in migrations)).sort(),
  };
}
