import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createStoreRepository, migrateToLatest, openDatabase, openSqliteReadOnly } from '@kassa/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyStoreJournal } from '../journal/verify-store-journal';
import { describeRestoreError, restoreSqliteBackup } from './restore-backup';
import { openShopWithSales, type ShopWithSales } from './shop-with-sales.fixture';
import { describeBackupWriteError, writeSqliteBackup } from './write-backup';

const NIGHT = Date.parse('2026-11-22T19:30:00Z');
const MORNING = Date.parse('2026-11-23T01:00:00Z');

async function saleIds(file: string): Promise<string[]> {
  const database = await openSqliteReadOnly(file);
  try {
    const rows = await database.db.selectFrom('sales').select('id').orderBy('id').execute();
    return rows.map((row) => row.id);
  } finally {
    await database.close();
  }
}

describe('restoring a SQLite backup', () => {
  let shop: ShopWithSales;
  let backup: string;
  let before: string[];
  let after: string[];
  beforeEach(async () => {
    shop = await openShopWithSales();
    before = await shop.sell(3);
    const written = await writeSqliteBackup({ ...shop, clock: () => NIGHT });
    if (!written.ok) throw new Error(describeBackupWriteError(written.error));
    backup = written.value.file;
    // The day goes on after the backup.
    after = await shop.sell(2);
  });
  afterEach(async () => {
    await shop.dispose();
  });

  it('brings back exactly the backed-up sales, and keeps the replaced database aside', async () => {
    await shop.stop();
    const restored = await restoreSqliteBackup({
      backupFile: backup,
      databaseFile: shop.databaseFile,
      clock: () => MORNING,
    });
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.contents.sales).toBe(3);
    const aside = join(shop.dataDir, 'kassa.db.before-restore-20261123T010000Z');
    expect(restored.value.movedAside).toContain(aside);
    expect(await saleIds(shop.databaseFile)).toEqual([...before].sort());
    expect(await saleIds(aside)).toEqual([...before, ...after].sort());
    // The restored database is one a server starts on: migrated, its journals intact.
    const database = await openDatabase({ kind: 'sqlite', file: shop.databaseFile });
    try {
      expect(await migrateToLatest(database.db)).toEqual([]);
      for (const store of await createStoreRepository(database.db).list()) {
        expect((await verifyStoreJournal(database.db, store.id)).ok).toBe(true);
      }
    } finally {
      await database.close();
    }
  });

  it('refuses while a server has the database open, and changes nothing', async () => {
    const files = await readdir(shop.dataDir);
    const result = await restoreSqliteBackup({
      backupFile: backup,
      databaseFile: shop.databaseFile,
      clock: () => MORNING,
    });
    expect(result.ok || result.error.code).toBe('in_use');
    if (!result.ok) expect(describeRestoreError(result.error)).toMatch(/stop it first, nothing was changed/);
    expect(await readdir(shop.dataDir)).toEqual(files);
    expect(await shop.sell(1)).toHaveLength(1);
  });

  it('refuses a backup that fails verification, and changes nothing', async () => {
    await shop.stop();
    const junk = join(shop.dataDir, 'junk.sqlite');
    await writeFile(junk, 'not a backup'.repeat(1000));
    const result = await restoreSqliteBackup({
      backupFile: junk,
      databaseFile: shop.databaseFile,
      clock: () => MORNING,
    });
    expect(result.ok || result.error.code).toBe('verify_failed');
    expect(await saleIds(shop.databaseFile)).toEqual([...before, ...after].sort());
  });

  it('restores into an empty data directory (a new disk)', async () => {
    const newDisk = join(shop.dataDir, 'new-disk', 'kassa.db');
    const restored = await restoreSqliteBackup({
      backupFile: backup,
      databaseFile: newDisk,
      clock: () => MORNING,
    });
    expect(restored.ok && restored.value.movedAside).toEqual([]);
    expect(await saleIds(newDisk)).toEqual([...before].sort());
  });
});
