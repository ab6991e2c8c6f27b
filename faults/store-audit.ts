import type { CreateSaleBody, Register, SaleSummary } from '@kassa/api';
import { receiptNumber } from '@kassa/core';
import { type DatabaseConfig, openDatabase } from '@kassa/db';
import { expect } from 'vitest';
import type { ShopSession } from './shop-session';

/** What the owner sees of the store before the registers sync: to compare the end against. */
export type StoreSnapshot = {
  readonly saleIds: ReadonlySet<string>;
  readonly onHand: ReadonlyMap<string, number>;
  readonly journalEntries: number;
};

async function allSales(shop: ShopSession): Promise<SaleSummary[]> {
  const sales: SaleSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: SaleSummary[]; nextCursor: string | null } = await shop.api.call('listSales', {
      query: { storeId: shop.store.id, limit: 200, ...(cursor === null ? {} : { cursor }) },
    });
    sales.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return sales;
}

async function onHand(shop: ShopSession): Promise<Map<string, number>> {
  const { items } = await shop.api.call('listStock', { params: { storeId: shop.store.id }, query: {} });
  return new Map(items.map((level) => [level.productId, level.onHand]));
}

async function verifiedJournal(shop: ShopSession) {
  return shop.api.call('verifyJournal', { params: { storeId: shop.store.id } });
}

/** The store's sales, stock on hand and journal length, through the owner's API. */
export async function snapshotStore(shop: ShopSession): Promise<StoreSnapshot> {
  const sales = await allSales(shop);
  return {
    saleIds: new Set(sales.map((sale) => sale.id)),
    onHand: await onHand(shop),
    journalEntries: (await verifiedJournal(shop)).count,
  };
}

/**
 * The end of every fault scenario, as the owner sees it through the API: every sale the registers
 * rang up is there exactly once and nothing else was added; each kept the receipt number its
 * register printed, and no two sales share one; stock on hand moved by exactly what those sales
 * sold; the journal verifies and grew by one entry per sale.
 */
export async function expectStoreComplete(
  shop: ShopSession,
  before: StoreSnapshot,
  registers: readonly { readonly register: Register; readonly sold: readonly CreateSaleBody[] }[],
): Promise<void> {
  const sold = registers.flatMap((r) => r.sold);
  const sales = await allSales(shop);
  const byId = new Map<string, SaleSummary[]>();
  for (const sale of sales) byId.set(sale.id, [...(byId.get(sale.id) ?? []), sale]);
  const soldIds = new Set(sold.map((sale) => sale.id));
  expect(soldIds.size, 'every sale rung up has its own id').toBe(sold.length);
  expect({
    sales: sales.length,
    missing: [...soldIds].filter((id) => !byId.has(id)),
    twice: [...byId].filter(([, copies]) => copies.length > 1).map(([id]) => id),
    extra: [...byId.keys()].filter((id) => !soldIds.has(id) && !before.saleIds.has(id)),
  }).toEqual({ sales: before.saleIds.size + sold.length, missing: [], twice: [], extra: [] });

  const receiptNos = new Set(sales.map((sale) => sale.receiptNo));
  expect(receiptNos.size, 'receipt numbers are unique').toBe(sales.length);
  const renumbered = registers.flatMap(({ register, sold: mine }) =>
    mine
      .map((sale) => ({
        printed: receiptNumber(shop.store.code, register.code, false, sale.receiptSeq ?? 0),
        recorded: byId.get(sale.id)?.[0]?.receiptNo,
      }))
      .filter(({ printed, recorded }) => printed !== recorded),
  );
  expect(renumbered, 'each sale keeps the receipt number its register printed').toEqual([]);

  const tracked = new Set(shop.products.filter((p) => p.trackStock).map((p) => p.id));
  const expected = new Map(before.onHand);
  for (const line of sold.flatMap((sale) => sale.lines)) {
    if (tracked.has(line.productId))
      expected.set(line.productId, (expected.get(line.productId) ?? 0) - line.quantity);
  }
  expect(Object.fromEntries(await onHand(shop)), 'stock on hand').toEqual(Object.fromEntries(expected));

  const journal = await verifiedJournal(shop);
  expect(journal).toMatchObject({ ok: true, brokenAt: null, count: before.journalEntries + sold.length });
}

/**
 * The stock ledger balances in the database itself: every product's on-hand level equals the sum
 * of its movements (demo deliveries, counts and sales alike). Run it with the server stopped.
 */
export async function expectLedgerBalanced(config: DatabaseConfig): Promise<void> {
  const { db, close } = await openDatabase(config);
  try {
    const levels = await db
      .selectFrom('stock_levels')
      .select(['store_id', 'product_id', 'on_hand'])
      .execute();
    const sums = await db
      .selectFrom('stock_movements')
      .select(['store_id', 'product_id', (eb) => eb.fn.sum<number>('quantity').as('total')])
      .groupBy(['store_id', 'product_id'])
      .execute();
    const key = (row: { store_id: string; product_id: string }) => `${row.store_id}/${row.product_id}`;
    expect(levels.length, 'some stock has moved').toBeGreaterThan(0);
    expect(Object.fromEntries(levels.map((row) => [key(row), Number(row.on_hand)]))).toEqual(
      Object.fromEntries(sums.map((row) => [key(row), Number(row.total)])),
    );
  } finally {
    await close();
  }
}
