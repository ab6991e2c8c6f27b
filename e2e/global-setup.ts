import { startKassaProcess } from '../packages/cli/src/testing/kassa-process';
import { startEmbeddedPostgres } from '../packages/db/src/testing/embedded-postgres-server';
import { E2E } from './e2e-env';

/**
 * Starts the built Kassa (`packages/cli/dist/kassa.js`, as `npm start` does) with the demo store on a
 * fresh SQLite data directory — or on a fresh embedded PostgreSQL with KASSA_E2E_DATABASE=postgres —
 * waits until it is ready (the demo seeded), and stops it after the run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.KASSA_E2E_URL) return async () => {};
  const postgres = E2E.database === 'postgres' ? await startEmbeddedPostgres() : null;
  try {
    const kassa = await startKassaProcess({
      port: E2E.port,
      ownerPassword: E2E.ownerPassword,
      demo: true,
      ...(postgres ? { databaseUrl: postgres.url } : {}),
      env: { KASSA_PUBLIC_URL: E2E.url },
    });
    return async () => {
      await kassa.stop();
      await postgres?.stop();
    };
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
}
