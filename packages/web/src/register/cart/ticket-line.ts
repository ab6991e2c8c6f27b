import type { Product } from '@kassa/api';
import type { TicketLine } from '@kassa/core';
import type { CatalogIndex } from '../catalog/catalog-index';
import type { ScanOutcome } from '../catalog/resolve-scan';

function baseLine(product: Product, index: CatalogIndex, id: string) {
  return {
    id,
    productId: product.id,
    name: product.name,
    sku: product.sku,
    unit: product.unit,
    unitPrice: product.price,
    ratePpm: index.taxRates.get(product.taxClassId) ?? 0,
  } as const;
}

/** A line for a product picked by hand (button or search): one piece, or one kg to be corrected. */
export function lineForProduct(
  product: Product,
  index: CatalogIndex,
  id: string,
  quantity = 1000,
): TicketLine {
  return { ...baseLine(product, index, id), quantity };
}

/**
 * A line for a resolved scan. A weight label sets the quantity; a price label fixes the line amount
 * (its quantity is one labelled article, and the server reads the amount back from the barcode). A
 * typed PLU is no barcode: its line is one piece or kg, as picked by hand.
 */
export function lineForScan(
  outcome: ScanOutcome & { ok: true },
  index: CatalogIndex,
  id: string,
): TicketLine {
  const line = { ...baseLine(outcome.product, index, id), barcode: outcome.barcode };
  switch (outcome.kind) {
    case 'item':
      return { ...line, quantity: 1000 };
    case 'weight':
      return { ...line, quantity: outcome.quantity };
    case 'price':
      return { ...line, quantity: 1000, fixedAmount: outcome.amount };
    case 'plu':
      return lineForProduct(outcome.product, index, id);
  }
}

/** Whether +/− steps make sense: counted pieces only (weights are typed, price labels are fixed). */
export function isSteppable(line: TicketLine): boolean {
  return line.unit === 'piece' && line.fixedAmount === undefined;
}
