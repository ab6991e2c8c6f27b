import type { Product } from '@kassa/api';
import { classifyScan, pluKey, validateGtin } from '@kassa/core';
import type { CatalogIndex } from './catalog-index';

/** Why a scanned code adds nothing; each is an error code with a translated message. */
export type ScanFailure =
  | 'bad_barcode'
  | 'bad_check_digit'
  | 'barcode_not_found'
  | 'plu_not_found'
  | 'invalid_quantity';

/** What a scan adds to the ticket, or why it adds nothing. */
export type ScanOutcome =
  | { readonly ok: true; readonly kind: 'item'; readonly product: Product; readonly barcode: string }
  | {
      readonly ok: true;
      readonly kind: 'weight';
      readonly product: Product;
      readonly barcode: string;
      /** Thousandths of a kg, from the label. */
      readonly quantity: number;
    }
  | {
      readonly ok: true;
      readonly kind: 'price';
      readonly product: Product;
      readonly barcode: string;
      /** The amount printed on the label, in minor units. */
      readonly amount: number;
    }
  /** A PLU typed by hand (PLU 码): the product, as if its key were tapped (a weight is still to come). */
  | { readonly ok: true; readonly kind: 'plu'; readonly product: Product; readonly barcode: string }
  | { readonly ok: false; readonly code: ScanFailure; readonly barcode: string };

/**
 * Resolves a scanned code against the catalogue in memory, without the network. A code of 1–6
 * digits is a PLU a cashier typed (PLU 码); one of 6 digits that is no product's PLU goes on as a
 * scanned code. Then scale labels by the store's templates and PLU (checked before GTINs, as they
 * are valid EAN-13s too), then product GTINs by their normalized form (a UPC-E scan finds the
 * product saved with its EAN-13).
 */
export function resolveScan(code: string, index: CatalogIndex): ScanOutcome {
  const barcode = code.trim();
  if (/^\d{1,6}$/.test(barcode)) {
    const product = index.byPlu.get(pluKey(barcode));
    if (product) return { ok: true, kind: 'plu', product, barcode };
    if (barcode.length < 6) return { ok: false, code: 'plu_not_found', barcode };
  }
  if (!/^\d{6,32}$/.test(barcode)) return { ok: false, code: 'bad_barcode', barcode };
  const scan = classifyScan(barcode, index.scaleTemplates);
  switch (scan.kind) {
    case 'scale': {
      const product = index.byPlu.get(pluKey(scan.label.plu));
      if (!product) return { ok: false, code: 'barcode_not_found', barcode };
      if (scan.label.kind === 'price')
        return { ok: true, kind: 'price', product, barcode, amount: scan.label.amount };
      // A weight only makes sense for a product sold by weight, and a zero weight is a misprint.
      if (product.unit !== 'kg' || scan.label.quantity <= 0) {
        return { ok: false, code: 'invalid_quantity', barcode };
      }
      return { ok: true, kind: 'weight', product, barcode, quantity: scan.label.quantity };
    }
    case 'gtin': {
      const product = index.byBarcode.get(scan.gtin);
      return product
        ? { ok: true, kind: 'item', product, barcode }
        : { ok: false, code: 'barcode_not_found', barcode };
    }
    case 'unknown': {
      const gtin = validateGtin(barcode);
      const failure = !gtin.ok && gtin.error.code === 'bad_check_digit' ? 'bad_check_digit' : 'bad_barcode';
      return { ok: false, code: failure, barcode };
    }
  }
}
