import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createProductRepository } from '../product-repository';
import { createRunningTotalRepository } from '../running-total-repository';
import { describeEachDialect, migrateAllBut, newProductFixture, seedShop } from '../testing';

describeEachDialect(
  'migration 0027 (running totals without rowid)',
  (getDb, { dialect }) => {
    it('keeps every running total and mark, and the store’s sums read the same after it', async () => {
      const { db } = getDb();
      const apply0027 = await migrateAllBut(db, '0027-running-totals-without-rowid');
      const shop = await seedShop(db);
      const product = await createProductRepository(db).create(newProductFixture(shop.taxClassId));
      const totals = (productId: string, businessDate: string, net: number) => ({
        store_id: shop.storeId,
        product_id: productId,
        business_date: businessDate,
        sales: 1,
        net,
        tax: Math.round(net / 10),
      });
      await db
        .insertInto('product_running_totals')
        .values([totals(product.id, '2025-01-10', 1000), totals(product.id, '2025-01-12', 2500)])
        .execute();
      await db
        .insertInto('product_running_marks')
        .values({ store_id: shop.storeId, valid_before: '2025-01-13' })
        .execute();
      const running = createRunningTotalRepository(db);
      const before = await running.sum([shop.storeId], '2025-01-11', '2025-01-12');

      expect(await apply0027()).toEqual(['0027-running-totals-without-rowid']);
      expect(await running.sum([shop.storeId], '2025-01-11', '2025-01-12')).toEqual(before);
      expect(before.get(product.id)).toMatchObject({ sales: 0, net: 1500, tax: 150 });
      expect(await running.marks([shop.storeId])).toEqual(new Map([[shop.storeId, '2025-01-13']]));
      if (dialect === 'sqlite') {
        const { rows } = await sql<{ sql: string }>`select sql from sqlite_master
          where name = 'product_running_totals'`.execute(db);
        expect(rows[0]?.sql).toMatch(/without rowid$/i);
      }
    });
  },
  { migrate: false },
);
