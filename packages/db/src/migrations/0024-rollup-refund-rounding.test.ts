import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { createProductRepository } from '../product-repository';
import type { Schema, UnreceiptedReturnLinesTable } from '../schema';
import { createShiftRepository } from '../shift-repository';
import { createTaxClassRepository } from '../tax-class-repository';
import { describeEachDialect, migrateAllBut, newProductFixture, seedShop } from '../testing';

/** The tables before migration 0024: return lines without tax, rate or cost. */
type Before = Omit<Schema, 'unreceipted_return_lines'> & {
  unreceipted_return_lines: Omit<UnreceiptedReturnLinesTable, 'tax' | 'tax_rate_ppm' | 'unit_cost'>;
};

describeEachDialect(
  'migration 0024 (refund rounding, returns priced)',
  (getDb) => {
    it('fills in the tax and rate of earlier returns as a rebuild took them, and the cost the goods came back at', async () => {
      const { db } = getDb();
      const apply0024 = await migrateAllBut(db, '0024-rollup-refund-rounding');

      const shop = await seedShop(db);
      const reduced = randomUUID();
      await createTaxClassRepository(db).create({ id: reduced, name: '低税率 9%', ratePpm: 90_000 });
      const products = createProductRepository(db);
      const costed = await products.create(newProductFixture(reduced, { cost: 1002, unit: 'kg' }));
      const uncosted = await products.create(newProductFixture(shop.taxClassId, { cost: null }));
      const shiftId = randomUUID();
      await createShiftRepository(db).open({
        id: shiftId,
        storeId: shop.storeId,
        registerId: shop.registerId,
        openedBy: shop.staffId,
        openedAt: 1_736_906_400_000,
        businessDate: '2025-01-15',
        openingFloat: 0,
        openingCount: [],
      });
      const before = db as unknown as Kysely<Before>;
      const returnId = randomUUID();
      await before
        .insertInto('unreceipted_returns')
        .values({
          id: returnId,
          store_id: shop.storeId,
          register_id: shop.registerId,
          shift_id: shiftId,
          staff_id: shop.staffId,
          approved_by: shop.staffId,
          at: 1_736_906_400_000,
          total: 1350,
          tender_kind: 'cash',
          tender_reference: null,
          reason: '顾客没有小票',
          request_hash: 'h',
        })
        .execute();
      await before
        .insertInto('unreceipted_return_lines')
        .values([
          {
            return_id: returnId,
            line_no: 1,
            product_id: uncosted.id,
            name: 'a',
            quantity: 2000,
            unit_price: 350,
            amount: 700,
            damaged: 0,
          },
          {
            return_id: returnId,
            line_no: 2,
            product_id: costed.id,
            name: 'b',
            quantity: 500,
            unit_price: 1299,
            amount: 650,
            damaged: 0,
          },
        ])
        .execute();
      // The goods went back into stock at 9.50/kg; the product costs 10.02 by the time of the upgrade.
      await db
        .insertInto('stock_movements')
        .values({
          id: randomUUID(),
          store_id: shop.storeId,
          location_id: shop.salesFloorId,
          product_id: costed.id,
          quantity: 500,
          reason: 'refund',
          ref_id: returnId,
          unit_cost: 950,
          created_at: 1_736_906_400_000,
          staff_id: shop.staffId,
        })
        .execute();

      expect(await apply0024()).toEqual(['0024-rollup-refund-rounding']);
      const lines = await db
        .selectFrom('unreceipted_return_lines')
        .select(['line_no', 'tax', 'tax_rate_ppm', 'unit_cost'])
        .where('return_id', '=', returnId)
        .orderBy('line_no')
        .execute();
      // 7.00 with 13% in it: 7.00 − 6.19 (6.1946 half-up) = 0.81; 6.50 with 9%: 6.50 − 5.96 = 0.54.
      expect(lines).toEqual([
        { line_no: 1, tax: 81, tax_rate_ppm: 130_000, unit_cost: null },
        { line_no: 2, tax: 54, tax_rate_ppm: 90_000, unit_cost: 950 },
      ]);
      const rollup = await db.selectFrom('sales_rollups').select('refund_rounding').execute();
      expect(rollup).toEqual([]);
    });
  },
  { migrate: false },
);
