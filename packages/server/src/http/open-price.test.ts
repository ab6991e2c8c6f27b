import type { Product, Sale } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('open-price products (开放价格)', (getDb) => {
  let f: Fixture;
  let candy: Product;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const taxClasses = (await (
      await f.request('GET', '/api/v1/tax-classes', { token: f.tokens.owner })
    ).json()) as {
      items: { id: string }[];
    };
    const created = await f.request('POST', '/api/v1/products', {
      token: f.tokens.owner,
      body: {
        sku: 'CANDY-BULK',
        name: '散装糖果',
        price: 0,
        openPrice: true,
        taxClassId: taxClasses.items[0]?.id,
      },
    });
    expect(created.status).toBe(201);
    candy = (await created.json()) as Product;
    expect(candy.openPrice).toBe(true);
  });
  const body = (unitPrice: number) =>
    f.saleBody({
      lines: [{ id: f.id(), productId: candy.id, quantity: 1000, unitPrice }],
      tenders: [{ kind: 'cash', amount: 2000 }],
      expectedTotal: unitPrice,
    });

  it('sells at the price the cashier typed', async () => {
    const sold = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: body(1234) });
    expect(sold.status).toBe(201);
    expect(((await sold.json()) as Sale).lines[0]).toMatchObject({ unitPrice: 1234, gross: 1234 });
  });

  it('a role without the permission may not, and other products still sell at their price', async () => {
    await f.ctx.db
      .deleteFrom('role_permissions')
      .where('role_id', '=', 'cashier')
      .where('permission', '=', 'sale.open_price')
      .execute();
    // Permissions are read at sign-in: sign the cashier in again.
    const login = await f.request('POST', '/api/v1/auth/login', {
      body: { username: 'cashier', password: 'cashier-pass-1' },
    });
    const { token } = (await login.json()) as { token: string };
    await expectRefused(f.ctx.db, {
      name: 'a typed price without the permission',
      send: () => f.request('POST', '/api/v1/sales', { token, body: body(999) }),
      status: 403,
      code: 'open_price_forbidden',
    });
    const cola = f.saleBody();
    await expectRefused(f.ctx.db, {
      name: 'a typed price on a regular product',
      send: () =>
        f.request('POST', '/api/v1/sales', {
          token: f.tokens.owner,
          body: { ...cola, lines: cola.lines.map((l, i) => (i === 0 ? { ...l, unitPrice: 1 } : l)) },
        }),
      status: 409,
      code: 'price_mismatch',
    });
  });
});
