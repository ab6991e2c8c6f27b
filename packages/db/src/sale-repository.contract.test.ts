import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { NewSale } from './sale';
import { createSaleRepository } from './sale-repository';
import { describeEachDialect, type ShopFixture, seedShop } from './testing';
import { UniqueViolationError } from './unique-violation';

function newSale(shop: ShopFixture, createdAt: number, lineCount = 2): NewSale {
  const id = randomUUID();
  return {
    id,
    storeId: shop.storeId,
    registerId: shop.registerId,
    staffId: shop.staffId,
    receiptNo: `S01-01-${id.slice(0, 8)}`,
    receiptSeq: 1,
    currency: 'CNY',
    subtotal: 1050,
    discountTotal: 50,
    taxTotal: 115,
    netTotal: 885,
    total: 1000,
    cashRounding: 0,
    dueAfterRounding: 1000,
    paidTotal: 1000,
    changeTotal: 0,
    ticketDiscount: { kind: 'percent', ppm: 50_000 },
    createdAt,
    recordedAt: createdAt + 7,
    businessDate: '2024-03-01',
    requestHash: `hash-${id}`,
    lines: Array.from({ length: lineCount }, (_, i) => ({
      id: randomUUID(),
      lineNo: i + 1,
      productId: randomUUID(),
      sku: `SKU-${i}`,
      name: `苹果 ${i}`,
      unit: 'kg' as const,
      barcode: i === 0 ? '2000001003501' : null,
      quantity: 350,
      unitPrice: 1500,
      gross: 525,
      lineDiscount: 0,
      ticketDiscount: 25,
      amount: 500,
      net: 442,
      tax: 58,
      taxRatePpm: 130_000,
      unitCost: i === 0 ? 900 : null,
      discount: i === 0 ? null : { reason: 'manager' },
    })),
    tenders: [
      {
        id: randomUUID(),
        tenderNo: 1,
        kind: 'cash',
        amount: 600,
        tendered: 1000,
        reference: null,
        brand: null,
        last4: null,
      },
      {
        id: randomUUID(),
        tenderNo: 2,
        kind: 'card',
        amount: 400,
        tendered: 400,
        reference: 'T123',
        brand: 'UnionPay',
        last4: '4321',
      },
    ],
  };
}

describeEachDialect('sale repository', (getDb) => {
  it('records a sale and reads back exactly what was recorded', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sales = createSaleRepository(db);
    const sale = newSale(shop, 1_700_000_000_000);
    await sales.insert(sale);
    expect(await sales.get(sale.id)).toEqual({ ...sale, lineCount: 2 });
    expect(await sales.getRequestHash(sale.id)).toBe(sale.requestHash);
    expect(await sales.getRequestHash('missing')).toBeUndefined();
    expect(await sales.get('missing')).toBeUndefined();
  });

  it('records a sale with more lines than one insert statement takes', async () => {
    const { db } = getDb();
    const sale = newSale(await seedShop(db), 1, 1_234);
    await createSaleRepository(db).insert(sale);
    const stored = await createSaleRepository(db).get(sale.id);
    expect(stored?.lines.map((line) => line.lineNo)).toEqual(sale.lines.map((line) => line.lineNo));
  });

  it('refuses a replayed id or a reused receipt number, writing nothing', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sales = createSaleRepository(db);
    const sale = newSale(shop, 1);
    await sales.insert(sale);
    const replay = await sales.insert({ ...sale, receiptNo: 'other' }).catch((e: unknown) => e);
    expect(replay).toBeInstanceOf(UniqueViolationError);
    expect(replay).toMatchObject({ constraint: 'id' });
    const reused = { ...newSale(shop, 2), receiptNo: sale.receiptNo };
    await expect(sales.insert(reused)).rejects.toMatchObject({ constraint: 'receipt_no' });
    expect(await sales.get(reused.id)).toBeUndefined();
  });

  it('lists a store’s sales in a time range, newest first, page by page', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sales = createSaleRepository(db);
    // Two sales share an instant: the id breaks the tie, so paging neither repeats nor skips.
    const times = [100, 200, 200, 300, 400, 500];
    const recorded = times.map((at) => newSale(shop, at, 1));
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
