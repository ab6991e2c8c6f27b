import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built server as `npm start` runs it (`npm run build` makes it). */
export const KASSA_BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'kassa.js');

/** How long a start may take before it counts as failed (the demo seeding included). */
const START_TIMEOUT_MS = 120_000;
/** The banner line `kassa start` prints once it is ready (the demo seeded, the server listening). */
const READY_LINE = 'Kassa is running at';

export type KassaProcessOptions = {
  port: number;
  ownerPassword: string;
  demo: boolean;
  /** Where its local data lives; without it a fresh temp directory, removed when the process ends. */
  dataDir?: string;
  /** `postgres://…` to run on that PostgreSQL database instead of the data directory's SQLite file. */
  databaseUrl?: string;
  /** More settings for it, e.g. `KASSA_PUBLIC_URL`. */
  env?: Record<string, string>;
};

export type KassaProcess = {
  url: string;
  dataDir: string;
  /** Stops it as an operator would (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills it as a power cut would (SIGKILL): no shutdown code runs. Waits for it to exit. */
  kill(): Promise<void>;
};

/**
 * Starts the built Kassa in its own process and waits until it is ready (its start banner printed,
 * /api/health answering), so a load generator or a fault test never shares the server's event loop. With `dataDir` it runs on that
 * directory and leaves it in place when it ends (the caller owns it): starting again on the same
 * directory (or database) is a restart.
 * @throws Error when the process exits or is not ready within two minutes (it is killed then).
 */
export async function startKassaProcess(options: KassaProcessOptions): Promise<KassaProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kassa-process-'));
  const args = [
    KASSA_BUNDLE,
    'start',
    '--port',
    String(options.port),
    '--host',
    '127.0.0.1',
    '--data-dir',
    dataDir,
  ];
  if (options.demo) args.push('--demo');
  const child: ChildProcess = spawn(process.execPath, args, {
    env: {
      ...process.env,
      KASSA_OWNER_PASSWORD: options.ownerPassword,
      // Empty counts as unset: a developer's own KASSA_DATABASE_URL must not leak into a SQLite run.
      KASSA_DATABASE_URL: options.databaseUrl ?? '',
      KASSA_LOG_LEVEL: 'warn',
      KASSA_BACKUP: 'off',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Read to the end (an unread pipe would block the server once full); note when the banner is out.
  let printed = '';
  const ready = new Promise<void>((resolve) =>
    child.stdout?.on('data', (chunk: Buffer) => {
      if (printed.length < 100_000) printed += chunk.toString('utf8');
      if (printed.includes(READY_LINE)) resolve();
    }),
  );
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForReady(url, child, ready);
  } catch (error) {
    await end('SIGKILL');
    throw error;
  }
  return { url, dataDir, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/** Until the banner is printed and /api/health answers; throws when the process exits first. */
async function waitForReady(url: string, child: ChildProcess, ready: Promise<void>): Promise<void> {
  let bannerOut = false;
  void ready.then(() => {
    bannerOut = true;
  });
  const startedAt = performance.now();
  while (performance.now() - startedAt < START_TIMEOUT_MS) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`kassa exited with ${child.exitCode ?? child.signalCode} before it was ready`);
    }
    const healthy =
      bannerOut &&
      (await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      ));
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`kassa was not ready at ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

/** Runs `run` against the built server (started for it, stopped after; the data directory is kept). */
export async function withKassaProcess<T>(
  options: KassaProcessOptions & { dataDir: string },
  run: (url: string) => Promise<T>,
): Promise<T> {
  const kassa = await startKassaProcess(options);
  try {
    return await run(kassa.url);
  } finally {
    await kassa.stop();
  }
}
