import { expect, it } from 'vitest';
import { inTransaction } from './in-transaction';
import { createProductRepository } from './product-repository';
import { createQuickKeyRepository } from './quick-key-repository';
import { createRegisterRepository } from './register-repository';
import { describeEachDialect, newProductFixture, seedShop } from './testing';

describeEachDialect('quick key repository', (getDb) => {
  const setup = async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const products = createProductRepository(db);
    const [cola, apple, bread] = await Promise.all(
      [0, 1, 2].map(() => products.create(newProductFixture(shop.taxClassId))),
    );
    if (!cola || !apple || !bread) throw new Error('products missing');
    return { db, shop, cola, apple, bread, keys: createQuickKeyRepository(db) };
  };

  it('keeps a register’s keys in the order given, and replaces them whole', async () => {
    const { shop, cola, apple, bread, keys } = await setup();
    expect(await keys.list(shop.registerId)).toEqual([]);
    await keys.replace(shop.registerId, [
      { productId: bread.id, label: '面包', color: '#ff9500' },
      { productId: cola.id, label: null, color: null },
    ]);
    expect(await keys.list(shop.registerId)).toEqual([
      { productId: bread.id, label: '面包', color: '#ff9500' },
      { productId: cola.id, label: null, color: null },
    ]);
    // Moving a product to another position rewrites the rows it and its neighbours had.
    await keys.replace(shop.registerId, [
      { productId: cola.id, label: null, color: null },
      { productId: apple.id, label: '苹果', color: null },
      { productId: bread.id, label: null, color: null },
    ]);
    expect((await keys.list(shop.registerId)).map((k) => k.productId)).toEqual([cola.id, apple.id, bread.id]);
    await keys.replace(shop.registerId, []);
    expect(await keys.list(shop.registerId)).toEqual([]);
  });

  it('leaves out the keys of products no longer sold, and keeps them for when they are again', async () => {
    const { db, shop, cola, apple, keys } = await setup();
    await keys.replace(shop.registerId, [
      { productId: cola.id, label: null, color: null },
      { productId: apple.id, label: null, color: null },
    ]);
    await createProductRepository(db).deactivate(cola.id, 2);
    expect((await keys.list(shop.registerId)).map((k) => k.productId)).toEqual([apple.id]);
    await createProductRepository(db).update(cola.id, { active: true }, 3);
    expect((await keys.list(shop.registerId)).map((k) => k.productId)).toEqual([cola.id, apple.id]);
  });

  it('changes nothing when the transaction around a replace rolls back', async () => {
    const { db, shop, cola, bread, keys } = await setup();
    await keys.replace(shop.registerId, [{ productId: cola.id, label: null, color: null }]);
    await expect(
      inTransaction(db, async (trx) => {
        await createQuickKeyRepository(trx).replace(shop.registerId, [
          { productId: bread.id, label: null, color: null },
        ]);
        throw new Error('the audit failed');
      }),
    ).rejects.toThrow('the audit failed');
    expect((await keys.list(shop.registerId)).map((k) => k.productId)).toEqual([cola.id]);
  });

  it('lets two replaces race when each locks the register first: one grid wins whole', async () => {
    const { db, shop, cola, bread, keys } = await setup();
    await keys.replace(shop.registerId, [{ productId: cola.id, label: null, color: null }]);
    const save = (productId: string, startAfterMs: number) =>
      inTransaction(db, async (trx) => {
        await createRegisterRepository(trx).lock(shop.registerId);
        await new Promise((resolve) => setTimeout(resolve, startAfterMs));
        await createQuickKeyRepository(trx).replace(shop.registerId, [
          { productId, label: null, color: null },
        ]);
        // Still holding the rows: the other replace's delete has to wait for this commit.
        await new Promise((resolve) => setTimeout(resolve, 30));
      });
    await Promise.all([save(bread.id, 0), save(cola.id, 5)]);
    // Which one takes the lock first is the pool's choice.
    expect([[bread.id], [cola.id]]).toContainEqual(
      (await keys.list(shop.registerId)).map((k) => k.productId),
    );
  });

  it('refuses a product twice on one register, and a product that does not exist', async () => {
    const { shop, cola, keys } = await setup();
    const twice = { productId: cola.id, label: null, color: null };
    await expect(keys.replace(shop.registerId, [twice, twice])).rejects.toThrow();
    await expect(
      keys.replace(shop.registerId, [
        { productId: '01890a5d-ac96-774b-bcce-b302099a8057', label: null, color: null },
      ]),
    ).rejects.toThrow();
    expect(await keys.list(shop.registerId)).toEqual([]);
  });
});
