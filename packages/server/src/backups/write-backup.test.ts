import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from '@kassa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0 } from '../testing/test-fixture';
import { backupFileName } from './backup-file-name';
import { openShopWithSales, type ShopWithSales } from './shop-with-sales.fixture';
import { describeBackupProblem, verifySqliteBackup } from './verify-backup';
import { describeBackupWriteError, writeSqliteBackup } from './write-backup';

const NIGHT = Date.parse('2026-11-22T19:30:00Z');

/** Changes one journal entry of the database at `file` the way a hand with a SQLite tool would. */
async function tamperWithJournal(file: string, refId: string): Promise<void> {
  const database = await openDatabase({ kind: 'sqlite', file });
  try {
    const entry = await database.db
      .selectFrom('journal_entries')
      .select(['store_id', 'seq', 'payload'])
      .where('ref_id', '=', refId)
      .executeTakeFirstOrThrow();
    const payload = { ...(JSON.parse(entry.payload) as Record<string, unknown>), total: 1 };
    await database.db
      .updateTable('journal_entries')
      .set({ payload: JSON.stringify(payload) })
      .where('store_id', '=', entry.store_id)
      .where('seq', '=', entry.seq)
      .execute();
  } finally {
    await database.close();
  }
}

describe('writing and verifying SQLite backups', () => {
  let shop: ShopWithSales;
  let sales: string[];
  beforeAll(async () => {
    shop = await openShopWithSales();
    sales = await shop.sell(3);
  });
  afterAll(async () => {
    await shop.dispose();
  });

  it('backs up the running shop, and verify tells what the backup holds', async () => {
    const written = await writeSqliteBackup({
      databaseFile: shop.databaseFile,
      backupsDir: shop.backupsDir,
      clock: () => NIGHT,
      timeZone: 'Asia/Shanghai',
    });
    if (!written.ok) throw new Error(describeBackupWriteError(written.error));
    expect(written.value.file).toBe(join(shop.backupsDir, 'kassa-20261122T193000Z.sqlite'));
    const journal = await shop.database.db
      .selectFrom('journal_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const expected = {
      stores: [{ code: shop.f.store.code, name: shop.f.store.name, journalEntries: journal.n }],
      sales: 3,
      // The fixture's clock moved a minute before each sale.
      lastSaleAt: T0 + 3 * 60_000,
      journalEntries: journal.n,
      pendingMigrations: 0,
    };
    expect(written.value.contents).toEqual(expected);
    expect(await verifySqliteBackup(written.value.file)).toEqual({ ok: true, value: expected });
    // Still selling after the backup: it held no lock.
    expect(await shop.sell(1)).toHaveLength(1);
  });

  it('fails a copy that was cut short, saying so', async () => {
    const good = join(shop.backupsDir, 'kassa-20261122T193000Z.sqlite');
    const bytes = await readFile(good);
    const cut = join(shop.dataDir, 'cut.sqlite');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await verifySqliteBackup(cut);
    if (result.ok) throw new Error('a half backup verified');
    expect(['unreadable', 'corrupt']).toContain(result.error.code);
    expect(describeBackupProblem(result.error)).toMatch(/cut short|damaged/);
  });

  it('fails a file that is no database, and one that is missing', async () => {
    const text = join(shop.dataDir, 'notes.sqlite');
    await writeFile(text, 'shopping list: rice, oil, 2 kg of apples\n'.repeat(100));
    const result = await verifySqliteBackup(text);
    expect(result.ok || result.error.code).toBe('unreadable');
    const missing = await verifySqliteBackup(join(shop.dataDir, 'nowhere.sqlite'));
    expect(missing.ok || missing.error.code).toBe('unreadable');
  });

  it('fails a backup whose journal was edited, naming the store and the entry', async () => {
    const tampered = join(shop.dataDir, 'tampered.sqlite');
    await copyFile(join(shop.backupsDir, 'kassa-20261122T193000Z.sqlite'), tampered);
    await tamperWithJournal(tampered, sales[1] ?? '');
    const seq = await shop.database.db
      .selectFrom('journal_entries')
      .select('seq')
      .where('ref_id', '=', sales[1] ?? '')
      .executeTakeFirstOrThrow();
    const result = await verifySqliteBackup(tampered);
    expect(result).toEqual({
      ok: false,
      error: { code: 'journal_broken', store: shop.f.store.code, brokenAt: seq.seq, reason: 'hash_mismatch' },
    });
    if (!result.ok)
      expect(describeBackupProblem(result.error)).toMatch(/journal of store .* broken at entry #/);
  });

  it('fails a SQLite database that Kassa did not make', async () => {
    const other = join(shop.dataDir, 'other.sqlite');
    const database = await openDatabase({ kind: 'sqlite', file: other });
    await database.db.schema.createTable('notes').addColumn('body', 'text').execute();
    await database.close();
    const result = await verifySqliteBackup(other);
    expect(result.ok || result.error.code).toBe('not_kassa');
  });
});

describe('a backup that fails verification', () => {
  it('is deleted, the error says why, and the older backups stay', async () => {
    const shop = await openShopWithSales();
    try {
      const [sale] = await shop.sell(1);
      const first = await writeSqliteBackup({ ...shop, clock: () => NIGHT });
      expect(first.ok).toBe(true);
      await tamperWithJournal(shop.databaseFile, sale ?? '');
      const second = await writeSqliteBackup({ ...shop, clock: () => NIGHT + 86_400_000 });
      if (second.ok) throw new Error('a broken journal was backed up as good');
      expect(second.error.code).toBe('verify_failed');
      expect(describeBackupWriteError(second.error)).toMatch(
        /failed verification and was deleted: the sales journal/,
      );
      expect(await readdir(shop.backupsDir)).toEqual(['kassa-20261122T193000Z.sqlite']);
    } finally {
      await shop.dispose();
    }
  });
});

describe('retention after a backup', () => {
  it('keeps exactly 7 daily, 4 weekly and 12 monthly backups, and files it did not name', async () => {
    const shop = await openShopWithSales();
    try {
      const DAY = 86_400_000;
      // A year and a bit of nightly backups before tonight's (placeholders: only their names count).
      await mkdir(shop.backupsDir, { recursive: true });
      for (let day = 1; day <= 400; day++) {
        await writeFile(join(shop.backupsDir, backupFileName(NIGHT - day * DAY, 'sqlite')), '');
      }
      await writeFile(join(shop.backupsDir, 'before-upgrade.sqlite'), '');
      // Counted on UTC's calendar here, so the dates below read as the names do.
      const written = await writeSqliteBackup({ ...shop, clock: () => NIGHT, timeZone: 'UTC' });
      if (!written.ok) throw new Error(describeBackupWriteError(written.error));
      expect(written.value.pruned).toHaveLength(401 - 21);
      expect((await readdir(shop.backupsDir)).sort()).toEqual(
        [
          'before-upgrade.sqlite',
          // Daily: tonight (Sunday 22 November) and the six nights before.
          ...['22', '21', '20', '19', '18', '17', '16'].map((day) => `kassa-202611${day}T193000Z.sqlite`),
          // Weekly: the Sundays of the three ISO weeks before.
          ...['15', '08', '01'].map((day) => `kassa-202611${day}T193000Z.sqlite`),
          // Monthly: the last night of each of the eleven months before November.
          ...['20261031', '20260930', '20260831', '20260731', '20260630', '20260531', '20260430'].map(
            (date) => `kassa-${date}T193000Z.sqlite`,
          ),
          ...['20260331', '20260228', '20260131', '20251231'].map((date) => `kassa-${date}T193000Z.sqlite`),
        ].sort(),
      );
    } finally {
      await shop.dispose();
    }
  });
});
