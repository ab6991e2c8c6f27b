import type { StockCount } from '@kassa/api';
import { createCategoryRepository, createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect(
  'stock counts (盘点): several counters, blind, snapshots per line, posted once',
  (getDb) => {
    let f: Fixture;
    let drinks: string;
    beforeAll(async () => {
      f = await createFixture(getDb());
      drinks = f.id();
      await createCategoryRepository(f.ctx.db).create({
        id: drinks,
        name: '饮料',
        parentId: null,
        sortOrder: 1,
        color: null,
      });
      await f.request('PATCH', `/api/v1/products/${f.products.cola}`, {
        token: f.tokens.manager,
        body: { categoryId: drinks },
      });
      // 24 colas at 1.50 and 5 kg of apples at 8.00 on the floor.
      await f.request('POST', `/api/v1/stores/${f.store.id}/stock-receipts`, {
        token: f.tokens.stock_clerk,
        body: {
          id: f.id(),
          locationId: f.store.salesFloorId,
          lines: [
            { productId: f.products.cola, quantity: 24_000, unitCost: 150 },
            { productId: f.products.apple, quantity: 5_000, unitCost: 800 },
          ],
        },
      });
    });
    const onHand = (productId: string) =>
      createStockRepository(f.ctx.db).getOnHand(f.store.salesFloorId, productId);
    const start = (body: object, token = f.tokens.manager) =>
      f.request('POST', `/api/v1/stores/${f.store.id}/stock-counts`, {
        token,
        body: { id: f.id(), locationId: f.store.salesFloorId, ...body },
      });
    const tally = (countId: string, token: string, entries: object[]) =>
      f.request('PUT', `/api/v1/stock-counts/${countId}/entries`, { token, body: { entries } });
    const view = async (countId: string, token: string) =>
      (await (await f.request('GET', `/api/v1/stock-counts/${countId}`, { token })).json()) as StockCount;
    const act = (countId: string, action: 'post' | 'cancel' | 'recount', body?: object) =>
      f.request('POST', `/api/v1/stock-counts/${countId}/${action}`, {
        token: f.tokens.manager,
        ...(body ? { body } : {}),
      });

    it('adds up two counters, hides what is expected from them, and posts the difference at the time counted', async () => {
      const started = await start({ note: '月末盘点' });
      expect(started.status).toBe(201);
      const count = (await started.json()) as StockCount;
      expect(count).toMatchObject({
        number: 1,
        status: 'counting',
        blind: true,
        startedBy: f.staffIds.manager,
      });

      await tally(count.id, f.tokens.stock_clerk, [{ productId: f.products.cola, quantity: 11_000 }]);
      await tally(count.id, f.tokens.stock_clerk, [{ productId: f.products.cola, quantity: 10_000 }]); // corrected
      f.tick(60_000);
      await tally(count.id, f.tokens.owner, [{ productId: f.products.cola, quantity: 12_000 }]);
      // A sale of 2 colas (and 0.350 kg of apples) after they were counted: the shelf had 22, now 20.
      expect(
        (await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() })).status,
      ).toBe(201);

      const blind = await view(count.id, f.tokens.stock_clerk);
      expect(blind.lines).toEqual([
        expect.objectContaining({
          sku: 'COLA-330',
          counted: 22_000,
          expected: null,
          variance: null,
          varianceValue: null,
        }),
      ]);
      expect(blind.lines[0]?.tallies.map((t) => [t.staffId, t.quantity])).toEqual([
        [f.staffIds.stock_clerk, 10_000],
        [f.staffIds.owner, 12_000],
      ]);
      const seen = await view(count.id, f.tokens.manager);
      expect(seen.lines.map((l) => [l.sku, l.counted, l.expected, l.variance, l.varianceValue])).toEqual([
        ['COLA-330', 22_000, 24_000, -2_000, -300],
        // Nobody counted the apples: they would post as 0.
        ['APPLE', null, 4_650, -4_650, -3720],
      ]);
      expect(seen.varianceValue).toBe(-4020);
      expect(Object.keys(seen.staffNames).sort()).toEqual(
        [f.staffIds.manager, f.staffIds.stock_clerk, f.staffIds.owner].sort(),
      );

      const posted = await act(count.id, 'post');
      expect(posted.status).toBe(200);
      expect((await posted.json()) as StockCount).toMatchObject({
        status: 'posted',
        postedBy: f.staffIds.manager,
      });
      expect([await onHand(f.products.cola), await onHand(f.products.apple)]).toEqual([20_000, 0]);
      const movements = await createStockRepository(f.ctx.db).listMovements(
        f.store.salesFloorId,
        f.products.cola,
      );
      expect(movements.filter((m) => m.reason === 'count')).toMatchObject([
        { quantity: -2_000, unitCost: 150 },
      ]);
      expect(
        (await view(count.id, f.tokens.manager)).lines.map((l) => [l.sku, l.counted, l.variance]),
      ).toEqual([
        ['COLA-330', 22_000, -2_000],
        ['APPLE', 0, -4_650],
      ]);
      await expectRefused(f.ctx.db, {
        name: 'posting it twice',
        send: () => act(count.id, 'post'),
        status: 409,
        code: 'stock_count_closed',
      });
      await expectRefused(f.ctx.db, {
        name: 'counting after it was posted',
        send: () => tally(count.id, f.tokens.stock_clerk, [{ productId: f.products.cola, quantity: 1 }]),
        status: 409,
        code: 'stock_count_closed',
      });
    });

    it('counts one category, recounts on request, one count per location at a time, cancelled without a trace', async () => {
      const count = (await (await start({ categoryId: drinks, blind: false })).json()) as StockCount;
      await expectRefused(f.ctx.db, {
        name: 'a second count of the same location',
        send: () => start({}),
        status: 409,
        code: 'stock_count_in_progress',
      });
      await expectRefused(f.ctx.db, {
        name: 'a product of another category',
        send: () => tally(count.id, f.tokens.stock_clerk, [{ productId: f.products.apple, quantity: 1_000 }]),
        status: 422,
        code: 'stock_count_out_of_scope',
      });
      await tally(count.id, f.tokens.stock_clerk, [{ productId: f.products.cola, quantity: 5_000 }]);
      // Not blind: the counter sees the difference too.
      expect((await view(count.id, f.tokens.stock_clerk)).lines).toMatchObject([
        { expected: 20_000, variance: -15_000 },
      ]);
      const recounted = (await (
        await act(count.id, 'recount', { productIds: [f.products.cola] })
      ).json()) as StockCount;
      expect(recounted.lines).toMatchObject([{ sku: 'COLA-330', counted: null, expected: 20_000 }]);
      await tally(count.id, f.tokens.stock_clerk, [{ productId: f.products.cola, quantity: 20_000 }]);
      expect((await view(count.id, f.tokens.manager)).lines).toMatchObject([
        { counted: 20_000, variance: 0 },
      ]);

      const before = await createStockRepository(f.ctx.db).listMovements(
        f.store.salesFloorId,
        f.products.cola,
      );
      expect(((await (await act(count.id, 'cancel')).json()) as StockCount).status).toBe('cancelled');
      expect(
        await createStockRepository(f.ctx.db).listMovements(f.store.salesFloorId, f.products.cola),
      ).toEqual(before);
      expect((await start({})).status).toBe(201);
    });

    it('refuses an unknown category or location, and counts started or posted by those who may not', async () => {
      await expectRefused(f.ctx.db, {
        name: 'an unknown category',
        send: () => start({ categoryId: f.id() }),
        status: 400,
        code: 'validation_failed',
        path: 'categoryId',
      });
      await expectRefused(f.ctx.db, {
        name: 'an unknown location',
        send: () => start({ locationId: f.id() }),
        status: 404,
        code: 'stock_location_not_found',
      });
      await expectRefused(f.ctx.db, {
        name: 'a clerk starting a count',
        send: () => start({}, f.tokens.stock_clerk),
        status: 403,
        code: 'forbidden',
      });
      await expectRefused(f.ctx.db, {
        name: 'a cashier reading counts',
        send: () =>
          f.request('GET', `/api/v1/stores/${f.store.id}/stock-counts`, { token: f.tokens.cashier }),
        status: 403,
        code: 'forbidden',
      });
      const page = (await (
        await f.request('GET', `/api/v1/stores/${f.store.id}/stock-counts`, { token: f.tokens.stock_clerk })
      ).json()) as { items: { number: number; status: string; counted: number }[] };
      expect(page.items.map((c) => [c.number, c.status, c.counted])).toEqual([
        [3, 'counting', 0],
        [2, 'cancelled', 1],
        [1, 'posted', 2],
      ]);
    });
  },
);
