import type { Product, PurchaseOrder, SupplierProduct } from '@kassa/api';
import { formatDecimal, lineAmount, parseMoney, Quantity, type Unit } from '@kassa/core';
import { thousandthsText } from '../stock/quantity-text';

/** One line of a purchase order as typed: packs (箱数) and the cost per unit as text. */
export type OrderDraftLine = {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unit: Unit;
  readonly supplierSku: string;
  /** Thousandths of the unit per pack (箱规): a case of 24 pieces is 24000. */
  readonly packSize: number;
  readonly packs: string;
  /** Per piece or per kg, in the store currency: '2.50'. */
  readonly cost: string;
};

/** A purchase order as its form holds it. */
export type OrderDraft = {
  readonly supplierId: string;
  readonly locationId: string;
  /** 'YYYY-MM-DD', or '' when no date was agreed. */
  readonly expectedOn: string;
  readonly note: string;
  readonly lines: readonly OrderDraftLine[];
};

/** A draft line read: what it orders in thousandths and at what cost, null where the text is bad. */
export type ReadLine = { readonly quantity: number | null; readonly unitCost: number | null };

/** The body of a draft order, as the API takes it (the id is added on creation). */
export type OrderBody = {
  readonly supplierId: string;
  readonly locationId: string;
  readonly expectedOn: string | null;
  readonly note: string;
  readonly lines: { productId: string; quantity: number; unitCost: number; packSize: number }[];
};

/** A new order before anything is chosen. */
export const emptyOrderDraft: OrderDraft = {
  supplierId: '',
  locationId: '',
  expectedOn: '',
  note: '',
  lines: [],
};

/** A line for something the supplier sells: one pack at the supplier's cost. */
export function lineFromSupplierProduct(item: SupplierProduct, currency: string): OrderDraftLine {
  return {
    productId: item.productId,
    sku: item.sku,
    name: item.name,
    unit: item.unit,
    supplierSku: item.supplierSku,
    packSize: item.packSize,
    packs: '1',
    cost: formatDecimal(item.unitCost, currency),
  };
}

/** A line for a product the supplier has no terms for: ordered by the unit, at the product's cost. */
export function lineFromProduct(product: Product, currency: string): OrderDraftLine {
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    unit: product.unit,
    supplierSku: '',
    packSize: Quantity.ONE,
    packs: '1',
    cost: product.cost === null ? '' : formatDecimal(product.cost, currency),
  };
}

/** The form of a saved order: packs worked back from the quantity (by the unit if they do not divide). */
export function draftFromOrder(order: PurchaseOrder, currency: string): OrderDraft {
  return {
    supplierId: order.supplierId,
    locationId: order.locationId,
    expectedOn: order.expectedOn ?? '',
    note: order.note,
    lines: order.lines.map((line) => {
      // 36 pieces in cases of 24 is 1.5 cases; 25 pieces in cases of 24 is not typed in cases.
      const packsThousandths = (line.quantity * Quantity.ONE) / line.packSize;
      const whole = line.packSize > 0 && Number.isInteger(packsThousandths);
      return {
        productId: line.productId,
        sku: line.sku,
        name: line.name,
        unit: line.unit,
        supplierSku: line.supplierSku,
        packSize: whole ? line.packSize : Quantity.ONE,
        packs: thousandthsText(whole ? packsThousandths : line.quantity),
        cost: formatDecimal(line.unitCost, currency),
      };
    }),
  };
}

/**
 * Reads a line: packs × pack size in thousandths of the unit (more than nothing, and a whole number
 * of thousandths: 0.5 of a case of 3 pieces is not), the cost per unit in minor units.
 */
export function readLine(line: OrderDraftLine, currency: string): ReadLine {
  const packs = Quantity.parse(line.packs);
  let quantity: number | null = null;
  if (packs.ok && packs.value > 0) {
    const thousandths = BigInt(packs.value) * BigInt(line.packSize);
    const exact = thousandths % 1000n === 0n && thousandths / 1000n <= BigInt(Number.MAX_SAFE_INTEGER);
    if (exact) quantity = Number(thousandths / 1000n);
  }
  const cost = parseMoney(line.cost, currency);
  const unitCost = cost.ok && cost.value.amount >= 0 ? cost.value.amount : null;
  return { quantity, unitCost };
}

/** The order's total as the server counts it: each line's quantity × cost, rounded half-up per line. */
export function estimateTotal(lines: readonly ReadLine[]): number {
  return lines.reduce(
    (sum, { quantity, unitCost }) =>
      quantity === null || unitCost === null ? sum : sum + lineAmount(unitCost, quantity),
    0,
  );
}

/** The API body of a draft, or null while a line is unreadable or nothing is ordered yet. */
export function orderBody(draft: OrderDraft, currency: string): OrderBody | null {
  if (draft.supplierId === '' || draft.locationId === '' || draft.lines.length === 0) return null;
  const lines: OrderBody['lines'] = [];
  for (const line of draft.lines) {
    const { quantity, unitCost } = readLine(line, currency);
    if (quantity === null || unitCost === null) return null;
    lines.push({ productId: line.productId, quantity, unitCost, packSize: line.packSize });
  }
  return {
    supplierId: draft.supplierId,
    locationId: draft.locationId,
    expectedOn: draft.expectedOn === '' ? null : draft.expectedOn,
    note: draft.note.trim(),
    lines,
  };
}
