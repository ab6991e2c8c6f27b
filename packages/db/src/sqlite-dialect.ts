import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/**
 * Kysely's SQLite dialect with two changes for a database that other processes (the CLI, a
 * second server started by mistake) may open too:
 *
 * - Transactions start with `BEGIN IMMEDIATE`. A deferred transaction that reads and then writes
 *   fails at once with SQLITE_BUSY when another process took the write lock in between
 *   (busy_timeout cannot help there); an immediate one waits its turn.
 * - Migrations run in one transaction, as on PostgreSQL. SQLite's DDL is transactional, but
 *   Kysely's adapter says otherwise, which would leave a half-applied migration after a crash
 *   and let two processes migrate at once.
 */
export class KassaSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
