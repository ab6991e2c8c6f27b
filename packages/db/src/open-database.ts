import type { DatabaseConfig, KassaDatabase } from './kassa-database';
import { openPostgresDatabase } from './postgres-database';
import { openSqliteDatabase } from './sqlite-database';

/**
 * Opens (but does not migrate: see `migrateToLatest`) the database the config names. SQLite files
 * are created with their parent directory when missing.
 */
export function openDatabase(config: DatabaseConfig): Promise<KassaDatabase> {
  switch (config.kind) {
    case 'sqlite':
      return openSqliteDatabase(config.file, config.backgroundCheckpoints);
    case 'postgres':
      return openPostgresDatabase(config);
  }
}
