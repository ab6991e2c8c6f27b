import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E } from './e2e-env';

/**
 * Starts the built Kassa (`packages/cli/dist/kassa.js`, as `npm start` does) with the demo store on a
 * fresh SQLite data directory, waits for /api/health, and stops it after the run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.KASSA_E2E_URL) return async () => {};
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-'));
  const server: ChildProcess = spawn(
    process.execPath,
    [
      'packages/cli/dist/kassa.js',
      'start',
      '--demo',
      '--port',
      String(E2E.port),
      '--host',
      '127.0.0.1',
      '--data-dir',
      dataDir,
    ],
    {
      env: {
        ...process.env,
        KASSA_OWNER_PASSWORD: E2E.ownerPassword,
        KASSA_PUBLIC_URL: E2E.url,
        KASSA_BACKUP: 'off',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<never>((_, reject) =>
    server.once('exit', (code) => reject(new Error(`kassa exited early with code ${code}`))),
  );
  await Promise.race([waitForHealth(`${E2E.url}/api/health`, 180_000), exited]);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Kassa did not become healthy at ${url}`);
}
