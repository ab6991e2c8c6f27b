import { type FileHandle, open } from 'node:fs/promises';

/** Makes a SQLite write-ahead log durable without blocking the event loop. */
export interface WalSync {
  /** Resolves once everything written to the WAL before the call is on stable storage. */
  sync(): Promise<void>;
  /** Releases the file handle; call after the database is closed. */
  close(): Promise<void>;
}

/**
 * Syncs the `-wal` file at `path` with fdatasync in libuv's thread pool: what SQLite itself does
 * inside COMMIT with `synchronous = FULL`, but off the event loop. The handle is opened on first use
 * (the WAL exists once something was written) and kept: SQLite keeps the same file while any
 * connection, this one included, has the database open.
 *
 * QUIRK(wal-sync-failure): after one failed sync every later sync fails too. Linux may drop the
 * unwritten pages with the error, so a later "successful" fdatasync would not prove anything; like
 * PostgreSQL, refuse to confirm writes until a restart recovers from what is really on disk.
 */
export function createWalSync(path: string): WalSync {
  let handle: Promise<FileHandle> | undefined;
  let failure: unknown;
  return {
    async sync() {
      if (failure !== undefined) throw failure;
      try {
        handle ??= open(path, 'r+');
        await (await handle).datasync();
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    async close() {
      const opened = handle;
      handle = undefined;
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
}
