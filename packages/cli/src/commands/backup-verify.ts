import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  describeBackupProblem,
  describePostgresBackupError,
  postgresToolsOf,
  verifyPostgresDump,
  verifySqliteBackup,
} from '@kassa/server';
import type { CliIo } from '../cli-io';
import { describeArchive, describeContents, isPostgresDump } from './backup-report';
import { machineTimeZone } from './data-location';
import { parseFlagsAndFile } from './file-argument';

export const BACKUP_VERIFY_HELP = `Usage: kassa backup verify FILE

校验备份 / Check a backup without changing it: a SQLite backup must open, pass SQLite's integrity
check, be a Kassa database no newer than this Kassa, and every store's sales journal (流水) must
verify; prints what it holds. Exits with 1 when the backup cannot be trusted.

A PostgreSQL dump (.dump) is checked with pg_restore --list: it must read back; its journal is
checked after a restore, with kassa journal verify.

  -h, --help      show this help`;

const FLAGS = { help: { type: 'boolean', short: 'h' } } as const;

/** `kassa backup verify FILE`: 0 when the backup verifies, 1 when not. */
export async function backupVerifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const file = resolve(parseFlagsAndFile(args, FLAGS).file);
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.err(`没有找到文件 / No such file: ${file}`);
    return 1;
  }
  if (await isPostgresDump(file)) {
    const archive = await verifyPostgresDump(file, postgresToolsOf(io.env));
    if (!archive.ok) {
      io.out(`BROKEN / 备份无效 ${file}: ${describePostgresBackupError(archive.error)}`);
      return 1;
    }
    io.out(`OK / 备份可读 ${file}`);
    for (const line of describeArchive(archive.value)) io.out(line);
    return 0;
  }
  const verified = await verifySqliteBackup(file);
  if (!verified.ok) {
    io.out(`BROKEN / 备份无效 ${file}: ${describeBackupProblem(verified.error)}`);
    return 1;
  }
  io.out(`OK / 备份完好 ${file}`);
  for (const line of describeContents(verified.value, machineTimeZone())) io.out(line);
  return 0;
}
