import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { inTransaction } from './in-transaction';
import { createProductRepository } from './product-repository';
import type { StockMovementReason } from './schema';
import { createStockRepository, type StockMovement } from './stock-repository';
import { describeEachDialect, newProductFixture, seedShop } from './testing';

describeEachDialect(
  'stock repository',
  (getDb) => {
    const setup = async () => {
      const { db } = getDb();
      const shop = await seedShop(db);
      const product = await createProductRepository(db).create(newProductFixture(shop.taxClassId));
      const movement = (quantity: number, reason: StockMovementReason, createdAt = 1): StockMovement => ({
        id: randomUUID(),
        storeId: shop.storeId,
        productId: product.id,
        quantity,
        reason,
        refId: null,
        unitCost: null,
        createdAt,
        staffId: shop.staffId,
      });
      return { db, shop, product, movement, stock: createStockRepository(db) };
    };

    it('keeps on hand equal to the sum of a mix of movements, negative included', async () => {
      const { shop, product, movement, stock } = await setup();
      expect(await stock.getOnHand(shop.storeId, product.id)).toBe(0);
      const quantities: Array<[number, StockMovementReason]> = [
        [10_000, 'opening'],
        [-1_000, 'sale'],
        [-350, 'sale'],
        [1_000, 'refund'],
        [24_000, 'receipt'],
        [-40_000, 'adjustment'],
      ];
      let expected = 0;
      for (const [index, [quantity, reason]] of quantities.entries()) {
        expected += quantity;
        expect(await stock.applyMovement(movement(quantity, reason, index))).toBe(expected);
      }
      expect(expected).toBe(-6_350);
      expect(await stock.getOnHand(shop.storeId, product.id)).toBe(expected);
      expect(await stock.recomputeOnHand(shop.storeId, product.id)).toBe(expected);
      expect((await stock.listMovements(shop.storeId, product.id)).map((m) => m.quantity)).toEqual(
        quantities.map(([quantity]) => quantity),
      );
      expect(await stock.listLevels(shop.storeId)).toEqual([
        { productId: product.id, onHand: expected, updatedAt: quantities.length - 1, reorderPoint: null },
      ]);
      expect(await stock.listLevels(shop.storeId, [])).toEqual([]);
      expect(await stock.recomputeOnHand(shop.storeId, 'never-moved')).toBe(0);
    });

    it('stays in step under concurrent movements', async () => {
      const { db, shop, product, movement } = await setup();
      const quantities = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? 5_000 : -1_250));
      await Promise.all(
        quantities.map((quantity) =>
          inTransaction(db, (trx) => createStockRepository(trx).applyMovement(movement(quantity, 'sale'))),
        ),
      );
      const stock = createStockRepository(db);
      const sum = quantities.reduce((a, b) => a + b, 0);
      expect(await stock.getOnHand(shop.storeId, product.id)).toBe(sum);
      expect(await stock.recomputeOnHand(shop.storeId, product.id)).toBe(sum);
    });

    it('rolls the level back with the movement', async () => {
      const { db, shop, product, movement, stock } = await setup();
      await stock.applyMovement(movement(3_000, 'opening'));
      await expect(
        inTransaction(db, async (trx) => {
          await createStockRepository(trx).applyMovement(movement(-1_000, 'sale'));
          throw new Error('sale rejected');
        }),
      ).rejects.toThrow('sale rejected');
      expect(await stock.getOnHand(shop.storeId, product.id)).toBe(3_000);
      expect(await stock.recomputeOnHand(shop.storeId, product.id)).toBe(3_000);
    });

    it('keeps a reorder point beside the level and answers it with every movement', async () => {
      const { shop, product, movement, stock } = await setup();
      // Set before the product ever moved: a level of 0 on hand, which the ledger agrees with.
      await stock.setReorderPoint(shop.storeId, product.id, 5_000, 2);
      expect(await stock.listLevels(shop.storeId, [product.id])).toEqual([
        { productId: product.id, onHand: 0, updatedAt: 2, reorderPoint: 5_000 },
      ]);
      expect(await stock.recomputeOnHand(shop.storeId, product.id)).toBe(0);
      const moved = await stock.applyMovements([movement(8_000, 'receipt', 3), movement(-1_000, 'sale', 4)]);
      expect(moved).toEqual(new Map([[product.id, { onHand: 7_000, reorderPoint: 5_000 }]]));
      // Changing the point leaves on hand alone; null clears it.
      await stock.setReorderPoint(shop.storeId, product.id, 6_000, 5);
      expect(await stock.listReorderPoints(product.id)).toEqual([
        { storeId: shop.storeId, reorderPoint: 6_000 },
      ]);
      expect(await stock.getOnHand(shop.storeId, product.id)).toBe(7_000);
      await stock.setReorderPoint(shop.storeId, product.id, null, 6);
      expect(await stock.listReorderPoints(product.id)).toEqual([]);
      expect(await stock.applyMovements([movement(-1_000, 'sale', 7)])).toEqual(
        new Map([[product.id, { onHand: 6_000, reorderPoint: null }]]),
      );
    });
  },
  { poolSize: 25 },
);
