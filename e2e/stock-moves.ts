import { randomBytes } from 'node:crypto';
import type { StockLocation } from '@kassa/api';
import { uuidV7 } from '@kassa/core';
import type { Browser, Page } from '@playwright/test';
import type { OwnerView } from './owner-api';

/** A fresh UUIDv7, as the web app makes one for a new document. */
export function newId(): string {
  return uuidV7(Date.now(), new Uint8Array(randomBytes(10)));
}

/**
 * A back room of the demo store made for one story (no other story sees it), stocked through the
 * receiving API: `lines` are quantities in thousandths at a unit cost.
 */
export async function stockedBackRoom(
  view: OwnerView,
  name: string,
  lines: { productId: string; quantity: number; unitCost: number }[],
): Promise<StockLocation> {
  const storeId = view.store.id;
  const room = await view.api.call('createStockLocation', {
    params: { storeId },
    body: { name, kind: 'storage' },
  });
  await view.api.call('receiveStock', {
    params: { storeId },
    body: { id: newId(), locationId: room.id, supplier: 'E2E', lines },
  });
  return room;
}

/** The demo store's sales floor. */
export async function salesFloor(view: OwnerView): Promise<StockLocation> {
  const { items } = await view.api.call('listStockLocations', { params: { storeId: view.store.id } });
  const floor = items.find((location) => location.kind === 'sales_floor');
  if (!floor) throw new Error('the demo store has no sales floor');
  return floor;
}

/** On hand of a product at one location, in thousandths. */
export async function onHandAt(view: OwnerView, locationId: string, productId: string): Promise<number> {
  const { items } = await view.api.call('listStock', {
    params: { storeId: view.store.id },
    query: { productId },
  });
  return items[0]?.locations.find((l) => l.locationId === locationId)?.onHand ?? 0;
}

/** Another person's browser, phone-sized (390 × 844, touch), beside the test's own page. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  return context.newPage();
}

/** Scans a code into the goods field of a stock page, as a barcode scanner types it and presses Enter. */
export async function scanGoods(page: Page, code: string): Promise<void> {
  await page.getByTestId('goods-search').fill(code);
  await page.getByTestId('goods-search').press('Enter');
}
