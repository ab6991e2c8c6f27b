import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Whether another connection has the SQLite file at `file` open right now, in this process or
 * another: a running Kassa server, its checkpoint thread, or a `kassa` command. A connection to a
 * WAL database holds a shared lock on the file from its first read until it closes (a server reads
 * it at once to migrate, and closes it only when it stops), and the operating system drops the
 * lock when the process dies, so unlike a pid file this cannot go stale. Asks for an exclusive lock without waiting and gives it back at once.
 * False for a missing file, and for a file that is not a database at all (nobody can be using it).
 */
export function isSqliteDatabaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const probe = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('begin exclusive');
    probe.exec('commit');
    return false;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
  } finally {
    probe.close();
  }
}
