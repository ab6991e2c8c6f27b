import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  describePostgresBackupError,
  describeRestoreError,
  postgresToolsOf,
  restorePostgresDump,
  restoreSqliteBackup,
} from '@kassa/server';
import type { CliIo } from '../cli-io';
import { describeArchive, describeContents, isPostgresDump } from './backup-report';
import { dataLocationOf, machineTimeZone } from './data-location';
import { parseFlagsAndFile } from './file-argument';

export const RESTORE_HELP = `Usage: kassa restore FILE [--data-dir DIR]

恢复备份 / Put a backup in place of the database. Stop the Kassa server first: a SQLite database
that is open is refused. The backup is verified first (see kassa backup verify) and refused if it
fails; the database it replaces, with its -wal and -shm files, is kept beside it as
kassa.db.before-restore-<UTC time>. Start the server again afterwards: registers then send the
sales still waiting in their outbox.

  --data-dir DIR  where the SQLite database lives; default KASSA_DATA_DIR or ./kassa-data
  -h, --help      show this help

With KASSA_DATABASE_URL set, FILE must be a pg_dump -Fc dump (kassa backup makes them); it replaces
the database's contents with pg_restore --clean --if-exists --no-owner --single-transaction, which
keeps nothing of what it replaces: run kassa backup first. Stop every Kassa server first.`;

const FLAGS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `kassa restore FILE`: 0 when restored, 1 when the database was left as it was. */
export async function restoreCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseFlagsAndFile(args, FLAGS);
  const file = resolve(parsed.file);
  const { database } = dataLocationOf(parsed.flags['data-dir'], io.env);
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.err(`没有找到文件 / No such file: ${file}`);
    return 1;
  }
  const dump = await isPostgresDump(file);
  if (dump !== (database.kind === 'postgres')) {
    io.err(
      dump
        ? '这是 PostgreSQL 备份 / This is a PostgreSQL dump, but Kassa is set up for SQLite here: set KASSA_DATABASE_URL to restore it. Nothing was changed.'
        : '数据库是 PostgreSQL / Kassa is set up for PostgreSQL (KASSA_DATABASE_URL), but this is not a pg_dump -Fc dump. Nothing was changed.',
    );
    return 1;
  }
  if (database.kind === 'postgres') {
    const restored = await restorePostgresDump({ url: database.url, file, tools: postgresToolsOf(io.env) });
    if (!restored.ok) {
      io.err(
        `恢复失败 / Restore failed, nothing was changed: ${describePostgresBackupError(restored.error)}`,
      );
      return 1;
    }
    io.out(`已恢复 / Restored ${file} into the PostgreSQL database`);
    for (const line of describeArchive(restored.value)) io.out(line);
    io.out(NEXT_STEPS);
    return 0;
  }
  const restored = await restoreSqliteBackup({
    backupFile: file,
    databaseFile: database.file,
    clock: Date.now,
  });
  if (!restored.ok) {
    io.err(`恢复失败 / Restore refused: ${describeRestoreError(restored.error)}`);
    return 1;
  }
  io.out(`已恢复 / Restored ${file} as ${database.file}`);
  for (const line of describeContents(restored.value.contents, machineTimeZone())) io.out(line);
  if (restored.value.movedAside.length > 0) {
    io.out(`  原数据库已保留 / the database it replaced is kept as: ${restored.value.movedAside.join(', ')}`);
  }
  io.out(NEXT_STEPS);
  return 0;
}

// Registers drop an outbox entry once the server acknowledged it: only what they still hold comes back.
const NEXT_STEPS =
  '请重新启动 Kassa / Now start Kassa again (kassa start): registers then send the sales still waiting in their outbox. ' +
  'See docs/operations.md for what a backup cannot bring back.';
