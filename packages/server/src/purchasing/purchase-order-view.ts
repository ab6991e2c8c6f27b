import type { PurchaseOrder as ApiPurchaseOrder, PurchaseOrderSummary } from '@kassa/api';
import { lineAmount, receivedShare } from '@kassa/core';
import {
  createStockReceiptRepository,
  createSupplierRepository,
  type PurchaseOrder,
  type PurchaseOrderLine,
} from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import { loadSaleProducts } from '../sales/sale-products';

/**
 * A purchase order as the API shows it: its supplier's name, each line with the product's SKU,
 * name and unit and the supplier's item number, and the receipts booked against it.
 */
export async function toApiPurchaseOrder(ctx: KassaContext, order: PurchaseOrder): Promise<ApiPurchaseOrder> {
  const suppliers = createSupplierRepository(ctx.db);
  const [names, products, terms, receiptIds] = await Promise.all([
    supplierNames(ctx, [order.supplierId]),
    loadSaleProducts(
      ctx.db,
      order.lines.map((line) => line.productId),
    ),
    suppliers.listProducts(order.supplierId),
    createStockReceiptRepository(ctx.db).idsForOrder(order.id),
  ]);
  return {
    ...summaryFields(order, names),
    lines: order.lines.map((line) => {
      const product = products.get(line.productId);
      return {
        ...line,
        sku: product?.sku ?? '',
        name: product?.name ?? '',
        unit: product?.unit ?? 'piece',
        supplierSku: terms.find((entry) => entry.productId === line.productId)?.supplierSku ?? '',
      };
    }),
    receiptIds,
  };
}

/** Orders as a list shows them: without lines, with how many and how much of them came. */
export async function toApiSummaries(
  ctx: KassaContext,
  orders: readonly PurchaseOrder[],
): Promise<PurchaseOrderSummary[]> {
  const names = await supplierNames(
    ctx,
    orders.map((order) => order.supplierId),
  );
  return orders.map((order) => ({
    ...summaryFields(order, names),
    lineCount: order.lines.length,
    receivedShare: receivedShare(order.lines),
  }));
}

/** What an order is worth at its costs: each line rounded half-up to a minor unit, then summed. */
export function orderTotal(lines: readonly Pick<PurchaseOrderLine, 'quantity' | 'unitCost'>[]): number {
  return lines.reduce((total, line) => total + lineAmount(line.unitCost, line.quantity), 0);
}

function summaryFields(order: PurchaseOrder, names: ReadonlyMap<string, string>) {
  const { requestHash: _, lines, ...fields } = order;
  return { ...fields, supplierName: names.get(order.supplierId) ?? '', total: orderTotal(lines) };
}

async function supplierNames(ctx: KassaContext, ids: readonly string[]): Promise<Map<string, string>> {
  const suppliers = createSupplierRepository(ctx.db);
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    const supplier = await suppliers.get(id);
    if (supplier) names.set(id, supplier.name);
  }
  return names;
}
