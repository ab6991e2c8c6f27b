import type { StockLocation, StockValuation } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture, PASSWORDS } from '../testing/test-fixture';

const HOUR = 3_600_000;

describeEachDialect('stock valuation (库存金额)', (getDb) => {
  let f: Fixture;
  let backRoom: StockLocation;
  /** Tokens signed in the next day (the fixture's last 12 hours). */
  const tokens = { owner: '', accountant: '', stock_clerk: '' };
  const value = (query = '', token = tokens.accountant) =>
    f.request('GET', `/api/v1/stores/${f.store.id}/stock-valuation${query}`, { token });

  beforeAll(async () => {
    f = await createFixture(getDb());
    // Cola costs 2.00; apples have no cost.
    const priced = await f.request('PATCH', `/api/v1/products/${f.products.cola}`, {
      token: f.tokens.manager,
      body: { cost: 200 },
    });
    expect(priced.status).toBe(200);
    backRoom = (await (
      await f.request('POST', `/api/v1/stores/${f.store.id}/stock-locations`, {
        token: f.tokens.manager,
        body: { name: '后仓', kind: 'storage' },
      })
    ).json()) as StockLocation;
    const book = async (locationId: string, productId: string, quantity: number) => {
      const response = await f.request('POST', `/api/v1/stores/${f.store.id}/stock-adjustments`, {
        token: f.tokens.stock_clerk,
        body: {
          id: f.id(),
          locationId,
          kind: 'correction',
          reason: '期初',
          lines: [{ productId, quantity }],
        },
      });
      expect(response.status).toBe(201);
    };
    // 2025-01-15: 10 colas on the floor, 5 in the back room, 2 kg of apples on the floor.
    await book(f.store.salesFloorId, f.products.cola, 10_000);
    await book(backRoom.id, f.products.cola, 5_000);
    await book(f.store.salesFloorId, f.products.apple, 2_000);
    // 2025-01-16 06:00: the standard sale (2 colas, 0.350 kg of apples, untracked bread).
    f.tick(20 * HOUR);
    for (const role of ['owner', 'accountant', 'stock_clerk'] as const) {
      const login = await f.request('POST', '/api/v1/auth/login', {
        token: null,
        body: { username: role, password: PASSWORDS[role] },
      });
      tokens[role] = ((await login.json()) as { token: string }).token;
    }
    const sold = await f.request('POST', '/api/v1/sales', { token: tokens.owner, body: f.saleBody() });
    expect(sold.status).toBe(201);
  });

  it('values each location at the costs the goods were booked at, now', async () => {
    const response = await value();
    expect(response.status).toBe(200);
    const valuation = (await response.json()) as StockValuation;
    expect(valuation).toMatchObject({ storeId: f.store.id, asOf: null, currency: 'CNY', total: 2_600 });
    expect(valuation.locations).toEqual([
      { locationId: f.store.salesFloorId, name: '卖场', value: 1_600, products: 2 },
      { locationId: backRoom.id, name: '后仓', value: 1_000, products: 1 },
    ]);
    expect(valuation.items).toContainEqual({
      locationId: f.store.salesFloorId,
      productId: f.products.cola,
      sku: 'COLA-330',
      name: '可口可乐 330ml',
      unit: 'piece',
      onHand: 8_000,
      value: 1_600,
      uncosted: 0,
    });
    // Apples have no cost: on hand, but valued at 0 and said so.
    expect(valuation.items).toContainEqual(
      expect.objectContaining({ productId: f.products.apple, onHand: 1_650, value: 0, uncosted: 1_650 }),
    );
  });

  it('values the stock as it stood at the end of a past business day, and one location alone', async () => {
    const before = (await (await value('?asOf=2025-01-15')).json()) as StockValuation;
    expect(before).toMatchObject({ asOf: '2025-01-15', total: 3_000 });
    expect(
      before.items.find((item) => item.productId === f.products.cola && item.onHand === 10_000),
    ).toBeTruthy();
    const earlier = (await (await value('?asOf=2025-01-14')).json()) as StockValuation;
    expect(earlier).toMatchObject({ total: 0, items: [] });
    const back = (await (await value(`?locationId=${backRoom.id}`)).json()) as StockValuation;
    expect(back.locations).toEqual([{ locationId: backRoom.id, name: '后仓', value: 1_000, products: 1 }]);
    expect(back.items.map((item) => item.locationId)).toEqual([backRoom.id]);
  });

  it('refuses a date that does not exist, an unknown location and a stock clerk', async () => {
    await expectRefused(f.ctx.db, {
      name: 'no such date',
      send: () => value('?asOf=2025-02-30'),
      status: 400,
      code: 'validation_failed',
      path: 'asOf',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown location',
      send: () => value(`?locationId=${f.id()}`),
      status: 404,
      code: 'stock_location_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'a stock clerk (values are at cost)',
      send: () => value('', tokens.stock_clerk),
      status: 403,
      code: 'forbidden',
    });
  });
});
