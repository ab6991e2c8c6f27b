import { randomUUID } from 'node:crypto';
import { type Kysely, Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { inTransaction } from './in-transaction';
import { migrateToLatest } from './migrate-to-latest';
import { migrations } from './migrations';
import { openDatabase } from './open-database';
import { createProductRepository } from './product-repository';
import { createStockRepository } from './stock-repository';
import { createStoreRepository } from './store-repository';
import {
  createTestDatabase,
  describeEachDialect,
  newProductFixture,
  newStoreFixture,
  seedShop,
} from './testing';

const maxSafe = Number.MAX_SAFE_INTEGER;

describeEachDialect('database', (getDb, suite) => {
  it('is migrated to the latest version, and migrating again changes nothing', async () => {
    expect(await migrateToLatest(getDb().db)).toEqual([]);
    const tables = await getDb().db.introspection.getTables();
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['stores', 'sales', 'events']));
  });

  it('applies every migration, in order, to an empty database', async () => {
    const empty = await createTestDatabase(suite.dialect, { migrate: false });
    try {
      expect(await migrateToLatest(empty.database.db)).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(empty.database.db)).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });

  it('rolls a failing migration back completely', async () => {
    const empty = await createTestDatabase(suite.dialect, { migrate: false });
    const broken = {
      ...migrations,
      '9999-broken': {
        up: async (db: Kysely<unknown>) => {
          await db.schema.createTable('half_done').addColumn('id', 'text').execute();
          throw new Error('migration bug');
        },
      },
    };
    try {
      const migrator = new Migrator({
        db: empty.database.db,
        provider: { getMigrations: async () => broken },
      });
      expect((await migrator.migrateToLatest()).error).toMatchObject({ message: 'migration bug' });
      const tables = (await empty.database.db.introspection.getTables()).map((table) => table.name);
      expect(tables).not.toContain('half_done');
      // Migrations share one transaction, so the good ones before the bug are undone too.
      expect(tables).not.toContain('stores');
      expect(await migrateToLatest(empty.database.db)).toEqual(Object.keys(migrations));
    } finally {
      await empty.dispose();
    }
  });

  it('reads money and quantities up to 2^53 - 1 back as exact numbers', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const product = await createProductRepository(db).create(
      newProductFixture(shop.taxClassId, { price: maxSafe, cost: -maxSafe }),
    );
    expect(product.price).toBe(maxSafe);
    expect(product.cost).toBe(-maxSafe);

    const stock = createStockRepository(db);
    const movement = {
      storeId: shop.storeId,
      locationId: shop.salesFloorId,
      productId: product.id,
      reason: 'opening',
      refId: null,
    } as const;
    const common = { ...movement, unitCost: null, createdAt: 1, staffId: null };
    expect(await stock.applyMovement({ ...common, id: randomUUID(), quantity: maxSafe - 1 })).toBe(
      maxSafe - 1,
    );
    expect(await stock.applyMovement({ ...common, id: randomUUID(), quantity: 1 })).toBe(maxSafe);
    // PostgreSQL sums bigint into numeric: it must still come back as a number.
    expect(await stock.recomputeOnHand(shop.salesFloorId, product.id)).toBe(maxSafe);
  });

  it('leaves nothing behind when a transaction throws, and stays usable', async () => {
    const { db } = getDb();
    const store = newStoreFixture();
    await expect(
      inTransaction(db, async (trx) => {
        await createStoreRepository(trx).create(store);
        throw new Error('cashier pulled the plug');
      }),
    ).rejects.toThrow('cashier pulled the plug');
    expect(await createStoreRepository(db).get(store.id)).toBeUndefined();
    expect(await createStoreRepository(db).create(store)).toMatchObject({ id: store.id });
  });

  it('lets repositories join the caller’s transaction, so they roll back together', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const product = newProductFixture(shop.taxClassId);
    await expect(
      db.transaction().execute(async (trx) => {
        // create() opens no transaction of its own here: it joins trx.
        await createProductRepository(trx).create(product);
        expect(await createProductRepository(trx).get(product.id)).toBeDefined();
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await createProductRepository(db).get(product.id)).toBeUndefined();
    expect(await createProductRepository(db).getByBarcode(product.barcodes[0] ?? '')).toBeUndefined();
  });

  it('enforces foreign keys', async () => {
    const { db } = getDb();
    await expect(
      createProductRepository(db).create(newProductFixture('no-such-tax-class')),
    ).rejects.toThrow();
  });
});

describeEachDialect(
  'sqlite file',
  (getDb, suite) => {
    it('runs in WAL mode with full sync and foreign keys on', async () => {
      const { db } = getDb();
      const pragma = async (name: string) =>
        Object.values(
          (await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(db)).rows[0] ?? {},
        )[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    });

    it('creates missing parent directories', async () => {
      const config = suite.config();
      if (config.kind !== 'sqlite') throw new Error('sqlite suite');
      const nested = await openDatabase({ kind: 'sqlite', file: `${config.file}.d/a/b/kassa.sqlite` });
      await migrateToLatest(nested.db);
      await nested.close();
    });
  },
  { dialects: ['sqlite'] },
);

describeEachDialect(
  'postgres pool',
  (getDb) => {
    it('refuses an int8 beyond 2^53 - 1 instead of rounding it', async () => {
      await expect(sql`select 9007199254740993::int8 as n`.execute(getDb().db)).rejects.toThrow(RangeError);
      const { rows } = await sql<{ n: number }>`select 9007199254740991::int8 as n`.execute(getDb().db);
      expect(rows[0]?.n).toBe(maxSafe);
    });
  },
  { dialects: ['postgres'] },
);

describe('openDatabase', () => {
  it('leaves pg’s global int8 parser alone', async () => {
    const pg = await import('pg');
    expect(pg.default.types.getTypeParser(20)('12')).toBe('12');
  });

  it('fails at once when the server cannot be reached', async () => {
    await expect(
      openDatabase({ kind: 'postgres', url: 'postgres://nobody:x@127.0.0.1:1/none' }),
    ).rejects.toThrow();
  });
});
