import type { SqliteDatabase, SqliteStatement } from 'kysely';

const defaultCapacity = 256;

/**
 * Wraps a better-sqlite3 database so that Kysely reuses prepared statements: its driver prepares
 * every query afresh, which costs more than running a small insert. The repositories build a
 * bounded set of query shapes, so a small least-recently-used cache holds all of them.
 */
export function cacheStatements(database: SqliteDatabase, capacity = defaultCapacity): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = statements.get(sql);
      if (cached) {
        // Re-inserting moves it to the end: the Map's order is the recency order.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) {
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      return statement;
    },
  };
}
