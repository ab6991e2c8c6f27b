import { expect, it } from 'vitest';
import { createSaleRepository } from './sale-repository';
import { describeEachDialect, newSaleFixture, seedShop } from './testing';
import { UniqueViolationError } from './unique-violation';

describeEachDialect('sale repository', (getDb) => {
  it('records a sale and reads back exactly what was recorded', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sales = createSaleRepository(db);
    const sale = newSaleFixture(shop, 1_700_000_000_000);
    await sales.insert(sale);
    expect(await sales.get(sale.id)).toEqual({ ...sale, lineCount: 2 });
    expect(await sales.getRequestHash(sale.id)).toBe(sale.requestHash);
    expect(await sales.getRequestHash('missing')).toBeUndefined();
    expect(await sales.get('missing')).toBeUndefined();
  });

  it('records a sale with more lines than one insert statement takes', async () => {
    const { db } = getDb();
    const sale = newSaleFixture(await seedShop(db), 1, 1_234);
    await createSaleRepository(db).insert(sale);
    const stored = await createSaleRepository(db).get(sale.id);
    expect(stored?.lines.map((line) => line.lineNo)).toEqual(sale.lines.map((line) => line.lineNo));
  });

  it('refuses a replayed id or a reused receipt number, writing nothing', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sales = createSaleRepository(db);
    const sale = newSaleFixture(shop, 1);
    await sales.insert(sale);
    const replay = await sales.insert({ ...sale, receiptNo: 'other' }).catch((e: unknown) => e);
    expect(replay).toBeInstanceOf(UniqueViolationError);
    expect(replay).toMatchObject({ constraint: 'id' });
    const reused = { ...newSaleFixture(shop, 2), receiptNo: sale.receiptNo };
    await expect(sales.insert(reused)).rejects.toMatchObject({ constraint: 'receipt_no' });
    expect(await sales.get(reused.id)).toBeUndefined();
  });

  it('lists a store’s sales in a time range, newest first, page by page', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sales = createSaleRepository(db);
    // Two sales share an instant: the id breaks the tie, so paging neither repeats nor skips.
    const times = [100, 200, 200, 300, 400, 500];
    const recorded = times.map((at) => newSaleFixture(shop, at, 1));
    for (const sale of recorded) await sales.insert(sale);
    const seen: string[] = [];
    let page = await sales.listByStore(shop.storeId, { from: 200, to: 500, limit: 2 });
    seen.push(...page.items.map((s) => s.id));
    while (page.next) {
      page = await sales.listByStore(shop.storeId, { from: 200, to: 500, limit: 2, before: page.next });
      seen.push(...page.items.map((s) => s.id));
    }
    const expected = recorded
      .filter((s) => s.createdAt >= 200 && s.createdAt < 500)
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
      .map((s) => s.id);
    expect(seen).toEqual(expected);
    const [first] = (await sales.listByStore(shop.storeId, { from: 0, to: 1_000, limit: 1 })).items;
    expect(first).toMatchObject({ createdAt: 500, lineCount: 1 });
    expect(first).not.toHaveProperty('lines');
  });
});
