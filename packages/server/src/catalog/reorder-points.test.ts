import type { ProductDetail } from '@kassa/api';
import { createAuditRepository, createEventRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('reorder points through the product API (补货点)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const patch = (productId: string, body: unknown, token = f.tokens.manager) =>
    f.request('PATCH', `/api/v1/products/${productId}`, { token, body });
  const point = (reorderPoint: number | null) => ({ reorderPoints: [{ storeId: f.store.id, reorderPoint }] });

  it('sets, changes and clears a store’s reorder point, audited, without telling registers', async () => {
    // Apples are not stocked yet: a point above 0 says so at once (low_stock), and only that.
    const seq = await createEventRepository(f.ctx.db).lastSeq();
    const set = await patch(f.products.apple, point(2500));
    expect(set.status).toBe(200);
    expect(((await set.json()) as ProductDetail).reorderPoints).toEqual([
      { storeId: f.store.id, reorderPoint: 2500 },
    ]);
    // Not in the register's catalogue: no product.changed for registers to pull.
    const events = await createEventRepository(f.ctx.db).listSince(seq, 100);
    expect(events.map((event) => [event.type, (event.payload as { kind: string }).kind])).toEqual([
      ['alert.raised', 'low_stock'],
    ]);
    const audit = await createAuditRepository(f.ctx.db).list({ limit: 50 });
    expect(
      audit.items.filter((r) => r.action === 'product.updated' && r.targetId === f.products.apple),
    ).toMatchObject([{ detail: { reorderPoints: { [f.store.id]: { from: null, to: 2500 } } } }]);

    const cleared = (await (await patch(f.products.apple, point(null))).json()) as ProductDetail;
    expect(cleared.reorderPoints).toEqual([]);
  });

  it('takes one with a new product', async () => {
    const cola = await f.request('GET', `/api/v1/products/${f.products.cola}`, { token: f.tokens.owner });
    const colaTaxClass = ((await cola.json()) as ProductDetail).taxClassId;
    const created = await f.request('POST', '/api/v1/products', {
      token: f.tokens.owner,
      body: {
        sku: 'WATER-550',
        name: '矿泉水 550ml',
        price: 200,
        taxClassId: colaTaxClass,
        ...point(12_000),
      },
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as ProductDetail).reorderPoints).toEqual([
      { storeId: f.store.id, reorderPoint: 12_000 },
    ]);
  });

  it('refuses what makes no sense, saying why, and changes nothing', async () => {
    const cases = [
      [
        'a negative point',
        f.products.cola,
        point(-1000),
        400,
        'validation_failed',
        'reorderPoints.0.reorderPoint',
      ],
      [
        'a fraction of a thousandth',
        f.products.cola,
        point(1.5),
        400,
        'validation_failed',
        'reorderPoints.0.reorderPoint',
      ],
      [
        'one store twice',
        f.products.cola,
        { reorderPoints: [...point(1000).reorderPoints, ...point(2000).reorderPoints] },
        400,
        'validation_failed',
        'reorderPoints',
      ],
      ['a product whose stock is not tracked', f.products.bread, point(1000), 422, 'reorder_point_untracked'],
      [
        'tracking turned off at once',
        f.products.cola,
        { trackStock: false, ...point(1000) },
        422,
        'reorder_point_untracked',
      ],
      [
        'a store that does not exist',
        f.products.cola,
        { reorderPoints: [{ storeId: f.id(), reorderPoint: 1000 }] },
        404,
        'store_not_found',
      ],
    ] as const;
    for (const [name, productId, body, status, code, path] of cases) {
      await expectRefused(f.ctx.db, {
        name,
        send: () => patch(productId, body),
        status,
        code,
        ...(path === undefined ? {} : { path }),
      });
    }
    // Clearing one on an untracked product is harmless.
    expect((await patch(f.products.bread, point(null))).status).toBe(200);
    // A cashier may not change products at all.
    expect((await patch(f.products.cola, point(1000), f.tokens.cashier)).status).toBe(403);
  });
});
