import type { AlertSettings, ProductDetail, Sale } from '@kassa/api';
import { type Alert, createAlertRepository, createEventRepository, createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { readEvents } from '../testing/read-events';
import { createFixture, type Fixture } from '../testing/test-fixture';

// Every sale of the fixture takes 2 colas (2000 thousandths); cola's reorder point here is 5.
describeEachDialect('low stock: a sale taking stock below the reorder point (补货提醒)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
    // Stocked first: a point set above what is on hand alerts at once (the last test).
    await stockCola(9000);
    const set = await f.request('PATCH', `/api/v1/products/${f.products.cola}`, {
      token: f.tokens.stock_clerk,
      body: { reorderPoints: [{ storeId: f.store.id, reorderPoint: 5000 }] },
    });
    expect(set.status).toBe(200);
  });
  /** Brings cola's stock to `onHand` with a delivery (there is no receiving screen yet). */
  const stockCola = async (onHand: number) => {
    const stock = createStockRepository(f.ctx.db);
    const now = await stock.getOnHand(f.store.salesFloorId, f.products.cola);
    await stock.applyMovement({
      id: f.id(),
      storeId: f.store.id,
      locationId: f.store.salesFloorId,
      productId: f.products.cola,
      quantity: onHand - now,
      reason: 'receipt',
      refId: null,
      unitCost: null,
      createdAt: f.ctx.clock(),
      staffId: null,
    });
  };
  const sell = async () => {
    // A second apart: alerts list newest first.
    f.tick(1000);
    const response = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.cashier,
      body: f.saleBody(),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Sale;
  };
  const colaAlerts = async (kind: string): Promise<Alert[]> =>
    (await createAlertRepository(f.ctx.db).list(f.store.id, 1000)).filter(
      (alert) => alert.kind === kind && alert.details.productId === f.products.cola,
    );
  const setLowStock = async (on: boolean) => {
    const current = (await (
      await f.request('GET', `/api/v1/stores/${f.store.id}/alert-settings`, { token: f.tokens.owner })
    ).json()) as AlertSettings;
    const { storeId: _store, ...body } = current;
    const response = await f.request('PUT', `/api/v1/stores/${f.store.id}/alert-settings`, {
      token: f.tokens.owner,
      body: { ...body, enabled: { ...body.enabled, low_stock: on } },
    });
    expect(response.status).toBe(200);
  };

  it('alerts once when a sale crosses it, not at it, not again below it, and again after restocking', async () => {
    await stockCola(9000);
    const seq = await createEventRepository(f.ctx.db).lastSeq();
    await sell(); // 9 → 7
    await sell(); // 7 → 5: at the reorder point is not below it
    expect(await colaAlerts('low_stock')).toEqual([]);
    const crossing = await sell(); // 5 → 3
    const [low] = await colaAlerts('low_stock');
    expect(low).toMatchObject({
      refId: crossing.id,
      readAt: null,
      details: { productId: f.products.cola, name: '可口可乐 330ml', onHand: 3000, reorderPoint: 5000 },
    });
    await sell(); // 3 → 1: still below, the same shortage
    await sell(); // 1 → −1: below zero is its own alert
    expect(await colaAlerts('low_stock')).toHaveLength(1);
    expect((await colaAlerts('negative_stock')).map((alert) => alert.details.onHand)).toEqual([-1000]);

    // Each alert is also an event, with the alert as its payload.
    const raised = (await createEventRepository(f.ctx.db).listSince(seq, 1000)).filter(
      (event) => event.type === 'alert.raised',
    );
    expect(raised.find((event) => event.refId === low?.id)).toMatchObject({
      storeId: f.store.id,
      payload: {
        id: low?.id,
        storeId: f.store.id,
        kind: 'low_stock',
        refId: crossing.id,
        details: low?.details,
        createdAt: low?.createdAt,
      },
    });
    expect(raised.length).toBe((await createAlertRepository(f.ctx.db).list(f.store.id, 1000)).length);

    // A delivery brings it back above; the next crossing is a new shortage.
    await stockCola(8000);
    await sell(); // 8 → 6
    await sell(); // 6 → 4
    expect((await colaAlerts('low_stock')).map((alert) => alert.details.onHand)).toEqual([4000, 3000]);
  });

  it('alerts once when two sales cross it at the same time', async () => {
    await stockCola(6000);
    const before = (await colaAlerts('low_stock')).length;
    await Promise.all([sell(), sell()]); // 6 → 4 → 2, in either order
    const after = await colaAlerts('low_stock');
    expect(after).toHaveLength(before + 1);
    expect(after[0]?.details.onHand).toBe(4000);
  });

  it('reaches the owner’s phone on the live stream', async () => {
    await stockCola(6000);
    const stream = await f.request('GET', '/api/v1/events', { token: f.tokens.owner });
    const sold = sell();
    const events = await readEvents(stream, (got) => got.some((e) => e.event === 'alert.raised'));
    const sale = await sold;
    const alert = events.find((e) => e.event === 'alert.raised');
    expect(alert?.data.payload).toMatchObject({
      kind: 'low_stock',
      refId: sale.id,
      details: { productId: f.products.cola, onHand: 4000, reorderPoint: 5000 },
    });
  });

  it('is not raised while the store has it turned off', async () => {
    await setLowStock(false);
    await stockCola(6000);
    const before = (await colaAlerts('low_stock')).length;
    await sell(); // 6 → 4
    expect(await colaAlerts('low_stock')).toHaveLength(before);
    await setLowStock(true);
  });

  it('shows the reorder point with the product and the stock, only where it is set', async () => {
    const product = (await (
      await f.request('GET', `/api/v1/products/${f.products.cola}`, { token: f.tokens.cashier })
    ).json()) as ProductDetail;
    expect(product.reorderPoints).toEqual([{ storeId: f.store.id, reorderPoint: 5000 }]);
    const stock = (await (
      await f.request('GET', `/api/v1/stores/${f.store.id}/stock`, { token: f.tokens.owner })
    ).json()) as { items: { productId: string; reorderPoint: number | null }[] };
    expect(stock.items.find((item) => item.productId === f.products.cola)?.reorderPoint).toBe(5000);
    expect(stock.items.find((item) => item.productId === f.products.apple)?.reorderPoint).toBeNull();
  });

  it('alerts at once when a reorder point is set above what is on hand, not when it was already below', async () => {
    await stockCola(4000);
    const raise = async (reorderPoint: number) => {
      const set = await f.request('PATCH', `/api/v1/products/${f.products.cola}`, {
        token: f.tokens.manager,
        body: { reorderPoints: [{ storeId: f.store.id, reorderPoint }] },
      });
      expect(set.status).toBe(200);
    };
    await raise(3000); // 4 on hand: above the point, nothing to say
    const before = (await colaAlerts('low_stock')).length;
    await raise(6000); // now 4 is short of 6
    const alerts = await colaAlerts('low_stock');
    expect(alerts.length).toBe(before + 1);
    expect(alerts[0]).toMatchObject({
      refId: f.products.cola,
      details: { onHand: 4000, reorderPoint: 6000 },
    });
    await raise(8000); // already short: the same shortage
    expect((await colaAlerts('low_stock')).length).toBe(before + 1);
  });
});
