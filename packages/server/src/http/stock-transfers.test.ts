import type { StockLocation, StockTransfer } from '@kassa/api';
import { createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { addStore } from '../testing/add-store';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('stock transfers (调拨): request, approve, ship, receive', (getDb) => {
  let f: Fixture;
  let backRoom: StockLocation;
  let otherFloor: string;
  let otherStoreId: string;
  let otherBackRoom: StockLocation;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const other = await addStore(f, 'S02', '二号店');
    otherFloor = other.salesFloorId;
    otherStoreId = other.id;
    otherBackRoom = (await (
      await f.request('POST', `/api/v1/stores/${other.id}/stock-locations`, {
        token: f.tokens.owner,
        body: { name: '后仓', kind: 'storage' },
      })
    ).json()) as StockLocation;
    backRoom = (await (
      await f.request('POST', `/api/v1/stores/${f.store.id}/stock-locations`, {
        token: f.tokens.manager,
        body: { name: '后仓', kind: 'storage' },
      })
    ).json()) as StockLocation;
    await f.request('POST', `/api/v1/stores/${f.store.id}/stock-receipts`, {
      token: f.tokens.stock_clerk,
      body: {
        id: f.id(),
        locationId: backRoom.id,
        lines: [{ productId: f.products.cola, quantity: 24_000, unitCost: 150 }],
      },
    });
  });
  const onHand = (locationId: string) =>
    createStockRepository(f.ctx.db).getOnHand(locationId, f.products.cola);
  const request = (body: object, token = f.tokens.stock_clerk) =>
    f.request('POST', '/api/v1/stock-transfers', { token, body: { id: f.id(), ...body } });
  const step = (id: string, action: string, token: string, body?: object) =>
    f.request('POST', `/api/v1/stock-transfers/${id}/${action}`, { token, ...(body ? { body } : {}) });

  it('moves goods from the back room to the floor, recording what went missing on the way', async () => {
    const asked = await request({
      fromLocationId: backRoom.id,
      toLocationId: f.store.salesFloorId,
      note: '补货',
      lines: [{ productId: f.products.cola, quantity: 12_000 }],
    });
    expect(asked.status).toBe(201);
    const transfer = (await asked.json()) as StockTransfer;
    expect(transfer).toMatchObject({
      number: 1,
      status: 'requested',
      fromStoreId: f.store.id,
      toStoreId: f.store.id,
      requestedBy: f.staffIds.stock_clerk,
      lines: [{ sku: 'COLA-330', requested: 12_000, shipped: null, received: null }],
    });
    // Who asked, by name: the back office shows it without a staff list to look it up in.
    expect(Object.keys(transfer.staffNames)).toEqual([f.staffIds.stock_clerk]);
    await expectRefused(f.ctx.db, {
      name: 'a clerk approving',
      send: () => step(transfer.id, 'approve', f.tokens.stock_clerk),
      status: 403,
      code: 'forbidden',
    });
    expect(
      ((await (await step(transfer.id, 'approve', f.tokens.manager)).json()) as StockTransfer).status,
    ).toBe('approved');
    const shipped = (await (
      await step(transfer.id, 'ship', f.tokens.stock_clerk, {})
    ).json()) as StockTransfer;
    expect(shipped).toMatchObject({ status: 'shipped', lines: [{ shipped: 12_000, unitCost: 150 }] });
    // In transit: gone from the back room, not yet on the floor.
    expect([await onHand(backRoom.id), await onHand(f.store.salesFloorId)]).toEqual([12_000, 0]);

    await expectRefused(f.ctx.db, {
      name: 'receiving a product the transfer does not have',
      send: () =>
        step(transfer.id, 'receive', f.tokens.stock_clerk, {
          lines: [{ productId: f.products.apple, quantity: 1 }],
        }),
      status: 422,
      code: 'stock_transfer_line',
    });
    const received = (await (
      await step(transfer.id, 'receive', f.tokens.stock_clerk, {
        lines: [{ productId: f.products.cola, quantity: 11_000 }],
      })
    ).json()) as StockTransfer;
    expect(received).toMatchObject({
      status: 'received',
      receivedBy: f.staffIds.stock_clerk,
      lines: [{ requested: 12_000, shipped: 12_000, received: 11_000 }],
    });
    expect([await onHand(backRoom.id), await onHand(f.store.salesFloorId)]).toEqual([12_000, 11_000]);
    const movements = await createStockRepository(f.ctx.db).listMovements(
      f.store.salesFloorId,
      f.products.cola,
    );
    expect(movements.filter((m) => m.reason === 'transfer_in')).toMatchObject([
      { quantity: 11_000, unitCost: 150 },
    ]);
    await expectRefused(f.ctx.db, {
      name: 'receiving it twice',
      send: () => step(transfer.id, 'receive', f.tokens.stock_clerk, {}),
      status: 409,
      code: 'stock_transfer_status',
    });
  });

  it('sends goods to another store: beyond what is on hand only on purpose, by whom may', async () => {
    const transfer = (await (
      await request(
        {
          fromLocationId: backRoom.id,
          toLocationId: otherFloor,
          lines: [{ productId: f.products.cola, quantity: 20_000 }],
        },
        f.tokens.owner,
      )
    ).json()) as StockTransfer;
    await step(transfer.id, 'approve', f.tokens.manager);
    await expectRefused(f.ctx.db, {
      name: 'shipping more than the back room holds',
      send: () => step(transfer.id, 'ship', f.tokens.stock_clerk, {}),
      status: 422,
      code: 'stock_below_zero',
    });
    await expectRefused(f.ctx.db, {
      name: 'a clerk shipping below zero on purpose',
      send: () => step(transfer.id, 'ship', f.tokens.stock_clerk, { allowNegative: true }),
      status: 403,
      code: 'forbidden',
    });
    const shipped = await step(transfer.id, 'ship', f.tokens.manager, { allowNegative: true });
    expect(shipped.status).toBe(200);
    expect(await onHand(backRoom.id)).toBe(-8_000);
    // On its way, the goods are in neither store's locations: the receiving store's value shows them.
    const inTransit = async () =>
      (
        (await (
          await f.request('GET', `/api/v1/stores/${otherStoreId}/stock-valuation`, { token: f.tokens.owner })
        ).json()) as { total: number; inTransit: number }
      ).inTransit;
    expect(await inTransit()).toBe(3_000);
    await expectRefused(f.ctx.db, {
      name: 'a clerk of the sending store receiving at the other',
      send: () => step(transfer.id, 'receive', f.tokens.stock_clerk, {}),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'cancelling what left',
      send: () => step(transfer.id, 'cancel', f.tokens.owner),
      status: 409,
      code: 'stock_transfer_status',
    });
    const received = (await (await step(transfer.id, 'receive', f.tokens.owner, {})).json()) as StockTransfer;
    expect(received.lines).toMatchObject([{ shipped: 20_000, received: 20_000 }]);
    expect(await onHand(otherFloor)).toBe(20_000);
    expect(await inTransit()).toBe(0);

    const list = async (query: string, token = f.tokens.owner) =>
      (
        (await (
          await f.request('GET', `/api/v1/stores/${f.store.id}/stock-transfers${query}`, { token })
        ).json()) as {
          items: StockTransfer[];
        }
      ).items.map((t) => t.number);
    expect(await list('')).toEqual([2, 1]);
    expect(await list('?direction=out')).toEqual([2, 1]);
    expect(await list('?direction=in')).toEqual([1]);
    expect(await list('?status=received&limit=1')).toEqual([2]);
  });

  it('cancels before shipping, and refuses a move to the same place, unseen stores and cashiers', async () => {
    const transfer = (await (
      await request({
        fromLocationId: backRoom.id,
        toLocationId: f.store.salesFloorId,
        lines: [{ productId: f.products.cola, quantity: 1_000 }],
      })
    ).json()) as StockTransfer;
    expect(
      ((await (await step(transfer.id, 'cancel', f.tokens.stock_clerk)).json()) as StockTransfer).status,
    ).toBe('cancelled');
    await expectRefused(f.ctx.db, {
      name: 'approving a cancelled transfer',
      send: () => step(transfer.id, 'approve', f.tokens.manager),
      status: 409,
      code: 'stock_transfer_status',
    });
    const line = [{ productId: f.products.cola, quantity: 1_000 }];
    await expectRefused(f.ctx.db, {
      name: 'a move to the same place',
      send: () => request({ fromLocationId: backRoom.id, toLocationId: backRoom.id, lines: line }),
      status: 400,
      code: 'validation_failed',
      path: 'toLocationId',
    });
    await expectRefused(f.ctx.db, {
      name: 'a store the clerk cannot see, either end',
      send: () => request({ fromLocationId: otherFloor, toLocationId: otherBackRoom.id, lines: line }),
      status: 404,
      code: 'stock_location_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () =>
        request(
          { fromLocationId: backRoom.id, toLocationId: f.store.salesFloorId, lines: line },
          f.tokens.cashier,
        ),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'goods whose stock is not tracked',
      send: () =>
        request({
          fromLocationId: backRoom.id,
          toLocationId: f.store.salesFloorId,
          lines: [{ productId: f.products.bread, quantity: 1_000 }],
        }),
      status: 422,
      code: 'stock_untracked',
    });
  });
});
