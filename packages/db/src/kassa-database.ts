import type { Kysely } from 'kysely';
import { openPostgresDatabase } from './postgres-database';
import type { Schema } from './schema';
import { openSqliteDatabase } from './sqlite-database';

/** Which database engine a {@link KassaDatabase} runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'postgres';
      url: string;
      /** Maximum pooled connections; 10 by default. */
      poolSize?: number;
      /**
       * Told about errors on idle pooled connections (e.g. the server restarted); the pool has
       * already discarded the connection. Without it such errors are ignored.
       */
      onIdleError?: (error: Error) => void;
    };

/** An open database: the query builder, which engine it is, and how to release it. */
export interface KassaDatabase {
  readonly db: Kysely<Schema>;
  readonly dialect: DialectName;
  /** Closes the file or drains the pool; the `db` is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * Opens (but does not migrate: see `migrateToLatest`) the database the config names. SQLite files
 * are created with their parent directory when missing.
 */
export function openDatabase(config: DatabaseConfig): Promise<KassaDatabase> {
  switch (config.kind) {
    case 'sqlite':
      return openSqliteDatabase(config.file);
    case 'postgres':
      return openPostgresDatabase(config);
  }
}
