import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres-server';
import { postgresUrlKey } from './provided-context';

/**
 * Vitest global setup (wired in the root vitest.config.ts): provides one PostgreSQL server for
 * the whole run, on which each suite creates its own database (see test-database.ts).
 *
 * - KASSA_TEST_DATABASE_URL=postgres://user:pass@host/db uses an existing server (PostgreSQL 13+;
 *   the user needs CREATEDB); nothing is started.
 * - Otherwise an embedded PostgreSQL is started in a temp dir and removed on teardown.
 * - KASSA_TEST_POSTGRES=skip starts nothing and skips the PostgreSQL half of dialect suites;
 *   meant for quick local runs only, never CI.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.KASSA_TEST_POSTGRES === 'skip') {
    project.provide(postgresUrlKey, null);
    return undefined;
  }
  const external = process.env.KASSA_TEST_DATABASE_URL;
  if (external) {
    project.provide(postgresUrlKey, external);
    return undefined;
  }
  const server = await startEmbeddedPostgres();
  project.provide(postgresUrlKey, server.url);
  return () => server.stop();
}
