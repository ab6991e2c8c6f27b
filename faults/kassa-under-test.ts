import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig, DialectName } from '@kassa/db';
import { inject } from 'vitest';
import { type KassaProcess, startKassaProcess } from '../packages/cli/src/testing/kassa-process';
import { copyOfDemoDatabase } from './demo-template';
import { databaseName, dropDatabase, onPostgresServer } from './postgres-admin';

/** The demo owner's password in every fault test. */
export const OWNER_PASSWORD = 'faults-owner-password';

/**
 * A real Kassa server process on its own data, for one scenario: the demo store on a fresh SQLite
 * data directory, or on a fresh database of the test run's PostgreSQL. It can be killed and
 * started again on the same data any number of times.
 */
export type KassaUnderTest = {
  readonly dialect: DialectName;
  readonly url: string;
  readonly dataDir: string;
  /** Where its data lives, to open it while the server is stopped. */
  readonly database: DatabaseConfig;
  /** Starts it (again) on the same data. */
  start(): Promise<void>;
  /** SIGTERM, as an operator stops it. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown code runs, whatever it was doing. */
  kill(): Promise<void>;
  /** Has `dispose` also run `cleanup` (for data a scenario made beside the server's, e.g. a backup). */
  alsoDispose(cleanup: () => Promise<void>): void;
  /** Ends the process if running and deletes its data. Safe to call twice. */
  dispose(): Promise<void>;
};

/** Sets up the demo store for `dialect` and starts the server on `port` (127.0.0.1). Call from a hook. */
export async function startKassaUnderTest(dialect: DialectName, port: number): Promise<KassaUnderTest> {
  // SQLite: the server seeds the demo into the empty data directory on its first start.
  // PostgreSQL: a copy of the demo store seeded once for the run (see demo-template.ts).
  const serverUrl = dialect === 'postgres' ? inject('postgresUrl') : null;
  if (dialect === 'postgres' && serverUrl === null) throw new Error('PostgreSQL is switched off');
  const databaseUrl = serverUrl === null ? undefined : await copyOfDemoDatabase(serverUrl, OWNER_PASSWORD);
  const dataDir = mkdtempSync(join(tmpdir(), `kassa-faults-${dialect}-`));
  const database: DatabaseConfig =
    databaseUrl === undefined
      ? { kind: 'sqlite', file: join(dataDir, 'kassa.db') }
      : { kind: 'postgres', url: databaseUrl };
  let running: KassaProcess | null = null;
  const cleanups: (() => Promise<void>)[] = [];
  const under: KassaUnderTest = {
    dialect,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    database,
    async start() {
      if (running) throw new Error('kassa is already running');
      running = await startKassaProcess({
        port,
        ownerPassword: OWNER_PASSWORD,
        demo: true,
        dataDir,
        ...(databaseUrl === undefined ? {} : { databaseUrl }),
      });
    },
    async stop() {
      await running?.stop();
      running = null;
    },
    async kill() {
      await running?.kill();
      running = null;
    },
    alsoDispose: (cleanup) => void cleanups.push(cleanup),
    async dispose() {
      try {
        await under.kill();
        for (const cleanup of cleanups.splice(0)) await cleanup();
        if (databaseUrl !== undefined)
          await onPostgresServer(databaseUrl, (admin) => dropDatabase(admin, databaseName(databaseUrl)));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
  try {
    await under.start();
  } catch (error) {
    await under.dispose();
    throw error;
  }
  return under;
}
