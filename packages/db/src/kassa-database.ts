import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** Which database engine a {@link KassaDatabase} runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig =
  | {
      kind: 'sqlite';
      file: string;
      /**
       * Checkpoint the write-ahead log from a worker thread instead of inside the COMMIT that
       * crosses SQLite's threshold (see `startWalCheckpointer`): for the long-running server. A
       * failed checkpoint is reported here; the next one retries.
       */
      backgroundCheckpoints?: { onError: (message: string) => void };
    }
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
