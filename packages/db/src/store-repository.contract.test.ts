import { expect, it } from 'vitest';
import { createStoreRepository } from './store-repository';
import { describeEachDialect, newStoreFixture } from './testing';
import { UniqueViolationError } from './unique-violation';

describeEachDialect('store repository', (getDb) => {
  it('creates a store with an empty journal and reads it back by id and code', async () => {
    const stores = createStoreRepository(getDb().db);
    const input = newStoreFixture({
      scaleBarcodeTemplates: [{ prefix: '2', kind: 'weight' }],
      phone: '0571-123',
    });
    const created = await stores.create(input);
    expect(created).toEqual({ ...input, journalSeq: 0, journalHead: '0'.repeat(64) });
    expect(await stores.get(input.id)).toEqual(created);
    expect(await stores.getByCode(input.code)).toEqual(created);
    expect(await stores.get('missing')).toBeUndefined();
    expect((await stores.list()).map((store) => store.id)).toContain(input.id);
  });

  it('updates only the given settings', async () => {
    const stores = createStoreRepository(getDb().db);
    const created = await stores.create(newStoreFixture());
    const updated = await stores.update(created.id, { cashRoundingIncrement: 10, receiptFooter: '谢谢惠顾' });
    expect(updated).toEqual({ ...created, cashRoundingIncrement: 10, receiptFooter: '谢谢惠顾' });
    expect(await stores.update('missing', { name: 'x' })).toBeUndefined();
  });

  it('refuses a store code that is taken', async () => {
    const stores = createStoreRepository(getDb().db);
    const first = await stores.create(newStoreFixture());
    const error = await stores.create(newStoreFixture({ code: first.code })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UniqueViolationError);
    expect(error).toMatchObject({ constraint: 'code' });
    const second = await stores.create(newStoreFixture());
    await expect(stores.update(second.id, { code: first.code })).rejects.toMatchObject({
      constraint: 'code',
    });
  });
});
