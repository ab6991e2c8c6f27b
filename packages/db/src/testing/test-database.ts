import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { inject } from 'vitest';
import type { DatabaseConfig, DialectName, KassaDatabase } from '../kassa-database';
import { migrateToLatest } from '../migrate-to-latest';
import { openDatabase } from '../open-database';
import { postgresUrlKey } from './provided-context';

/** A database of its own for one test suite. */
export interface TestDatabase {
  readonly database: KassaDatabase;
  /** Opens further connections to the same database (a second pool, a second "process"). */
  readonly config: DatabaseConfig;
  /** Closes the connection and deletes the database (the temp file, or DROP DATABASE). */
  dispose(): Promise<void>;
}

/** Options of {@link createTestDatabase}. */
export interface TestDatabaseOptions {
  /** Run all migrations first; true by default. */
  migrate?: boolean;
  /** PostgreSQL pool size; 10 by default. */
  poolSize?: number;
}

/** Whether the run has a PostgreSQL server (false only under KASSA_TEST_POSTGRES=skip). */
export function hasTestPostgres(): boolean {
  return inject(postgresUrlKey) !== null;
}

/**
 * Creates an empty (by default migrated) database: a SQLite file in a fresh temp dir, or a
 * `kassa_test_<random>` database on the run's PostgreSQL server. Call from a test or hook.
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const created = dialect === 'sqlite' ? await createSqlite() : await createPostgres(options.poolSize ?? 10);
  const database = await openDatabase(created.config);
  try {
    if (options.migrate ?? true) await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    await created.remove();
    throw error;
  }
  return {
    database,
    config: created.config,
    async dispose() {
      await database.close();
      await created.remove();
    },
  };
}

interface CreatedDatabase {
  config: DatabaseConfig;
  remove(): Promise<void>;
}

async function createSqlite(): Promise<CreatedDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'kassa-test-'));
  return {
    config: { kind: 'sqlite', file: join(dir, 'kassa.sqlite') },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

async function createPostgres(poolSize: number): Promise<CreatedDatabase> {
  const serverUrl = inject(postgresUrlKey);
  if (serverUrl === null) throw new Error('PostgreSQL is switched off (KASSA_TEST_POSTGRES=skip)');
  const name = `kassa_test_${randomBytes(8).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await onServer(serverUrl, (admin) => sql`create database ${sql.id(name)}`.execute(admin.db));
  return {
    config: { kind: 'postgres', url: url.toString(), poolSize },
    // FORCE ends connections a failed test may have left open (PostgreSQL 13+).
    remove: () =>
      onServer(serverUrl, (admin) =>
        sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db),
      ),
  };
}

async function onServer(serverUrl: string, run: (admin: KassaDatabase) => Promise<unknown>): Promise<void> {
  const admin = await openDatabase({ kind: 'postgres', url: serverUrl, poolSize: 1 });
  try {
    await run(admin);
  } finally {
    await admin.close();
  }
}
