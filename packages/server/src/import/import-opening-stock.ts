import { MAX_AMOUNT, MAX_QUANTITY } from '@kassa/api';
import { movingAverageCost } from '@kassa/core';
import {
  createProductRepository,
  createStockLocationRepository,
  createStockRepository,
  type Product,
  type Schema,
} from '@kassa/db';
import type { Kysely } from 'kysely';
import { updateProduct } from '../catalog/change-product';
import { type KassaContext, newId } from '../kassa-context';
import { firstOfEach, type ImportRow, type Problems, rowCells } from './import-cells';

/** Goods on hand at a location when the shop moved to Kassa, at a cost per unit (null: none known). */
export type OpeningStockRow = {
  productId: string;
  locationId: string;
  quantity: number;
  unitCost: number | null;
};

/**
 * Reads opening stock rows (期初库存): the product by SKU or barcode (`unknown_product`; its stock
 * tracked, else `stock_untracked`), a quantity of at least 0 with up to 3 decimals, the location by
 * name (the sales floor when empty; `unknown_location`), the cost per unit (the product's cost when
 * empty). A product at a location twice is `duplicate_in_file`.
 */
export async function readOpeningStockRows(
  db: Kysely<Schema>,
  store: { readonly id: string; readonly salesFloorId: string; readonly currency: string },
  rows: readonly ImportRow[],
  mapping: Readonly<Record<string, number | null>>,
  problems: Problems,
) {
  const products = createProductRepository(db);
  const locations = new Map(
    (await createStockLocationRepository(db).list([store.id]))
      .filter((l) => l.active)
      .map((l) => [l.name.toLowerCase(), l.id]),
  );
  const read: { line: number; key: string; value: OpeningStockRow }[] = [];
  for (const row of rows) {
    const before = problems.length;
    const cells = rowCells(row, mapping, problems);
    const code = cells.required('product');
    let product: Product | undefined;
    if (code !== undefined) {
      product =
        (await products.getBySku(code)) ??
        (/^\d{8,14}$/.test(code) ? await products.getByBarcode(code) : undefined);
      if (!product) cells.problem('product', 'unknown_product');
      else if (!product.trackStock) cells.problem('product', 'stock_untracked');
    }
    const quantity = cells.required('quantity') === undefined ? undefined : cells.thousandths('quantity');
    if (typeof quantity === 'number' && (quantity < 0 || quantity > MAX_QUANTITY))
      cells.problem('quantity', 'bad_quantity');
    const locationName = cells.cell('location');
    const locationId = locationName === '' ? store.salesFloorId : locations.get(locationName.toLowerCase());
    if (locationId === undefined) cells.problem('location', 'unknown_location');
    const unitCost = cells.money('unitCost', store.currency);
    // What a receipt refuses, the opening stock does too: a cost beyond any amount, or a line worth
    // more than any amount Kassa counts (a typing error that would break every value after it).
    if (
      typeof unitCost === 'number' &&
      (unitCost > MAX_AMOUNT ||
        (typeof quantity === 'number' && BigInt(quantity) * BigInt(unitCost) > BigInt(MAX_AMOUNT) * 1000n))
    ) {
      cells.problem('unitCost', 'bad_money');
    }
    if (problems.length > before || !product || typeof quantity !== 'number' || locationId === undefined)
      continue;
    read.push({
      line: row.line,
      key: `${product.id}@${locationId}`,
      value: { productId: product.id, locationId, quantity, unitCost: unitCost ?? product.cost },
    });
  }
  return firstOfEach(read, 'product', problems);
}

/**
 * Books opening stock: an `opening` movement per row at its cost, and each product's cost moved by
 * moving average as a receipt would (a product without a cost takes the first one given).
 */
export async function writeOpeningStock(
  tx: KassaContext,
  storeId: string,
  rows: readonly OpeningStockRow[],
  staffId: string,
): Promise<void> {
  const products = createProductRepository(tx.db);
  const stock = createStockRepository(tx.db);
  await products.lock(rows.map((row) => row.productId));
  const at = tx.clock();
  for (const row of rows) {
    const product = await products.get(row.productId);
    if (row.unitCost !== null && row.quantity > 0) {
      const cost = movingAverageCost(
        await stock.totalOnHand(row.productId),
        product?.cost ?? null,
        row.quantity,
        row.unitCost,
      );
      if (cost !== product?.cost) await updateProduct(tx, row.productId, { cost }, staffId);
    }
    await stock.applyMovements([
      {
        id: newId(tx),
        storeId,
        locationId: row.locationId,
        productId: row.productId,
        quantity: row.quantity,
        reason: 'opening',
        refId: null,
        unitCost: row.unitCost,
        createdAt: at,
        staffId,
      },
    ]);
  }
}
