export {
  type DescribeEachDialectOptions,
  type DialectSuite,
  describeEachDialect,
} from './describe-each-dialect';
export { newProductFixture, newSaleFixture, newStoreFixture, type ShopFixture, seedShop } from './fixtures';
export { migrateAllBut } from './migrate-all-but';
export {
  createTestDatabase,
  hasTestPostgres,
  type TestDatabase,
  type TestDatabaseOptions,
} from './test-database';
