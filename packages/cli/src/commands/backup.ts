import { existsSync } from 'node:fs';
import {
  backupsDirOf,
  describeBackupWriteError,
  describePostgresBackupError,
  dumpPostgres,
  postgresToolsOf,
  writeSqliteBackup,
} from '@kassa/server';
import type { CliIo } from '../cli-io';
import { parseFlags } from '../parse-flags';
import { describeArchive, describeContents } from './backup-report';
import { dataLocationOf, machineTimeZone } from './data-location';

export const BACKUP_HELP = `Usage: kassa backup [--data-dir DIR]

备份数据库 / Back up the database now, while the server keeps running, into DIR/backups as
kassa-<UTC time>.sqlite; check the copy (integrity, sales journal) and print what it holds. Old
backups beyond 7 daily, 4 weekly and 12 monthly are deleted. The server also does this every night
(KASSA_BACKUP_AT, default 03:30; KASSA_BACKUP=off to stop).

  --data-dir DIR  where the SQLite database lives; default KASSA_DATA_DIR or ./kassa-data
  -h, --help      show this help

With KASSA_DATABASE_URL set, runs pg_dump -Fc into DIR/backups as kassa-<UTC time>.dump instead
(KASSA_PG_DUMP=path/to/pg_dump, else pg_dump on the PATH; its version must not be older than the server's).`;

const FLAGS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `kassa backup`: 0 when a backup was written and verified, 1 when not. */
export async function backupCommand(args: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, FLAGS);
  const { dataDir, database } = dataLocationOf(flags['data-dir'], io.env);
  const backupsDir = backupsDirOf(dataDir);
  const timeZone = machineTimeZone();
  if (database.kind === 'postgres') {
    const tools = postgresToolsOf(io.env);
    const dumped = await dumpPostgres({ url: database.url, tools, backupsDir, clock: Date.now, timeZone });
    if (!dumped.ok) {
      io.err(`备份失败 / Backup failed: ${describePostgresBackupError(dumped.error)}`);
      return 1;
    }
    io.out(`备份完成 / Backup written: ${dumped.value.file}`);
    for (const line of describeArchive(dumped.value.archive)) io.out(line);
    reportPruned(dumped.value.pruned, io);
    return 0;
  }
  if (!existsSync(database.file)) {
    io.err(`没有找到 Kassa 数据 / No Kassa database at ${database.file}`);
    return 1;
  }
  const written = await writeSqliteBackup({
    databaseFile: database.file,
    backupsDir,
    clock: Date.now,
    timeZone,
  });
  if (!written.ok) {
    io.err(`备份失败 / Backup failed: ${describeBackupWriteError(written.error)}`);
    return 1;
  }
  io.out(`备份完成 / Backup written and verified: ${written.value.file}`);
  for (const line of describeContents(written.value.contents, timeZone)) io.out(line);
  reportPruned(written.value.pruned, io);
  return 0;
}

function reportPruned(pruned: readonly string[], io: CliIo): void {
  if (pruned.length > 0) io.out(`  已删除旧备份 / old backups deleted by retention: ${pruned.join(', ')}`);
}
