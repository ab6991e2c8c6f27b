import type { StockLocation } from '@kassa/api';
import { createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('stock locations (库位)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const list = async (token: string) => {
    const response = await f.request('GET', `/api/v1/stores/${f.store.id}/stock-locations`, { token });
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: StockLocation[] }).items;
  };
  const create = (body: unknown, token = f.tokens.stock_clerk) =>
    f.request('POST', `/api/v1/stores/${f.store.id}/stock-locations`, { token, body });
  const update = (id: string, body: unknown, token = f.tokens.stock_clerk) =>
    f.request('PATCH', `/api/v1/stock-locations/${id}`, { token, body });

  it('a store starts with its sales floor; a stock clerk adds a back room and a damaged shelf', async () => {
    expect(await list(f.tokens.stock_clerk)).toEqual([
      {
        id: f.store.salesFloorId,
        storeId: f.store.id,
        name: '卖场',
        kind: 'sales_floor',
        active: true,
        createdAt: expect.any(Number),
      },
    ]);
    const backRoom = await create({ name: ' 后仓 ', kind: 'storage' });
    expect(backRoom.status).toBe(201);
    expect(await backRoom.json()).toMatchObject({ name: '后仓', kind: 'storage', active: true });
    expect((await create({ name: '残次品', kind: 'damaged' })).status).toBe(201);
    // The sales floor first, then by name.
    expect((await list(f.tokens.accountant)).map((l) => l.name)).toEqual(['卖场', '后仓', '残次品']);
    const audit = await f.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_type', '=', 'stock_location')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['stock_location.created', 'stock_location.created']);
  });

  it('refuses a second location of the same name, a second sales floor, and a cashier', async () => {
    await expectRefused(f.ctx.db, {
      name: 'a name the store has',
      send: () => create({ name: '后仓', kind: 'storage' }),
      status: 409,
      code: 'stock_location_name_taken',
    });
    await expectRefused(f.ctx.db, {
      name: 'a second sales floor',
      send: () => create({ name: '二号卖场', kind: 'sales_floor' }),
      status: 400,
      code: 'validation_failed',
      path: 'kind',
    });
    await expectRefused(f.ctx.db, {
      name: 'an empty name',
      send: () => create({ name: '', kind: 'storage' }),
      status: 400,
      code: 'validation_failed',
      path: 'name',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () => create({ name: '冷库', kind: 'storage' }, f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
  });

  it('renames a location, and closes it only when nothing is on hand there; never the sales floor', async () => {
    const [, backRoom] = await list(f.tokens.manager);
    if (!backRoom) throw new Error('no back room');
    const renamed = await update(backRoom.id, { name: '后仓 A' });
    expect(await renamed.json()).toMatchObject({ id: backRoom.id, name: '后仓 A', active: true });

    await createStockRepository(f.ctx.db).applyMovement({
      id: f.id(),
      storeId: f.store.id,
      locationId: backRoom.id,
      productId: f.products.cola,
      quantity: 12_000,
      reason: 'receipt',
      refId: null,
      unitCost: 150,
      createdAt: f.ctx.clock(),
      staffId: null,
    });
    await expectRefused(f.ctx.db, {
      name: 'closing a location with goods',
      send: () => update(backRoom.id, { active: false }),
      status: 409,
      code: 'stock_location_not_empty',
    });
    await expectRefused(f.ctx.db, {
      name: 'closing the sales floor',
      send: () => update(f.store.salesFloorId, { active: false }),
      status: 409,
      code: 'sales_floor_in_use',
    });
    await expectRefused(f.ctx.db, {
      name: 'renaming to a name the store has',
      send: () => update(backRoom.id, { name: '残次品' }),
      status: 409,
      code: 'stock_location_name_taken',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown location',
      send: () => update(f.id(), { name: '不存在' }),
      status: 404,
      code: 'stock_location_not_found',
    });

    const [, , damaged] = await list(f.tokens.manager);
    const closed = await update(damaged?.id ?? '', { active: false });
    expect(await closed.json()).toMatchObject({ name: '残次品', active: false });

    // The store's stock shows the back room's goods beside the sales floor's.
    const stock = await f.request('GET', `/api/v1/stores/${f.store.id}/stock?productId=${f.products.cola}`, {
      token: f.tokens.stock_clerk,
    });
    const [cola] = (
      (await stock.json()) as {
        items: { onHand: number; locations: { locationId: string; onHand: number }[] }[];
      }
    ).items;
    if (!cola) throw new Error('no stock row for cola');
    expect(cola.locations).toContainEqual({ locationId: backRoom.id, onHand: 12_000 });
    expect(cola.onHand).toBe(cola.locations.reduce((sum, location) => sum + location.onHand, 0));
  });

  it('keeps a warehouse (仓库): stock no register sells from, sent out by transfers', async () => {
    const warehouse = await create({ name: '中心仓', kind: 'warehouse' });
    expect(warehouse.status).toBe(201);
    expect(await warehouse.json()).toMatchObject({ name: '中心仓', kind: 'warehouse', active: true });
  });
});
