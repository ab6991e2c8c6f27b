import { randomUUID } from 'node:crypto';
import type { QuickKeys } from '@kassa/api';
import { createRegisterRepository, createStoreRepository } from '@kassa/db';
import { describeEachDialect, newStoreFixture } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('favourite keys of a register (常用商品)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const path = (registerId = f.registerId) => `/api/v1/registers/${registerId}/quick-keys`;
  const put = (body: unknown, token = f.tokens.manager, registerId = f.registerId) =>
    f.request('PUT', path(registerId), { token, body });
  const read = async (token = f.tokens.cashier, registerId = f.registerId) => {
    const response = await f.request('GET', path(registerId), { token });
    expect(response.status).toBe(200);
    return ((await response.json()) as QuickKeys).keys;
  };
  const key = (productId: string) => ({ productId });

  it('a manager sets the grid in order, with labels and colours; everyone at the store reads it', async () => {
    expect(await read()).toEqual([]);
    const saved = await put({
      keys: [
        { productId: f.products.apple, label: '苹果', color: '#34C759' },
        { productId: f.products.cola },
        { productId: f.products.bread, label: null, color: null },
      ],
    });
    expect(saved.status).toBe(200);
    const expected = [
      { productId: f.products.apple, label: '苹果', color: '#34C759' },
      { productId: f.products.cola, label: null, color: null },
      { productId: f.products.bread, label: null, color: null },
    ];
    expect(((await saved.json()) as QuickKeys).keys).toEqual(expected);
    for (const role of ['cashier', 'accountant', 'stock_clerk', 'owner'] as const) {
      expect(await read(f.tokens[role]), role).toEqual(expected);
    }
    // Each register has its own grid.
    expect(await read(f.tokens.cashier, f.register2Id)).toEqual([]);
    const audit = await f.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'register.quick_keys_set')
      .execute();
    expect(audit).toMatchObject([
      {
        staff_id: f.staffIds.manager,
        store_id: f.store.id,
        target_type: 'register',
        target_id: f.registerId,
      },
    ]);
    expect(JSON.parse(audit[0]?.detail ?? 'null')).toEqual({ keys: expected });
  });

  it('replaces the whole grid: what was read can be sent back changed, or emptied', async () => {
    const keys = await read();
    const moved = [keys[2], keys[0]];
    expect((await put({ keys: moved })).status).toBe(200);
    expect(await read()).toEqual(moved);
    expect((await put({ keys: [] }, f.tokens.owner)).status).toBe(200);
    expect(await read()).toEqual([]);
  });

  it('only those who manage registers set it; nobody sees another store’s', async () => {
    const body = { keys: [key(f.products.cola)] };
    for (const role of ['cashier', 'stock_clerk', 'accountant'] as const) {
      await expectRefused(f.ctx.db, {
        name: role,
        send: () => put(body, f.tokens[role]),
        status: 403,
        code: 'forbidden',
      });
    }
    await expectRefused(f.ctx.db, {
      name: 'nobody signed in',
      send: () => put(body, ''),
      status: 401,
      code: 'unauthenticated',
    });
    const other = await createStoreRepository(f.ctx.db).create(newStoreFixture());
    const elsewhere = await createRegisterRepository(f.ctx.db).create({
      id: randomUUID(),
      storeId: other.id,
      code: '01',
      name: '别店收银台',
      active: true,
      createdAt: f.ctx.clock(),
    });
    await expectRefused(f.ctx.db, {
      name: "another store's register",
      send: () => put(body, f.tokens.manager, elsewhere.id),
      status: 404,
      code: 'register_not_found',
    });
    const read404 = await f.request('GET', path(elsewhere.id), { token: f.tokens.cashier });
    expect([read404.status, ((await read404.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'register_not_found',
    ]);
    // The owner sees every store.
    expect((await put(body, f.tokens.owner, elsewhere.id)).status).toBe(200);
    expect(await read(f.tokens.owner, elsewhere.id)).toEqual([
      { ...key(f.products.cola), label: null, color: null },
    ]);
  });

  it('refuses bad grids with a code, changing nothing', async () => {
    const before = await read();
    const cases = [
      {
        name: 'an unknown product',
        keys: [key(f.products.cola), key(randomUUID())],
        status: 404,
        code: 'product_not_found',
      },
      {
        name: 'a product no longer sold',
        keys: [key(f.products.old)],
        status: 422,
        code: 'product_inactive',
      },
      {
        name: 'a product twice',
        keys: [key(f.products.cola), key(f.products.bread), key(f.products.cola)],
        status: 422,
        code: 'quick_key_duplicate',
      },
      {
        name: '49 keys',
        keys: Array.from({ length: 49 }, () => key(randomUUID())),
        status: 422,
        code: 'too_many_quick_keys',
      },
      {
        name: 'a colour by name',
        keys: [{ ...key(f.products.cola), color: 'red' }],
        status: 400,
        code: 'validation_failed',
        path: 'keys.0.color',
      },
      {
        name: 'a short colour',
        keys: [{ ...key(f.products.cola), color: '#fff' }],
        status: 400,
        code: 'validation_failed',
        path: 'keys.0.color',
      },
      {
        name: 'a 13-character label',
        keys: [key(f.products.bread), { ...key(f.products.cola), label: '可口可乐零度无糖330毫升' }],
        status: 400,
        code: 'validation_failed',
        path: 'keys.1.label',
      },
      {
        name: 'a blank label',
        keys: [{ ...key(f.products.cola), label: '   ' }],
        status: 400,
        code: 'validation_failed',
        path: 'keys.0.label',
      },
      {
        name: 'an unknown field',
        keys: [{ ...key(f.products.cola), price: 100 }],
        status: 400,
        code: 'validation_failed',
        path: 'keys.0.price',
      },
    ];
    for (const { keys, ...refusal } of cases) {
      await expectRefused(f.ctx.db, { ...refusal, send: () => put({ keys }) });
    }
    await expectRefused(f.ctx.db, {
      name: 'an unknown register',
      send: () => put({ keys: [] }, f.tokens.manager, randomUUID()),
      status: 404,
      code: 'register_not_found',
    });
    expect(await read()).toEqual(before);
    // 48 keys are a full grid, not too many: these fail on their unknown products instead.
    const full = await put({ keys: Array.from({ length: 48 }, () => key(randomUUID())) });
    expect(((await full.json()) as { error: { code: string } }).error.code).toBe('product_not_found');
  });

  it('leaves out a product no longer sold, and brings it back when it is sold again', async () => {
    expect((await put({ keys: [key(f.products.cola), key(f.products.bread)] })).status).toBe(200);
    const patch = (active: boolean) =>
      f.request('PATCH', `/api/v1/products/${f.products.cola}`, { token: f.tokens.owner, body: { active } });
    expect((await patch(false)).status).toBe(200);
    expect((await read()).map((k) => k.productId)).toEqual([f.products.bread]);
    expect((await patch(true)).status).toBe(200);
    expect((await read()).map((k) => k.productId)).toEqual([f.products.cola, f.products.bread]);
  });

  it('two managers saving at once: one grid wins whole, neither fails', async () => {
    const first = [key(f.products.apple), key(f.products.cola)];
    const second = [key(f.products.bread)];
    const answers = await Promise.all([put({ keys: first }), put({ keys: second }, f.tokens.owner)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const ids = (await read()).map((k) => k.productId);
    expect([first.map((k) => k.productId), second.map((k) => k.productId)]).toContainEqual(ids);
  });
});
