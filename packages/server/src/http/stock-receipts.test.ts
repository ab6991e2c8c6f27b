import type { Product, StockLocation, StockReceipt } from '@kassa/api';
import { createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('stock receipts (收货入库) and the moving-average cost', (getDb) => {
  let f: Fixture;
  let backRoom: StockLocation;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const created = await f.request('POST', `/api/v1/stores/${f.store.id}/stock-locations`, {
      token: f.tokens.manager,
      body: { name: '后仓', kind: 'storage' },
    });
    backRoom = (await created.json()) as StockLocation;
  });
  const receive = (body: unknown, token = f.tokens.stock_clerk) =>
    f.request('POST', `/api/v1/stores/${f.store.id}/stock-receipts`, { token, body });
  const colaCost = async () =>
    (
      (await (
        await f.request('GET', `/api/v1/products/${f.products.cola}`, { token: f.tokens.manager })
      ).json()) as Product
    ).cost;

  it('books the goods at their cost and moves the product cost by moving average, once', async () => {
    expect(await colaCost()).toBeNull();
    const first = {
      id: f.id(),
      locationId: backRoom.id,
      supplier: '华润饮料',
      reference: 'DN-20250115-01',
      lines: [{ productId: f.products.cola, quantity: 24_000, unitCost: 150 }],
    };
    const received = await receive(first);
    expect(received.status).toBe(201);
    const receipt = (await received.json()) as StockReceipt;
    expect(receipt).toMatchObject({
      id: first.id,
      locationId: backRoom.id,
      supplier: '华润饮料',
      reference: 'DN-20250115-01',
      staffId: f.staffIds.stock_clerk,
      lines: [
        { productId: f.products.cola, quantity: 24_000, unitCost: 150, costBefore: null, costAfter: 150 },
      ],
    });
    expect(await colaCost()).toBe(150);
    expect(await createStockRepository(f.ctx.db).getOnHand(backRoom.id, f.products.cola)).toBe(24_000);

    // 24 at 1.50 held, 12 more at 1.80 to the floor: (36.00 + 21.60) / 36 = 1.60.
    const second = await receive({
      id: f.id(),
      locationId: f.store.salesFloorId,
      lines: [{ productId: f.products.cola, quantity: 12_000, unitCost: 180 }],
    });
    expect(((await second.json()) as StockReceipt).lines[0]).toMatchObject({
      costBefore: 150,
      costAfter: 160,
    });
    expect(await colaCost()).toBe(160);

    // Sent again: the first answer, nothing booked twice; the same id for another receipt is refused.
    expect(await (await receive(first)).json()).toEqual(receipt);
    expect(await createStockRepository(f.ctx.db).getOnHand(backRoom.id, f.products.cola)).toBe(24_000);
    await expectRefused(f.ctx.db, {
      name: 'the same id with another body',
      send: () => receive({ ...first, reference: 'DN-2' }),
      status: 409,
      code: 'idempotency_conflict',
    });

    // A sale now costs its colas at the average.
    const sold = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() });
    expect(sold.status).toBe(201);
    const movements = await createStockRepository(f.ctx.db).listMovements(
      f.store.salesFloorId,
      f.products.cola,
    );
    expect(movements.filter((m) => m.reason === 'sale')).toMatchObject([{ quantity: -2_000, unitCost: 160 }]);
    // Each receipt audited, and each cost it moved as a product change (registers pull it).
    const audit = await f.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['stock.received', 'product.updated'])
      .execute();
    expect(audit.map((row) => row.action).sort()).toEqual([
      'product.updated',
      'product.updated',
      'stock.received',
      'stock.received',
    ]);
  });

  it('refuses bad lines, goods whose stock is not tracked, a closed location and a cashier', async () => {
    const line = { productId: f.products.apple, quantity: 5_000, unitCost: 800 };
    const base = { locationId: f.store.salesFloorId, lines: [line] };
    for (const [name, lines, path] of [
      ['a quantity of 0', [{ ...line, quantity: 0 }], 'lines.0.quantity'],
      ['a negative cost', [{ ...line, unitCost: -1 }], 'lines.0.unitCost'],
      ['a cost with decimals', [{ ...line, unitCost: 7.5 }], 'lines.0.unitCost'],
      ['a product twice', [line, line], 'lines.1.productId'],
      [
        'a line worth more than any amount',
        [{ ...line, quantity: 1_000_000_000, unitCost: 10_000_000_000_000 }],
        'lines.0.unitCost',
      ],
      ['no lines', [], 'lines'],
    ] as const) {
      await expectRefused(f.ctx.db, {
        name,
        send: () => receive({ ...base, id: f.id(), lines }),
        status: 400,
        code: 'validation_failed',
        path,
      });
    }
    await expectRefused(f.ctx.db, {
      name: 'goods whose stock is not tracked',
      send: () => receive({ ...base, id: f.id(), lines: [{ ...line, productId: f.products.bread }] }),
      status: 422,
      code: 'stock_untracked',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown location',
      send: () => receive({ ...base, id: f.id(), locationId: f.id() }),
      status: 404,
      code: 'stock_location_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () => receive({ ...base, id: f.id() }, f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
  });
});
