import type { ReorderRule, ReorderSuggestions, Supplier } from '@kassa/api';
import { addDays } from '@kassa/core';
import { createRollupRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('reorder rules and suggestions (补货建议)', (getDb) => {
  let f: Fixture;
  let fresh: Supplier;
  let cheap: Supplier;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const supplier = async (body: object) =>
      (await (
        await f.request('POST', '/api/v1/suppliers', { token: f.tokens.manager, body })
      ).json()) as Supplier;
    const offer = (s: Supplier, productId: string, body: object) =>
      f.request('PUT', `/api/v1/suppliers/${s.id}/products/${productId}`, { token: f.tokens.manager, body });
    fresh = await supplier({ name: '鲜果批发', leadTimeDays: 2 });
    cheap = await supplier({ name: '华润饮料', leadTimeDays: 5 });
    await offer(fresh, f.products.cola, { unitCost: 150, packSize: 24_000 });
    await offer(cheap, f.products.cola, { unitCost: 140, packSize: 12_000 });
    await offer(fresh, f.products.apple, { unitCost: 800, packSize: 1_000 });
    // 10 colas and 1 kg of apples on the floor.
    await f.request('POST', `/api/v1/stores/${f.store.id}/stock-receipts`, {
      token: f.tokens.stock_clerk,
      body: {
        id: f.id(),
        locationId: f.store.salesFloorId,
        lines: [
          { productId: f.products.cola, quantity: 10_000, unitCost: 150 },
          { productId: f.products.apple, quantity: 1_000, unitCost: 800 },
        ],
      },
    });
    // Apples sold 0.350 kg a day, net of refunds, the ten days before today (2025-01-15).
    await createRollupRepository(f.ctx.db).add(
      Array.from({ length: 10 }, (_, i) => ({
        storeId: f.store.id,
        businessDate: addDays('2025-01-14', -i),
        dimension: 'product' as const,
        key: f.products.apple,
        measures: i === 3 ? { items: 700, refund_items: 350 } : { items: 350 },
      })),
    );
  });
  const suggestions = async (query = '') =>
    (await (
      await f.request('GET', `/api/v1/stores/${f.store.id}/reorder-suggestions${query}`, {
        token: f.tokens.accountant,
      })
    ).json()) as ReorderSuggestions;
  const setRule = (
    productId: string,
    body: object,
    locationId = f.store.salesFloorId,
    token = f.tokens.stock_clerk,
  ) => f.request('PUT', `/api/v1/stock-locations/${locationId}/reorder-rules/${productId}`, { token, body });

  it('orders by the reorder rule, or by the forecast over lead time and a week, from the cheapest supplier', async () => {
    const rule = await setRule(f.products.cola, { reorderPoint: 12_000, reorderQuantity: 18_000 });
    expect((await rule.json()) as ReorderRule).toEqual({
      locationId: f.store.salesFloorId,
      productId: f.products.cola,
      reorderPoint: 12_000,
      reorderQuantity: 18_000,
    });
    const found = await suggestions();
    expect(found).toMatchObject({ locationId: f.store.salesFloorId, coverDays: 7 });
    expect(
      found.items.map((i) => [i.sku, i.basis, i.quantity, i.supplierName, i.unitCost, i.packSize]),
    ).toEqual([
      // 10 held, point 12: 18 lifts it above; in cases of 12 from the cheaper supplier, 24.
      ['COLA-330', 'reorder_point', 24_000, '华润饮料', 140, 12_000],
      // 0.350 kg a day over 2 + 7 days is 3.150 kg; 1 kg held: 2.150, in whole kilograms 3.
      ['APPLE', 'forecast', 3_000, '鲜果批发', 800, 1_000],
    ]);
    expect(found.items[1]).toMatchObject({
      onHand: 1_000,
      onOrder: 0,
      forecastDemand: 3_150,
      leadTimeDays: 2,
    });
  });

  it('counts what open purchase orders still bring, drafts included', async () => {
    await f.request('POST', `/api/v1/stores/${f.store.id}/purchase-orders`, {
      token: f.tokens.manager,
      body: {
        id: f.id(),
        supplierId: cheap.id,
        locationId: f.store.salesFloorId,
        lines: [{ productId: f.products.cola, quantity: 24_000, unitCost: 140, packSize: 12_000 }],
      },
    });
    expect((await suggestions()).items.map((i) => i.sku)).toEqual(['APPLE']);
  });

  it('refuses a reorder quantity of 0, untracked goods, unknown places and those who may not', async () => {
    await expectRefused(f.ctx.db, {
      name: 'a reorder quantity of 0',
      send: () => setRule(f.products.cola, { reorderPoint: 1_000, reorderQuantity: 0 }),
      status: 400,
      code: 'validation_failed',
      path: 'reorderQuantity',
    });
    await expectRefused(f.ctx.db, {
      name: 'goods whose stock is not tracked',
      send: () => setRule(f.products.bread, { reorderPoint: 1_000, reorderQuantity: null }),
      status: 422,
      code: 'stock_untracked',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown location',
      send: () => setRule(f.products.cola, { reorderPoint: 1_000, reorderQuantity: null }, f.id()),
      status: 404,
      code: 'stock_location_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () =>
        setRule(
          f.products.cola,
          { reorderPoint: 1_000, reorderQuantity: null },
          f.store.salesFloorId,
          f.tokens.cashier,
        ),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'suggestions for an unknown location',
      send: () =>
        f.request('GET', `/api/v1/stores/${f.store.id}/reorder-suggestions?locationId=${f.id()}`, {
          token: f.tokens.manager,
        }),
      status: 404,
      code: 'stock_location_not_found',
    });
  });
});
