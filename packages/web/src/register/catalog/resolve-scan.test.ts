import { describe, expect, it } from 'vitest';
import { CATALOG, CODES, ean, fixtureIndex, IDS } from '../testing/catalog-fixture';
import { indexCatalog } from './catalog-index';
import { resolveScan } from './resolve-scan';
import { searchProducts } from './search-products';

const index = fixtureIndex();

describe('resolveScan', () => {
  it('finds a product by its EAN-13', () => {
    const outcome = resolveScan(CODES.cola, index);
    expect(outcome).toMatchObject({ ok: true, kind: 'item', barcode: CODES.cola });
    expect(outcome.ok && outcome.product.id).toBe(IDS.cola);
  });

  it('finds a product saved with a UPC-A by the normalized form, and trims scanner whitespace', () => {
    const outcome = resolveScan(` ${CODES.bread}\n`, index);
    expect(outcome.ok && outcome.product.id).toBe(IDS.bread);
  });

  it('reads the weight from a scale label and finds the product by PLU despite zero padding', () => {
    const outcome = resolveScan(CODES.apple350g, index);
    expect(outcome).toMatchObject({ ok: true, kind: 'weight', quantity: 350 });
    expect(outcome.ok && outcome.product.id).toBe(IDS.apple);
  });

  it('reads the amount from a price label (longest template prefix wins)', () => {
    const outcome = resolveScan(CODES.cake2345, index);
    expect(outcome).toMatchObject({ ok: true, kind: 'price', amount: 2345 });
    expect(outcome.ok && outcome.product.id).toBe(IDS.cake);
  });

  it('refuses a wrong check digit without adding anything', () => {
    const bad = CODES.cola.slice(0, 12) + String((Number(CODES.cola.at(12)) + 1) % 10);
    expect(resolveScan(bad, index)).toEqual({ ok: false, code: 'bad_check_digit', barcode: bad });
  });

  it('reports unknown GTINs, unknown PLUs and codes that are no barcode', () => {
    expect(resolveScan(ean('690999999999'), index)).toMatchObject({ ok: false, code: 'barcode_not_found' });
    expect(resolveScan(ean('200999900350'), index)).toMatchObject({ ok: false, code: 'barcode_not_found' });
    expect(resolveScan('1234567890', index)).toMatchObject({ ok: false, code: 'bad_barcode' });
    expect(resolveScan('abc', index)).toMatchObject({ ok: false, code: 'bad_barcode' });
  });

  it('takes a typed code of 1–6 digits as a PLU (PLU 码), zero padding or not', () => {
    for (const typed of ['42', '00042', '000042', ' 42\n']) {
      const outcome = resolveScan(typed, index);
      expect(outcome, typed).toMatchObject({ ok: true, kind: 'plu', barcode: typed.trim() });
      // The weighed apples: the register asks for the weight, as when their key is tapped.
      expect(outcome.ok && outcome.product.id, typed).toBe(IDS.apple);
    }
    const cake = resolveScan('1234', index);
    expect(cake.ok && cake.product.id).toBe(IDS.cake);
  });

  it('says which PLU is unknown, but lets a 6-digit code that is no PLU go on as a scanned code', () => {
    expect(resolveScan('7', index)).toEqual({ ok: false, code: 'plu_not_found', barcode: '7' });
    expect(resolveScan('12345', index)).toEqual({ ok: false, code: 'plu_not_found', barcode: '12345' });
    expect(resolveScan('123456', index)).toEqual({ ok: false, code: 'bad_barcode', barcode: '123456' });
    const cake = CATALOG.products.find((p) => p.id === IDS.cake);
    if (!cake) throw new Error('the fixture has no cake');
    const withSixDigits = indexCatalog({ ...CATALOG, products: [{ ...cake, plu: '123456' }] });
    const outcome = resolveScan('123456', withSixDigits);
    expect(outcome).toMatchObject({ ok: true, kind: 'plu' });
    expect(outcome.ok && outcome.product.id).toBe(IDS.cake);
  });

  it('does not sell inactive products', () => {
    expect(resolveScan(ean('690000000001'), index)).toMatchObject({ ok: false, code: 'barcode_not_found' });
  });

  it('refuses a weight label for a product sold by the piece', () => {
    const piece = fixtureIndex({
      scaleBarcodeTemplates: [{ prefix: '20', pluLength: 5, valueLength: 5, kind: 'weight' }],
    });
    expect(resolveScan(ean('200123400350'), piece)).toMatchObject({ ok: false, code: 'invalid_quantity' });
  });

  it('ignores an invalid store template instead of failing every scan', () => {
    const broken = fixtureIndex({
      scaleBarcodeTemplates: [{ prefix: '2', pluLength: 5, valueLength: 5, kind: 'weight' }],
    });
    expect(resolveScan(CODES.cola, broken)).toMatchObject({ ok: true, kind: 'item' });
    expect(resolveScan(CODES.apple350g, broken)).toMatchObject({ ok: false, code: 'barcode_not_found' });
  });
});

describe('searchProducts', () => {
  it('matches every word in name or SKU, case-insensitively, exact SKU first', () => {
    expect(searchProducts(index, 'toast').map((p) => p.sku)).toEqual(['BREAD']);
    expect(searchProducts(index, '苹果').map((p) => p.sku)).toEqual(['APPLE']);
    expect(searchProducts(index, 'cola 330').map((p) => p.sku)).toEqual(['COLA-330']);
    expect(searchProducts(index, 'cake').map((p) => p.sku)).toEqual(['CAKE']);
    expect(searchProducts(index, '  ')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(searchProducts(index, 'a', 2)).toHaveLength(2);
  });
});
