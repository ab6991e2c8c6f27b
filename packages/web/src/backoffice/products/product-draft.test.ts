import type { ProductDetail } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { ean } from '../../register/testing/catalog-fixture';
import { draftFromProduct, emptyDraft, productBodyFromDraft } from './product-draft';

const TAX = '00000000-0000-7000-8000-000000000002';
const STORE = '00000000-0000-7000-8000-000000000001';

describe('productBodyFromDraft', () => {
  it('parses yuan with the core and builds a valid body', () => {
    const result = productBodyFromDraft(
      {
        ...emptyDraft(TAX),
        sku: 'COLA-1',
        name: ' 可乐 ',
        price: '¥3.50',
        cost: '1,234.5',
        barcodes: [ean('690123456789'), ' '],
        plu: '42',
      },
      'CNY',
      STORE,
    );
    expect(result).toEqual({
      ok: true,
      body: expect.objectContaining({
        sku: 'COLA-1',
        name: '可乐',
        price: 350,
        cost: 123450,
        barcodes: [ean('690123456789')],
        plu: '42',
        categoryId: null,
      }),
    });
  });

  it('reports each field problem with a translatable key', () => {
    const result = productBodyFromDraft(
      {
        ...emptyDraft(TAX),
        sku: 'bad sku',
        name: '',
        price: '1,5',
        cost: '-2',
        barcodes: ['6901234567890'],
        plu: '1234567',
      },
      'CNY',
      STORE,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      sku: { key: 'product.errors.sku' },
      name: { key: 'product.errors.required' },
      price: { key: 'product.errors.money_ambiguous_separator' },
      cost: { key: 'product.errors.negative' },
      barcodes: { key: 'product.errors.barcode_bad_check_digit', values: { row: 1, code: '6901234567890' } },
      plu: { key: 'product.errors.plu' },
    });
  });

  it('says a too long name with its limit as a translatable key, not English text', () => {
    const result = productBodyFromDraft(
      { ...emptyDraft(TAX), sku: 'LONG', name: '长'.repeat(201), price: '1' },
      'CNY',
      STORE,
    );
    expect(result).toEqual({
      ok: false,
      errors: { name: { key: 'product.errors.tooLong', values: { max: 200 } } },
    });
  });

  it('refuses more decimals than the currency has, and an empty price', () => {
    const result = productBodyFromDraft(
      { ...emptyDraft(TAX), sku: 'A', name: 'A', price: '1.234' },
      'CNY',
      STORE,
    );
    expect(!result.ok && result.errors.price).toEqual({
      key: 'product.errors.tooManyDecimals',
      values: { count: 2 },
    });
    const empty = productBodyFromDraft({ ...emptyDraft(TAX), sku: 'A', name: 'A' }, 'CNY', STORE);
    expect(!empty.ok && empty.errors.price).toEqual({ key: 'product.errors.required' });
  });

  it('round-trips a product through the form', () => {
    const product: ProductDetail = {
      id: '00000000-0000-7000-8000-000000000010',
      sku: 'APPLE',
      name: 'Apple',
      categoryId: null,
      unit: 'kg',
      price: 1299,
      cost: null,
      taxClassId: TAX,
      trackStock: true,
      openPrice: false,
      plu: '42',
      active: true,
      barcodes: [],
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      reorderPoints: [
        { storeId: STORE, reorderPoint: 2500 },
        { storeId: TAX, reorderPoint: 9000 },
      ],
    };
    const draft = draftFromProduct(product, 'CNY', STORE);
    expect(draft).toMatchObject({ price: '12.99', cost: '', barcodes: [''], reorderPoint: '2.5' });
    const result = productBodyFromDraft(draft, 'CNY', STORE);
    expect(result.ok && result.body).toMatchObject({
      price: 1299,
      unit: 'kg',
      plu: '42',
      cost: null,
      barcodes: [],
      reorderPoints: [{ storeId: STORE, reorderPoint: 2500 }],
    });
  });

  it('sends this store’s reorder point in thousandths, and clears it when empty or untracked', () => {
    const draft = { ...emptyDraft(TAX), sku: 'A', name: 'A', price: '1' };
    const body = (reorderPoint: string, extra = {}) => {
      const result = productBodyFromDraft({ ...draft, reorderPoint, ...extra }, 'CNY', STORE);
      return result.ok ? result.body.reorderPoints : result.errors;
    };
    expect(body('5')).toEqual([{ storeId: STORE, reorderPoint: 5000 }]);
    expect(body('0')).toEqual([{ storeId: STORE, reorderPoint: 0 }]);
    expect(body(' ')).toEqual([{ storeId: STORE, reorderPoint: null }]);
    expect(body('5', { trackStock: false })).toEqual([{ storeId: STORE, reorderPoint: null }]);
    expect(body('0.35', { unit: 'kg' })).toEqual([{ storeId: STORE, reorderPoint: 350 }]);
    // Pieces are whole; weights have at most 3 decimals (grams).
    expect(body('2.5')).toEqual({ reorderPoint: { key: 'product.errors.wholePieces' } });
    expect(body('0.0005', { unit: 'kg' })).toEqual({
      reorderPoint: { key: 'product.errors.quantity_too_precise' },
    });
    expect(body('-1')).toEqual({ reorderPoint: { key: 'product.errors.quantity_negative' } });
    expect(body('five')).toEqual({ reorderPoint: { key: 'product.errors.quantity_not_a_number' } });
  });
});
