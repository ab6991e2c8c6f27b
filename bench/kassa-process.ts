import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type KassaProcess = { url: string; dataDir: string; stop(): Promise<void> };

const BUNDLE = join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'kassa.js');

/**
 * Starts the built Kassa (as `npm start` runs it) in its own process on a fresh data directory, so the
 * load generator never shares the server's event loop. With `dataDir` it runs on that directory
 * instead, and leaves it in place when stopped: the caller owns it.
 */
export async function startKassaProcess(options: {
  port: number;
  ownerPassword: string;
  demo: boolean;
  dataDir?: string;
}): Promise<KassaProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kassa-bench-'));
  const args = [
    BUNDLE,
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
      KASSA_LOG_LEVEL: 'warn',
      KASSA_BACKUP: 'off',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${options.port}`;
  const startedAt = performance.now();
  while (performance.now() - startedAt < 120_000) {
    if (child.exitCode !== null) throw new Error(`kassa exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `run` against the built server on `dataDir` (started for it, stopped after, the directory kept). */
export async function withKassaProcess<T>(
  options: { port: number; ownerPassword: string; demo: boolean; dataDir: string },
  run: (url: string) => Promise<T>,
): Promise<T> {
  const kassa = await startKassaProcess(options);
  try {
    return await run(kassa.url);
  } finally {
    await kassa.stop();
  }
}
