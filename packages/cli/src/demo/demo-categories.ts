/** China VAT on most goods: 13%, in parts per million. */
export const VAT_STANDARD_PPM = 130_000;
/** China VAT on agricultural products (fresh produce, meat, eggs, grain, edible oil): 9%. */
export const VAT_REDUCED_PPM = 90_000;

/** A demo category; `key` is also the SKU prefix of its products. */
export type DemoCategory = {
  readonly key: DemoCategoryKey;
  readonly name: string;
  readonly color: string;
  /** The tax rate of the category's products unless a product family says otherwise. */
  readonly taxRatePpm: number;
  /** How often the category shows up in a demo basket, relative to the others. */
  readonly popularity: number;
};

export type DemoCategoryKey =
  | 'YL'
  | 'JS'
  | 'LS'
  | 'FB'
  | 'LY'
  | 'RP'
  | 'RY'
  | 'GH'
  | 'QJ'
  | 'LD'
  | 'SG'
  | 'SC'
  | 'RQ'
  | 'WJ';

/** The demo store's categories, in shelf order, with register button colours. */
export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  { key: 'SG', name: '生鲜水果', color: '#e5484d', taxRatePpm: VAT_REDUCED_PPM, popularity: 6 },
  { key: 'SC', name: '生鲜蔬菜', color: '#30a46c', taxRatePpm: VAT_REDUCED_PPM, popularity: 6 },
  { key: 'RQ', name: '肉禽蛋', color: '#c2410c', taxRatePpm: VAT_REDUCED_PPM, popularity: 5 },
  { key: 'RP', name: '乳品烘焙', color: '#f5d90a', taxRatePpm: VAT_STANDARD_PPM, popularity: 7 },
  { key: 'YL', name: '饮料', color: '#0090ff', taxRatePpm: VAT_STANDARD_PPM, popularity: 10 },
  { key: 'JS', name: '酒水', color: '#8e4ec6', taxRatePpm: VAT_STANDARD_PPM, popularity: 3 },
  { key: 'LS', name: '零食', color: '#f76b15', taxRatePpm: VAT_STANDARD_PPM, popularity: 7 },
  { key: 'FB', name: '方便速食', color: '#d6409f', taxRatePpm: VAT_STANDARD_PPM, popularity: 6 },
  { key: 'LY', name: '粮油调味', color: '#a18072', taxRatePpm: VAT_STANDARD_PPM, popularity: 3 },
  { key: 'LD', name: '冷冻食品', color: '#00a2c7', taxRatePpm: VAT_STANDARD_PPM, popularity: 3 },
  { key: 'RY', name: '日用百货', color: '#3e63dd', taxRatePpm: VAT_STANDARD_PPM, popularity: 2 },
  { key: 'GH', name: '个人护理', color: '#e93d82', taxRatePpm: VAT_STANDARD_PPM, popularity: 2 },
  { key: 'QJ', name: '清洁用品', color: '#12a594', taxRatePpm: VAT_STANDARD_PPM, popularity: 2 },
  { key: 'WJ', name: '文具', color: '#6e56cf', taxRatePpm: VAT_STANDARD_PPM, popularity: 1 },
];

/** A size (or a whole product name) with its shelf price in fen. */
export type PricedLabel = readonly [label: string, price: number];

/**
 * A brand's line of packaged products: every item comes in every size, named
 * `brand item size`, e.g. 康师傅 红烧牛肉面 5连包. `taxRatePpm` overrides the category's rate.
 */
export type ProductFamily = {
  readonly category: DemoCategoryKey;
  readonly brand: string;
  readonly items: readonly string[];
  readonly sizes: readonly PricedLabel[];
  readonly taxRatePpm?: number;
};

/** Builds a {@link ProductFamily}; keeps the data tables terse. */
export function family(
  category: DemoCategoryKey,
  brand: string,
  items: readonly string[],
  sizes: readonly PricedLabel[],
  taxRatePpm?: number,
): ProductFamily {
  return taxRatePpm === undefined
    ? { category, brand, items, sizes }
    : { category, brand, items, sizes, taxRatePpm };
}

/** A brand's products that each have their own full name and price: one family per product. */
export function priced(
  category: DemoCategoryKey,
  brand: string,
  products: readonly PricedLabel[],
): ProductFamily[] {
  return products.map(([item, price]) => family(category, brand, [item], [['', price]]));
}

/** A product weighed at the till: price per kg in fen, sold with a scale label carrying its PLU. */
export type WeighedProduct = {
  readonly category: DemoCategoryKey;
  readonly name: string;
  readonly pricePerKg: number;
  readonly taxRatePpm?: number;
};
