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
import type { WalSync } from './wal-sync';

/** Config of {@link KassaSqliteDialect}. */
export interface KassaSqliteDialectConfig extends SqliteDialectConfig {
  /**
   * Syncs the database's write-ahead log off the event loop. With it, transactions commit without
   * syncing and then wait for it before they resolve; see {@link KassaSqliteDialect}. The driver
   * closes it when the database is destroyed.
   */
  readonly walSync?: WalSync;
}

/**
 * Kysely's SQLite dialect with three changes for a database that other processes (the CLI, a
 * second server started by mistake) may open too, and that a till writes to all day:
 *
 * - Transactions start with `BEGIN IMMEDIATE`. A deferred transaction that reads and then writes
 *   fails at once with SQLITE_BUSY when another process took the write lock in between
 *   (busy_timeout cannot help there); an immediate one waits its turn.
 * - Migrations run in one transaction, as on PostgreSQL. SQLite's DDL is transactional, but
 *   Kysely's adapter says otherwise, which would leave a half-applied migration after a crash
 *   and let two processes migrate at once.
 * - With `walSync`, a transaction commits with `synchronous = NORMAL` (no fsync inside COMMIT) and
 *   then awaits the WAL sync, still holding the connection: it resolves only once durable, as with
 *   `FULL`, but the event loop serves requests during the millisecond the disk takes, and nobody
 *   in this process reads the rows before they are durable. Statements outside transactions keep
 *   the connection's own `synchronous = FULL`. NORMAL keeps a WAL database consistent; the sync
 *   that follows restores durability.
 */
export class KassaSqliteDialect extends SqliteDialect {
  readonly #config: KassaSqliteDialectConfig;

  constructor(config: KassaSqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new KassaSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

const beginImmediate = CompiledQuery.raw('begin immediate');
const commit = CompiledQuery.raw('commit');
const rollback = CompiledQuery.raw('rollback');
const syncNormal = CompiledQuery.raw('pragma synchronous = normal');
const syncFull = CompiledQuery.raw('pragma synchronous = full');

class KassaSqliteDriver extends SqliteDriver {
  readonly #walSync: WalSync | undefined;
  /** Whether a transaction is open on the (single) connection: a failed sync comes after COMMIT. */
  #inTransaction = false;

  constructor(config: KassaSqliteDialectConfig) {
    super(config);
    this.#walSync = config.walSync;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#walSync) await connection.executeQuery(syncNormal);
    try {
      await connection.executeQuery(beginImmediate);
    } catch (error) {
      // Busy for too long: Kysely rolls back only a transaction that began.
      await this.#restoreFullSync(connection);
      throw error;
    }
    this.#inTransaction = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(commit);
      this.#inTransaction = false;
    } finally {
      await this.#restoreFullSync(connection);
    }
    await this.#walSync?.sync();
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // After a failed WAL sync the transaction is committed already: nothing to roll back.
    if (this.#inTransaction) await connection.executeQuery(rollback);
    this.#inTransaction = false;
    await this.#restoreFullSync(connection);
  }

  async #restoreFullSync(connection: DatabaseConnection): Promise<void> {
    if (this.#walSync) await connection.executeQuery(syncFull);
  }

  override async destroy(): Promise<void> {
    await super.destroy();
    await this.#walSync?.close();
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
