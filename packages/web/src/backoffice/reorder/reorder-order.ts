import { formatDecimal } from '@kassa/core';
import { type OrderBody, type OrderDraftLine, type ReadLine, readLine } from '../purchasing/order-draft';
import type { Suggestion } from './reorder-groups';

/** A suggested line as the user left it: ticked or not, and the packs (箱数) to order as typed. */
export type ReorderPick = { readonly checked: boolean; readonly packs: string };

/** A suggestion as picked at first: ticked, its quantity in the supplier's packs (24 in cases of 12 is 2). */
export function initialPick(item: Suggestion): ReorderPick {
  return { checked: true, packs: String(item.quantity / Math.max(1, item.packSize)) };
}

/** The order line a pick makes, at the supplier's pack size and cost. */
function draftLine(item: Suggestion, pick: ReorderPick, currency: string): OrderDraftLine {
  return {
    productId: item.productId,
    sku: item.sku,
    name: item.name,
    unit: item.unit,
    supplierSku: '',
    packSize: item.packSize,
    packs: pick.packs,
    cost: formatDecimal(item.unitCost ?? 0, currency),
  };
}

/** A pick read as a purchase order line reads (quantity null while the packs do not read). */
export function readPick(item: Suggestion, pick: ReorderPick, currency: string): ReadLine {
  return readLine(draftLine(item, pick, currency), currency);
}

/**
 * The draft purchase order for the ticked lines of one supplier, received at the location; null
 * when nothing is ticked or a ticked line's packs do not read.
 */
export function reorderBody(
  supplierId: string,
  locationId: string,
  items: readonly Suggestion[],
  picks: ReadonlyMap<string, ReorderPick>,
  currency: string,
): OrderBody | null {
  const lines: OrderBody['lines'] = [];
  for (const item of items) {
    const pick = picks.get(item.productId);
    if (!pick?.checked) continue;
    const { quantity, unitCost } = readPick(item, pick, currency);
    if (quantity === null || unitCost === null) return null;
    lines.push({ productId: item.productId, quantity, unitCost, packSize: item.packSize });
  }
  if (lines.length === 0) return null;
  return { supplierId, locationId, expectedOn: null, note: '', lines };
}
