import type { SlowMover, SlowMovers } from '@kassa/api';
import { lineAmount } from '@kassa/core';
import { createReportReads, createRollupRepository } from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import type { KassaContext } from '../kassa-context';
import { toReportMeasures } from './report-measures';
import { reportStores } from './report-stores';

type Query = {
  readonly storeId?: string | undefined;
  readonly from: string;
  readonly to: string;
  readonly limit: number;
};

/**
 * 滞销商品: every active product with what it sold over business dates `from`…`to` in the stores
 * (after refunds, from the product rollups), fewest sold first, so products that sold nothing at
 * all lead; among equals, those tying up the most stock at cost come first.
 */
export async function slowMovers(ctx: KassaContext, auth: AuthSession, query: Query): Promise<SlowMovers> {
  const { stores, currency } = await reportStores(ctx, auth, query.storeId);
  const storeIds = stores.map((store) => store.id);
  const [products, sold] = await Promise.all([
    createReportReads(ctx.db).stockedProducts(storeIds),
    createRollupRepository(ctx.db).sum({
      storeIds,
      from: query.from,
      to: query.to,
      dimension: 'product',
      by: 'key',
    }),
  ]);
  const soldOf = new Map(sold.map((row) => [row.key ?? '', row.measures]));
  const items: SlowMover[] = products.map((product) => {
    const measures = soldOf.get(product.id);
    const figures = measures ? toReportMeasures(measures) : null;
    return {
      productId: product.id,
      name: product.name,
      sku: product.sku,
      unit: product.unit,
      onHand: product.onHand,
      items: figures ? figures.items - figures.refundItems : 0,
      netSales: figures?.netSales ?? 0,
      // On hand at cost, priced like a line of that quantity.
      stockValue: product.cost === null ? null : lineAmount(product.cost, product.onHand),
    };
  });
  items.sort(
    (a, b) =>
      a.items - b.items ||
      (b.stockValue ?? 0) - (a.stockValue ?? 0) ||
      a.netSales - b.netSales ||
      (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0),
  );
  return { currency, storeIds, from: query.from, to: query.to, items: items.slice(0, query.limit) };
}
