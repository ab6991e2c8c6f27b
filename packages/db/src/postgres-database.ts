import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig, KassaDatabase } from './kassa-database';
import type { Schema } from './schema';

const int8Oid = 20;
const numericOid = 1700;
const defaultPoolSize = 10;

/**
 * Parses int8 to a JS number instead of pg's default string, so money and counters read the same
 * on both dialects. Refuses values a double cannot hold exactly rather than corrupting them.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} exceeds 2^53 - 1`);
  return value;
}

/** Scoped to this pool: pg's global `types.setTypeParser` would leak into every other pg user. */
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    // sum() over bigint is numeric in PostgreSQL; it still holds whole minor units here.
    if (oid === int8Oid) return parseInt8;
    if (oid === numericOid) return Number;
    return pg.types.getTypeParser(oid, format);
  },
};

/** Opens a pool of connections to PostgreSQL, failing fast when the server cannot be reached. */
export async function openPostgresDatabase(
  config: Extract<DatabaseConfig, { kind: 'postgres' }>,
): Promise<KassaDatabase> {
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? defaultPoolSize, types });
  // An idle client's error is emitted on the pool; unhandled, it would crash the process.
  pool.on('error', (error) => config.onIdleError?.(error));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
