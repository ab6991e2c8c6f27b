import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMigrationStatus } from './migration-status';
import { migrations } from './migrations';
import { openDatabase } from './open-database';
import {
  backUpSqliteDatabase,
  openMigratedSqliteCopy,
  openSqliteReadOnly,
  sqliteIntegrityProblems,
} from './sqlite-backup';
import { openSqliteDatabase } from './sqlite-database';
import { isSqliteDatabaseInUse } from './sqlite-in-use';

describe('SQLite backups', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kassa-sqlite-backup-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('copies a database that is being written, as one self-contained file', async () => {
    const live = await openDatabase({
      kind: 'sqlite',
      file: join(dir, 'kassa.db'),
      backgroundCheckpoints: { onError: () => {} },
    });
    try {
      await sql`create table t (n integer primary key, body blob not null)`.execute(live.db);
      await sql`with recursive s(v) as (select 1 union all select v + 1 from s where v < 500)
        insert into t select v, randomblob(2000) from s`.execute(live.db);
      const target = join(dir, 'copy.sqlite');
      // The server goes on committing while the copy is made; the copy holds one snapshot.
      const writing = (async () => {
        for (let i = 0; i < 50; i++) await sql`insert into t (body) values (randomblob(10))`.execute(live.db);
      })();
      await backUpSqliteDatabase(join(dir, 'kassa.db'), target);
      await writing;
      // Rollback-journal mode (header bytes 18–19 = 1): no -wal is needed to read it.
      expect([...(await readFile(target)).subarray(18, 20)]).toEqual([1, 1]);
      const copy = await openSqliteReadOnly(target);
      try {
        const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(copy.db);
        expect(rows[0]?.n).toBeGreaterThanOrEqual(500);
        expect(rows[0]?.n).toBeLessThanOrEqual(550);
        expect(await sqliteIntegrityProblems(copy.db)).toEqual([]);
      } finally {
        await copy.close();
      }
      await expect(stat(`${target}.partial`)).rejects.toThrow(/ENOENT/);
      await expect(backUpSqliteDatabase(join(dir, 'kassa.db'), target)).rejects.toThrow(/already exists/);
    } finally {
      await live.close();
    }
  });

  it('fails on a source that is no database and leaves no file behind', async () => {
    await writeFile(join(dir, 'junk.db'), 'not a database at all, just text'.repeat(200));
    const target = join(dir, 'copy.sqlite');
    await expect(backUpSqliteDatabase(join(dir, 'junk.db'), target)).rejects.toThrow(/not a database/);
    await expect(stat(target)).rejects.toThrow(/ENOENT/);
    await expect(stat(`${target}.partial`)).rejects.toThrow(/ENOENT/);
  });

  it('finds damaged pages with the integrity check', async () => {
    const file = join(dir, 'kassa.db');
    const database = await openSqliteDatabase(file);
    await sql`create table t (n integer primary key, body text not null)`.execute(database.db);
    await sql`create index t_body on t (body)`.execute(database.db);
    for (let i = 0; i < 200; i++)
      await sql`insert into t (body) values (${`row ${i}`.repeat(20)})`.execute(database.db);
    await database.close();
    const bytes = await readFile(file);
    // Scribble over the middle of the last page (an index or table page, never the header).
    bytes.fill(0x5a, bytes.length - 3000, bytes.length - 1000);
    await writeFile(file, bytes);
    const damaged = await openSqliteReadOnly(file);
    try {
      const problems = await sqliteIntegrityProblems(damaged.db).catch((error: Error) => [error.message]);
      expect(problems.length).toBeGreaterThan(0);
    } finally {
      await damaged.close();
    }
  });

  it('reads the migration record, and checks an older database on a migrated copy', async () => {
    const file = join(dir, 'older.db');
    const older = await openSqliteDatabase(file);
    const names = Object.keys(migrations).sort();
    const previous = names.at(-2) ?? '';
    const migrator = new Migrator({
      db: older.db,
      provider: { getMigrations: async () => ({ ...migrations }) },
    });
    expect((await migrator.migrateTo(previous)).error).toBeUndefined();
    await older.close();

    const readOnly = await openSqliteReadOnly(file);
    try {
      expect(await readMigrationStatus(readOnly.db)).toEqual({
        applied: names.slice(0, -1),
        pending: names.slice(-1),
        unknown: [],
      });
    } finally {
      await readOnly.close();
    }
    const copy = await openMigratedSqliteCopy(file);
    try {
      expect((await readMigrationStatus(copy.db))?.pending).toEqual([]);
    } finally {
      await copy.close();
    }
    // The file itself is left as it was.
    const again = await openSqliteReadOnly(file);
    try {
      expect((await readMigrationStatus(again.db))?.pending).toEqual(names.slice(-1));
    } finally {
      await again.close();
    }
  });

  it('says there is no migration record in a database Kassa never started on', async () => {
    const database = await openSqliteDatabase(join(dir, 'other.db'));
    try {
      await sql`create table notes (body text)`.execute(database.db);
      expect(await readMigrationStatus(database.db)).toBeNull();
    } finally {
      await database.close();
    }
  });

  it('tells whether another connection has the database open', async () => {
    const file = join(dir, 'kassa.db');
    expect(isSqliteDatabaseInUse(file)).toBe(false);
    const database = await openDatabase({
      kind: 'sqlite',
      file,
      backgroundCheckpoints: { onError: () => {} },
    });
    try {
      // A connection locks the file from its first read of it on (a server's migrations read it).
      await sql`create table t (n integer)`.execute(database.db);
      expect(isSqliteDatabaseInUse(file)).toBe(true);
      // Asking did not disturb the owner.
      await sql`insert into t values (1)`.execute(database.db);
      expect(isSqliteDatabaseInUse(file)).toBe(true);
    } finally {
      await database.close();
    }
    expect(isSqliteDatabaseInUse(file)).toBe(false);
  });
});
