import type { Supplier, SupplierProduct } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('suppliers (供应商) and what they sell', (getDb) => {
  let f: Fixture;
  let supplier: Supplier;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const create = (body: unknown, token = f.tokens.stock_clerk) =>
    f.request('POST', '/api/v1/suppliers', { token, body });
  const list = async (query = '', token = f.tokens.accountant) =>
    ((await (await f.request('GET', `/api/v1/suppliers${query}`, { token })).json()) as { items: Supplier[] })
      .items;

  it('keeps a supplier with its details, found by name, contact or phone', async () => {
    const created = await create({
      name: '华润饮料',
      contact: '王经理',
      phone: '+86 138-0013-8000',
      email: 'orders@crb.example.com',
      leadTimeDays: 3,
    });
    expect(created.status).toBe(201);
    supplier = (await created.json()) as Supplier;
    expect(supplier).toMatchObject({
      name: '华润饮料',
      contact: '王经理',
      leadTimeDays: 3,
      note: '',
      active: true,
    });
    expect((await (await create({ name: '百果园批发' })).json()) as Supplier).toMatchObject({
      contact: '',
      leadTimeDays: 1,
    });
    expect((await list()).map((s) => s.name)).toEqual(['百果园批发', '华润饮料'].sort());
    expect((await list('?q=王经')).map((s) => s.name)).toEqual(['华润饮料']);
    expect((await list('?q=0013')).map((s) => s.name)).toEqual(['华润饮料']);
    expect(await list('?q=%25')).toEqual([]);

    const paused = await f.request('PATCH', `/api/v1/suppliers/${supplier.id}`, {
      token: f.tokens.manager,
      body: { active: false, note: '暂停合作' },
    });
    expect(await paused.json()).toMatchObject({ active: false, note: '暂停合作', name: '华润饮料' });
    expect((await list()).map((s) => s.name)).toEqual(['百果园批发']);
    expect((await list('?includeInactive=true')).length).toBe(2);
    await f.request('PATCH', `/api/v1/suppliers/${supplier.id}`, {
      token: f.tokens.manager,
      body: { active: true },
    });
  });

  it('refuses a name another supplier has, a bad phone or e-mail, and those who may not buy', async () => {
    await expectRefused(f.ctx.db, {
      name: 'a name taken',
      send: () => create({ name: '华润饮料' }),
      status: 409,
      code: 'supplier_name_taken',
    });
    await expectRefused(f.ctx.db, {
      name: 'a rename to a name taken',
      send: () =>
        f.request('PATCH', `/api/v1/suppliers/${supplier.id}`, {
          token: f.tokens.manager,
          body: { name: '百果园批发' },
        }),
      status: 409,
      code: 'supplier_name_taken',
    });
    for (const [name, body, path] of [
      ['a phone with letters', { name: '甲', phone: '138-abc' }, 'phone'],
      ['an e-mail without a domain', { name: '乙', email: 'orders@' }, 'email'],
      ['a lead time of a year and more', { name: '丙', leadTimeDays: 400 }, 'leadTimeDays'],
      ['no name', { name: '  ' }, 'name'],
    ] as const) {
      await expectRefused(f.ctx.db, {
        name,
        send: () => create(body),
        status: 400,
        code: 'validation_failed',
        path,
      });
    }
    await expectRefused(f.ctx.db, {
      name: 'an accountant adding one',
      send: () => create({ name: '丁' }, f.tokens.accountant),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier reading them',
      send: () => f.request('GET', '/api/v1/suppliers', { token: f.tokens.cashier }),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown supplier',
      send: () => f.request('GET', `/api/v1/suppliers/${f.id()}`, { token: f.tokens.manager }),
      status: 404,
      code: 'supplier_not_found',
    });
  });

  it('keeps what a supplier sells: its item number, cost per unit and pack size', async () => {
    const set = (productId: string, body: unknown, supplierId = supplier.id) =>
      f.request('PUT', `/api/v1/suppliers/${supplierId}/products/${productId}`, {
        token: f.tokens.stock_clerk,
        body,
      });
    const products = async () =>
      (
        (await (
          await f.request('GET', `/api/v1/suppliers/${supplier.id}/products`, { token: f.tokens.accountant })
        ).json()) as { items: SupplierProduct[] }
      ).items;
    expect(
      await (
        await set(f.products.cola, { supplierSku: 'CR-330-24', unitCost: 150, packSize: 24_000 })
      ).json(),
    ).toMatchObject({
      sku: 'COLA-330',
      name: '可口可乐 330ml',
      unit: 'piece',
      unitCost: 150,
      packSize: 24_000,
    });
    await set(f.products.apple, { unitCost: 800 });
    expect((await products()).map((p) => [p.sku, p.supplierSku, p.unitCost, p.packSize])).toEqual([
      ['APPLE', '', 800, 1000],
      ['COLA-330', 'CR-330-24', 150, 24_000],
    ]);
    await set(f.products.cola, { supplierSku: 'CR-330-24', unitCost: 155, packSize: 24_000 });
    expect((await products()).find((p) => p.sku === 'COLA-330')?.unitCost).toBe(155);

    const removed = await f.request(
      'DELETE',
      `/api/v1/suppliers/${supplier.id}/products/${f.products.apple}`,
      {
        token: f.tokens.stock_clerk,
      },
    );
    expect(removed.status).toBe(204);
    expect((await products()).map((p) => p.sku)).toEqual(['COLA-330']);

    await expectRefused(f.ctx.db, {
      name: 'an unknown product',
      send: () => set(f.id(), { unitCost: 100 }),
      status: 404,
      code: 'product_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown supplier',
      send: () => set(f.products.cola, { unitCost: 100 }, f.id()),
      status: 404,
      code: 'supplier_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'a pack of nothing',
      send: () => set(f.products.cola, { unitCost: 100, packSize: 0 }),
      status: 400,
      code: 'validation_failed',
      path: 'packSize',
    });
  });
});
