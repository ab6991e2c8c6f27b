import type { ReorderSuggestions } from '@kassa/api';
import { addDays, businessDate, forecastDaily, fromFirstSale, suggestReorder } from '@kassa/core';
import { createReorderRepository, createRollupRepository } from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import type { KassaContext } from '../kassa-context';
import { loadSaleProducts } from '../sales/sale-products';
import { openLocation } from '../stock/stock-document';
import { visibleStore } from '../stores/visible-store';

/** Days a delivery should last beyond the supplier's lead time: a weekly ordering round. */
const COVER_DAYS = 7;
/** Days of sales the forecast is fitted on: eight weeks, enough for a weekly season. */
const HISTORY_DAYS = 56;
/** Products per rollup read: keeps each under the bound-parameter limits. */
const PRODUCTS_PER_READ = 500;

/**
 * What to order for a location of the store (its sales floor unless told), product by product
 * (core `suggestReorder`): by the location's reorder rules, or — without one — by the product's
 * sales forecast (the store's daily quantities sold net of refunds, the last eight weeks, core
 * `forecastDaily`) over the cheapest active supplier's lead time plus a week. Goods still to come
 * on open orders to the location count as held. Only products worth ordering are listed, by
 * supplier (those without one last), then SKU.
 * @throws HttpError `store_not_found`, `stock_location_not_found`, `stock_location_closed`.
 */
export async function reorderSuggestions(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  query: { readonly locationId?: string | undefined },
): Promise<ReorderSuggestions> {
  const store = await visibleStore(ctx, auth, storeId);
  const location = await openLocation(ctx, store.id, query.locationId ?? store.salesFloorId);
  const reorder = createReorderRepository(ctx.db);
  const positions = await reorder.positions(location.id);
  const productIds = positions.map((position) => position.productId);
  const [onOrder, offers, products, sold] = await Promise.all([
    reorder.onOrder(location.id),
    reorder.bestOffers(productIds),
    loadSaleProducts(ctx.db, productIds),
    dailySold(ctx, store, productIds),
  ]);
  const items: ReorderSuggestions['items'] = [];
  for (const position of positions) {
    const offer = offers.get(position.productId);
    const product = products.get(position.productId);
    const leadTimeDays = offer?.leadTimeDays ?? 0;
    const days = Math.max(1, leadTimeDays) + COVER_DAYS;
    const history = fromFirstSale(sold.get(position.productId) ?? []);
    const dailyDemand = history.length === 0 ? [] : forecastDaily(history, { horizon: days }).forecast;
    const suggestion = suggestReorder({
      ...position,
      onOrder: onOrder.get(position.productId) ?? 0,
      dailyDemand,
      leadTimeDays,
      coverDays: COVER_DAYS,
      packSize: offer?.packSize ?? 1000,
    });
    if (!suggestion || !product) continue;
    items.push({
      productId: position.productId,
      sku: product.sku,
      name: product.name,
      unit: product.unit,
      onHand: position.onHand,
      onOrder: onOrder.get(position.productId) ?? 0,
      reorderPoint: position.reorderPoint,
      reorderQuantity: position.reorderQuantity,
      forecastDemand: dailyDemand.reduce((sum, day) => sum + day, 0),
      ...suggestion,
      supplierId: offer?.supplierId ?? null,
      supplierName: offer?.supplierName ?? null,
      unitCost: offer?.unitCost ?? null,
      packSize: offer?.packSize ?? 1000,
      leadTimeDays: offer?.leadTimeDays ?? null,
    });
  }
  items.sort(
    (a, b) =>
      Number(a.supplierName === null) - Number(b.supplierName === null) ||
      (a.supplierName ?? '').localeCompare(b.supplierName ?? '') ||
      a.sku.localeCompare(b.sku),
  );
  return { locationId: location.id, coverDays: COVER_DAYS, items };
}

/** Per product, the store's quantity sold net of refunds on each of the last eight business days. */
async function dailySold(
  ctx: KassaContext,
  store: { readonly id: string; readonly timeZone: string; readonly businessDayCutoverMinutes: number },
  productIds: readonly string[],
): Promise<Map<string, number[]>> {
  const yesterday = addDays(businessDate(ctx.clock(), store.timeZone, store.businessDayCutoverMinutes), -1);
  const from = addDays(yesterday, 1 - HISTORY_DAYS);
  const dayIndex = new Map(Array.from({ length: HISTORY_DAYS }, (_, i) => [addDays(from, i), i]));
  const series = new Map<string, number[]>();
  const rollups = createRollupRepository(ctx.db);
  for (let i = 0; i < productIds.length; i += PRODUCTS_PER_READ) {
    const rows = await rollups.sum({
      storeIds: [store.id],
      dimension: 'product',
      from,
      to: yesterday,
      by: 'date_key',
      keys: productIds.slice(i, i + PRODUCTS_PER_READ),
      measures: ['items', 'refund_items'],
    });
    for (const row of rows) {
      const index = dayIndex.get(row.businessDate ?? '');
      if (index === undefined || row.key === null) continue;
      const days = series.get(row.key) ?? Array<number>(HISTORY_DAYS).fill(0);
      days[index] = row.measures.items - row.measures.refund_items;
      series.set(row.key, days);
    }
  }
  return series;
}
