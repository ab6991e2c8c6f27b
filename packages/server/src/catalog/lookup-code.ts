import type { LookupResult } from '@kassa/api';
import { classifyScan, pluKey, validateGtin } from '@kassa/core';
import { createProductRepository, type Product, type Store } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { scaleTemplatesOf } from '../stores/store-view';
import { toApiProduct } from './product-view';

function productByPlu(ctx: KassaContext, plu: string): Promise<Product | undefined> {
  // Labels zero-pad the PLU ('00042'); products store its canonical form ('42').
  return createProductRepository(ctx.db).getByPlu(pluKey(plu));
}

/**
 * Resolves a scanned code in a store: a scale label of the store's templates → the product by PLU
 * with the weight (`quantity`, thousandths of a kg) or the label price (`amount`); else a GTIN →
 * the product by its normalized barcode. A wrong check digit is 422 `bad_check_digit` (scan
 * again), a code that is no barcode at all 422 `bad_barcode`, an unknown one 404 `barcode_not_found`.
 */
export async function lookupCode(ctx: KassaContext, store: Store, code: string): Promise<LookupResult> {
  const scan = classifyScan(code, scaleTemplatesOf(store));
  const products = createProductRepository(ctx.db);
  if (scan.kind === 'scale') {
    const product = await productByPlu(ctx, scan.label.plu);
    if (product) {
      return scan.label.kind === 'weight'
        ? {
            product: toApiProduct(product),
            match: 'scale-weight',
            quantity: scan.label.quantity,
            amount: null,
          }
        : { product: toApiProduct(product), match: 'scale-price', quantity: null, amount: scan.label.amount };
    }
    // Some shops give their own goods restricted-circulation codes as ordinary barcodes.
    const byBarcode = await products.getByBarcode(code);
    if (byBarcode)
      return { product: toApiProduct(byBarcode), match: 'barcode', quantity: null, amount: null };
    throw new HttpError('barcode_not_found', { code });
  }
  if (scan.kind === 'gtin') {
    const product = await products.getByBarcode(scan.gtin);
    if (!product) throw new HttpError('barcode_not_found', { code });
    return { product: toApiProduct(product), match: 'barcode', quantity: null, amount: null };
  }
  const gtin = validateGtin(scan.code);
  if (!gtin.ok && gtin.error.code === 'bad_check_digit') {
    throw new HttpError('bad_check_digit', { code, expected: gtin.error.expected });
  }
  throw new HttpError('bad_barcode', { code });
}
