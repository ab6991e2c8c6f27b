import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseConfig, DialectName, KassaDatabase } from '../kassa-database';
import {
  createTestDatabase,
  hasTestPostgres,
  type TestDatabase,
  type TestDatabaseOptions,
} from './test-database';

/** What a dialect suite knows besides its database. */
export interface DialectSuite {
  readonly dialect: DialectName;
  /** Config of the suite's database, to open more connections to it; like `getDb`, not at collection time. */
  config(): DatabaseConfig;
}

/** Options of {@link describeEachDialect}. */
export interface DescribeEachDialectOptions extends TestDatabaseOptions {
  /** Which dialects to run; both by default. Narrow it only for engine-specific behaviour. */
  dialects?: readonly DialectName[];
}

const allDialects: readonly DialectName[] = ['sqlite', 'postgres'];

/**
 * Declares the suite once per dialect (`name [sqlite]`, `name [postgres]`). Each gets its own
 * migrated database, created before its first test and deleted after its last; tests inside a
 * suite share it, so give rows unique ids. `getDb()` works inside tests and hooks only.
 *
 * @example
 * describeEachDialect('sale repository', (getDb) => {
 *   it('records a sale', async () => {
 *     const sales = createSaleRepository(getDb().db);
 *     …
 *   });
 * });
 */
export function describeEachDialect(
  name: string,
  fn: (getDb: () => KassaDatabase, suite: DialectSuite) => void,
  options: DescribeEachDialectOptions = {},
): void {
  for (const dialect of options.dialects ?? allDialects) {
    const skip = dialect === 'postgres' && !hasTestPostgres();
    (skip ? describe.skip : describe)(`${name} [${dialect}]`, () => {
      let current: TestDatabase | undefined;
      const handle = (): TestDatabase => {
        if (!current) throw new Error('the test database exists only inside tests and hooks');
        return current;
      };
      beforeAll(async () => {
        current = await createTestDatabase(dialect, options);
      });
      afterAll(async () => {
        await current?.dispose();
        current = undefined;
      });
      fn(() => handle().database, { dialect, config: () => handle().config });
    });
  }
}
