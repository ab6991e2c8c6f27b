import type { Catalog, Product, Store } from '@kassa/api';
import { encodeScaleBarcode, gtinCheckDigit } from '@kassa/core';
import { type CatalogIndex, indexCatalog } from '../catalog/catalog-index';

/** A valid EAN-13 (or UPC-A for 11 digits) from its body: the check digit is appended. */
export function ean(body: string): string {
  return body + String(gtinCheckDigit(body));
}

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const IDS = {
  store: id(1),
  vat13: id(2),
  vat9: id(3),
  drinks: id(4),
  fresh: id(5),
  cola: id(10),
  apple: id(11),
  cake: id(12),
  bread: id(13),
  water: id(14),
} as const;

export const WEIGHT_TEMPLATE = { prefix: '20', pluLength: 5, valueLength: 5, kind: 'weight' } as const;
export const PRICE_TEMPLATE = { prefix: '22', pluLength: 5, valueLength: 5, kind: 'price' } as const;

export const CODES = {
  cola: ean('690123456789'),
  /** UPC-A: stored as such, scanned as such; indexed by its 13-digit form. */
  bread: ean('03600029145'),
  /** 0.350 kg of apples (PLU 42). */
  apple350g: encodeScaleBarcode(WEIGHT_TEMPLATE, '42', 350),
  /** A cake labelled ¥23.45 (PLU 1234). */
  cake2345: encodeScaleBarcode(PRICE_TEMPLATE, '1234', 2345),
} as const;

function product(fields: Partial<Product> & Pick<Product, 'id' | 'sku' | 'name' | 'price'>): Product {
  return {
    categoryId: null,
    unit: 'piece',
    cost: null,
    taxClassId: IDS.vat13,
    trackStock: true,
    openPrice: false,
    plu: null,
    active: true,
    barcodes: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...fields,
  };
}

export const STORE: Store = {
  id: IDS.store,
  code: 'S01',
  name: '人民路店',
  address: null,
  phone: null,
  currency: 'CNY',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  businessDayCutoverMinutes: 240,
  taxMode: 'inclusive',
  taxRounding: 'line',
  taxInclusiveTarget: 'net',
  roundingMode: 'half-up',
  cashRounding: { increment: 10, mode: 'down' },
  scaleBarcodeTemplates: [WEIGHT_TEMPLATE, PRICE_TEMPLATE],
  receiptFooter: null,
  unreceiptedReturnTender: 'cash',
  registerOfflineAlertHours: 24,
};

export const CATALOG: Catalog = {
  store: STORE,
  categories: [
    { id: IDS.fresh, name: '生鲜', parentId: null, sortOrder: 2, color: null },
    { id: IDS.drinks, name: '饮料', parentId: null, sortOrder: 1, color: '#0a84ff' },
  ],
  taxClasses: [
    { id: IDS.vat13, name: '13%', ratePpm: 130_000 },
    { id: IDS.vat9, name: '9%', ratePpm: 90_000 },
  ],
  products: [
    product({
      id: IDS.cola,
      sku: 'COLA-330',
      name: '可口可乐 330ml',
      price: 350,
      categoryId: IDS.drinks,
      barcodes: [CODES.cola],
    }),
    product({
      id: IDS.apple,
      sku: 'APPLE',
      name: '红富士苹果',
      price: 1299,
      unit: 'kg',
      plu: '00042',
      categoryId: IDS.fresh,
      taxClassId: IDS.vat9,
    }),
    product({ id: IDS.cake, sku: 'CAKE', name: '鲜奶蛋糕', price: 2000, plu: '1234' }),
    product({ id: IDS.bread, sku: 'BREAD', name: 'Toast bread', price: 800, barcodes: [CODES.bread] }),
    product({
      id: IDS.water,
      sku: 'WATER',
      name: '矿泉水',
      price: 200,
      active: false,
      barcodes: [ean('690000000001')],
    }),
  ],
};

/** The fixture catalogue, indexed as the register holds it. */
export function fixtureIndex(overrides: Partial<Store> = {}): CatalogIndex {
  return indexCatalog({ ...CATALOG, store: { ...STORE, ...overrides } });
}
