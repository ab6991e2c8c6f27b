/** What a backup file holds: a SQLite database, or a PostgreSQL custom-format dump (`pg_dump -Fc`). */
export type BackupKind = 'sqlite' | 'postgres';

const EXTENSION: Readonly<Record<BackupKind, string>> = { sqlite: 'sqlite', postgres: 'dump' };

const PATTERN = /^kassa-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.(sqlite|dump)$/;

/**
 * The name of a backup taken at `at` (epoch ms): `kassa-20261122T031500Z.sqlite` (UTC, to the
 * second), so names sort by time and say when in any time zone.
 */
export function backupFileName(at: number, kind: BackupKind): string {
  return `kassa-${utcStamp(at)}.${EXTENSION[kind]}`;
}

/** `20261122T031500Z`: an instant (epoch ms) to the second, UTC, as Kassa's file names carry it. */
export function utcStamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * When a backup was taken and what it holds, from its file name; null for any other name (files a
 * person put in the backups folder, never touched by retention).
 */
export function parseBackupFileName(name: string): { readonly at: number; readonly kind: BackupKind } | null {
  const match = PATTERN.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2026-02-30 over into March: such a name was not written by Kassa.
  if (backupFileName(at, 'sqlite').slice(0, 22) !== name.slice(0, 22)) return null;
  return { at, kind: match[7] === 'dump' ? 'postgres' : 'sqlite' };
}
