import { open } from 'node:fs/promises';
import { formatWallClock } from '@kassa/core';
import type { BackupContents, PostgresArchive } from '@kassa/server';

/** The lines that tell a person what a verified SQLite backup holds. */
export function describeContents(contents: BackupContents, timeZone: string): string[] {
  const lastSale =
    contents.lastSaleAt === null ? 'none / 无' : `last at ${formatWallClock(contents.lastSaleAt, timeZone)}`;
  const stores = contents.stores
    .map((store) => `${store.code} ${store.name}: ${store.journalEntries}`)
    .join(', ');
  const lines = [
    `  销售 / sales: ${contents.sales} (${lastSale})`,
    `  流水 / journal entries: ${contents.journalEntries}, every chain intact / 哈希链完好 (${stores})`,
  ];
  if (contents.pendingMigrations > 0) {
    lines.push(
      `  made by an older Kassa / 旧版本备份: ${contents.pendingMigrations} upgrade step(s) run when the server starts on it`,
    );
  }
  return lines;
}

/** The lines that tell a person what a PostgreSQL dump holds, as far as its table of contents says. */
export function describeArchive(archive: PostgresArchive): string[] {
  return [
    `  PostgreSQL dump of ${archive.database ?? '?'}, made ${archive.createdAt ?? '?'}: ${archive.tables} tables`,
    '  (the sales journal is checked after a restore: kassa journal verify)',
  ];
}

/** Whether `file` is a PostgreSQL custom-format dump (it starts with "PGDMP"); else it is taken for SQLite. */
export async function isPostgresDump(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return bytesRead === 5 && buffer.toString('latin1') === 'PGDMP';
  } finally {
    await handle.close();
  }
}
