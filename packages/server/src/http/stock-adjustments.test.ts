import type { StockAdjustment, StockLocation } from '@kassa/api';
import { createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('stock adjustments (报损, corrections)', (getDb) => {
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
  const adjust = (body: unknown, token = f.tokens.stock_clerk) =>
    f.request('POST', `/api/v1/stores/${f.store.id}/stock-adjustments`, { token, body });
  const onHand = (locationId: string, productId = f.products.cola) =>
    createStockRepository(f.ctx.db).getOnHand(locationId, productId);

  it('a correction brings goods onto the books, a write-off takes them off with the reason, once', async () => {
    const found = await adjust({
      id: f.id(),
      locationId: f.store.salesFloorId,
      kind: 'correction',
      reason: '盘点发现多出一箱',
      lines: [
        { productId: f.products.cola, quantity: 24_000 },
        { productId: f.products.apple, quantity: 5_250 },
      ],
    });
    expect(found.status).toBe(201);
    const colaBefore = await onHand(f.store.salesFloorId);

    const body = {
      id: f.id(),
      locationId: f.store.salesFloorId,
      kind: 'write_off',
      reason: '包装破损',
      lines: [{ productId: f.products.cola, quantity: 2_000 }],
    };
    const written = await adjust(body);
    expect(written.status).toBe(201);
    const adjustment = (await written.json()) as StockAdjustment;
    expect(adjustment).toMatchObject({
      id: body.id,
      storeId: f.store.id,
      locationId: f.store.salesFloorId,
      kind: 'write_off',
      reason: '包装破损',
      staffId: f.staffIds.stock_clerk,
      lines: [{ productId: f.products.cola, quantity: -2_000 }],
    });
    expect(await onHand(f.store.salesFloorId)).toBe(colaBefore - 2_000);
    const [movement] = (
      await createStockRepository(f.ctx.db).listMovements(f.store.salesFloorId, f.products.cola)
    ).filter((m) => m.refId === body.id);
    expect(movement).toMatchObject({
      quantity: -2_000,
      reason: 'write_off',
      staffId: f.staffIds.stock_clerk,
    });

    // Sent again (the answer was lost): the first result, nothing booked twice.
    const again = await adjust(body);
    expect(await again.json()).toEqual(adjustment);
    expect(await onHand(f.store.salesFloorId)).toBe(colaBefore - 2_000);
    await expectRefused(f.ctx.db, {
      name: 'the same id with another body',
      send: () => adjust({ ...body, reason: '过期' }),
      status: 409,
      code: 'idempotency_conflict',
    });

    const events = await f.ctx.db.selectFrom('events').select('type').where('ref_id', '=', body.id).execute();
    expect(events.map((e) => e.type)).toEqual(['stock.adjusted']);
    const audit = await f.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['stock.adjusted']);
  });

  it('refuses taking more than is on hand, closed or unknown locations, untracked goods and bad input', async () => {
    const line = { productId: f.products.cola, quantity: 1_000 };
    const base = { locationId: backRoom.id, kind: 'write_off', reason: '损坏', lines: [line] };
    await expectRefused(f.ctx.db, {
      name: 'a write-off of goods that are not there',
      send: () => adjust({ ...base, id: f.id() }),
      status: 422,
      code: 'stock_below_zero',
    });
    await expectRefused(f.ctx.db, {
      name: 'a correction down below zero',
      send: () => adjust({ ...base, id: f.id(), kind: 'correction', lines: [{ ...line, quantity: -1_000 }] }),
      status: 422,
      code: 'stock_below_zero',
    });
    await expectRefused(f.ctx.db, {
      name: 'a negative write-off',
      send: () => adjust({ ...base, id: f.id(), lines: [{ ...line, quantity: -1_000 }] }),
      status: 400,
      code: 'validation_failed',
      path: 'lines.0.quantity',
    });
    await expectRefused(f.ctx.db, {
      name: 'a quantity of 0',
      send: () => adjust({ ...base, id: f.id(), lines: [{ ...line, quantity: 0 }] }),
      status: 400,
      code: 'validation_failed',
      path: 'lines.0.quantity',
    });
    await expectRefused(f.ctx.db, {
      name: 'an absurd quantity',
      send: () => adjust({ ...base, id: f.id(), kind: 'correction', lines: [{ ...line, quantity: 2e9 }] }),
      status: 400,
      code: 'validation_failed',
      path: 'lines.0.quantity',
    });
    await expectRefused(f.ctx.db, {
      name: 'a product twice',
      send: () => adjust({ ...base, id: f.id(), lines: [line, line] }),
      status: 400,
      code: 'validation_failed',
      path: 'lines.1.productId',
    });
    await expectRefused(f.ctx.db, {
      name: 'no reason',
      send: () => adjust({ ...base, id: f.id(), reason: '  ' }),
      status: 400,
      code: 'validation_failed',
      path: 'reason',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown location',
      send: () => adjust({ ...base, id: f.id(), locationId: f.id() }),
      status: 404,
      code: 'stock_location_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'goods whose stock is not tracked',
      send: () =>
        adjust({
          ...base,
          id: f.id(),
          kind: 'correction',
          lines: [{ productId: f.products.bread, quantity: 1 }],
        }),
      status: 422,
      code: 'stock_untracked',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown product',
      send: () =>
        adjust({ ...base, id: f.id(), kind: 'correction', lines: [{ productId: f.id(), quantity: 1 }] }),
      status: 404,
      code: 'product_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () => adjust({ ...base, id: f.id(), kind: 'correction' }, f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
    const closed = await f.request('POST', `/api/v1/stores/${f.store.id}/stock-locations`, {
      token: f.tokens.manager,
      body: { name: '旧仓', kind: 'storage' },
    });
    const old = (await closed.json()) as StockLocation;
    await f.request('PATCH', `/api/v1/stock-locations/${old.id}`, {
      token: f.tokens.manager,
      body: { active: false },
    });
    await expectRefused(f.ctx.db, {
      name: 'a closed location',
      send: () => adjust({ ...base, id: f.id(), kind: 'correction', locationId: old.id }),
      status: 409,
      code: 'stock_location_closed',
    });
  });

  it('a write-off that takes the sales floor below the reorder point tells the owner', async () => {
    const set = await f.request('PATCH', `/api/v1/products/${f.products.apple}`, {
      token: f.tokens.manager,
      body: { reorderPoints: [{ storeId: f.store.id, reorderPoint: 5_000 }] },
    });
    expect(set.status).toBe(200);
    const id = f.id();
    // 5.250 kg on hand: 0.500 kg of bruised apples go, 4.750 kg stay, below the 5 kg point.
    const written = await adjust({
      id,
      locationId: f.store.salesFloorId,
      kind: 'write_off',
      reason: '碰伤',
      lines: [{ productId: f.products.apple, quantity: 500 }],
    });
    expect(written.status).toBe(201);
    const alerts = await f.ctx.db
      .selectFrom('alerts')
      .select(['kind', 'details_json'])
      .where('ref_id', '=', id)
      .execute();
    expect(alerts.map((a) => [a.kind, JSON.parse(a.details_json)])).toEqual([
      ['low_stock', { productId: f.products.apple, name: '红富士苹果', onHand: 4_750, reorderPoint: 5_000 }],
    ]);
  });
});
