import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Copies the write-ahead log back into the database file from its own thread. */
export interface WalCheckpointer {
  /** Stops the thread and closes its connection; call before the main connection closes. */
  stop(): Promise<void>;
}

/** How often the thread checkpoints; the WAL holds at most about this much of the day's writes. */
const INTERVAL_MS = 200;

// Runs in the worker, as CommonJS (`eval`): its own connection to the same file, checkpointing
// PASSIVE (never blocks the writer or readers) and syncing the database file after each copy.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
const db = new Database(workerData.file);
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage({ error: String(error) }); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints the SQLite file at `file` every {@link INTERVAL_MS} from a worker thread, so the
 * connection that writes sales never stops for a checkpoint: copying pages and syncing the database
 * file took several milliseconds inside a COMMIT now and then, which is what the slowest sales
 * waited for (ADR 0003). The writer keeps a large `wal_autocheckpoint` as a backstop; it then finds
 * almost nothing left to copy. `onError` hears about a checkpoint that failed (the next one retries).
 */
export function startWalCheckpointer(file: string, onError: (message: string) => void): WalCheckpointer {
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, betterSqlite3: require.resolve('better-sqlite3'), intervalMs: INTERVAL_MS },
  });
  worker.on('message', (message: { error: string }) => onError(message.error));
  worker.on('error', (error) => onError(String(error)));
  // A checkpointer alone must not keep the process alive.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
  };
}
