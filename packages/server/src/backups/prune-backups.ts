import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type BackupKind, parseBackupFileName } from './backup-file-name';
import { backupsToKeep } from './backup-retention';

/** The backups of one kind in `dir` (by their Kassa names), newest first; none when `dir` is missing. */
export async function listBackups(
  dir: string,
  kind: BackupKind,
): Promise<{ readonly name: string; readonly at: number }[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const backups: { name: string; at: number }[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (parsed?.kind === kind) backups.push({ name, at: parsed.at });
  }
  return backups.sort((a, b) => b.at - a.at);
}

/**
 * Deletes the backups of `kind` in `dir` that {@link backupsToKeep} does not keep (on the calendar
 * of `timeZone`), and returns their names. Files not named like Kassa's backups (a copy someone put
 * there) are never touched, nor is `justWritten` (after the clock was set back it would not be the
 * newest).
 */
export async function pruneBackups(
  dir: string,
  kind: BackupKind,
  timeZone: string,
  justWritten: string,
): Promise<string[]> {
  const backups = await listBackups(dir, kind);
  const keep = new Set(backupsToKeep(backups, timeZone));
  const deleted: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup) || backup.name === justWritten) continue;
    await rm(join(dir, backup.name), { force: true });
    deleted.push(backup.name);
  }
  return deleted;
}
