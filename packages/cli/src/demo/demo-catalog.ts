import { gtinCheckDigit, roundDiv } from '@kassa/core';
import { FOOD_FAMILIES } from './demo-catalog-data';
import { HOUSEHOLD_FAMILIES } from './demo-catalog-data-household';
import {
  DEMO_CATEGORIES,
  type DemoCategory,
  type DemoCategoryKey,
  type ProductFamily,
} from './demo-categories';
import { WEIGHED_PRODUCTS } from './demo-produce-data';
import { createPrng, type Prng } from './prng';

/** The seed of the demo store: change it and every install gets another (but still fixed) demo. */
export const DEMO_SEED = 20_240_601;

/** A product of the demo catalogue, ready to be created through the product use-case. */
export type DemoProduct = {
  readonly sku: string;
  readonly name: string;
  readonly category: DemoCategoryKey;
  readonly unit: 'piece' | 'kg';
  /** Fen per piece, or per kg for weighed products. */
  readonly price: number;
  readonly cost: number;
  readonly taxRatePpm: number;
  /** The scale PLU of a weighed product (5 digits), null for packaged goods. */
  readonly plu: string | null;
  /** EAN-13 codes with a Chinese 690–699 prefix; empty for weighed products. */
  readonly barcodes: readonly string[];
  /** Opening stock in thousandths (pieces × 1000, or grams). */
  readonly openingStock: number;
  /** Relative chance of being in a demo sale. */
  readonly popularity: number;
};

export type DemoCatalog = {
  readonly categories: readonly DemoCategory[];
  readonly products: readonly DemoProduct[];
};

/**
 * Builds the demo catalogue: every packaged family expanded to `brand item size`, then the weighed
 * produce with PLUs 00001…. Deterministic for a given seed.
 */
export function buildDemoCatalog(seed: number = DEMO_SEED): DemoCatalog {
  const rng = createPrng(seed);
  const skuCounters = new Map<DemoCategoryKey, number>();
  const nextSku = (category: DemoCategoryKey): string => {
    const n = (skuCounters.get(category) ?? 0) + 1;
    skuCounters.set(category, n);
    return `${category}-${String(n).padStart(4, '0')}`;
  };
  const barcodes = createBarcodeIssuer(rng);
  const categoryOf = (key: DemoCategoryKey): DemoCategory => {
    const category = DEMO_CATEGORIES.find((c) => c.key === key);
    if (!category) throw new Error(`demo data names an unknown category ${key}`);
    return category;
  };

  const products: DemoProduct[] = [];
  for (const f of [...FOOD_FAMILIES, ...HOUSEHOLD_FAMILIES]) {
    for (const [itemIndex, item] of f.items.entries()) {
      for (const [label, basePrice] of f.sizes) {
        // The first flavour keeps the list price; the others spread a little around it.
        const price = itemIndex === 0 ? basePrice : spreadPrice(basePrice, rng);
        products.push({
          sku: nextSku(f.category),
          name: productName(f, item, label),
          category: f.category,
          unit: 'piece',
          price,
          cost: costOf(price, rng),
          taxRatePpm: f.taxRatePpm ?? categoryOf(f.category).taxRatePpm,
          plu: null,
          barcodes: [barcodes.next(f.brand)],
          openingStock: 1000 * openingPieces(price, rng),
          popularity: popularityOf(categoryOf(f.category), price, rng),
        });
      }
    }
  }
  for (const [index, p] of WEIGHED_PRODUCTS.entries()) {
    products.push({
      sku: nextSku(p.category),
      name: p.name,
      category: p.category,
      unit: 'kg',
      price: p.pricePerKg,
      cost: costOf(p.pricePerKg, rng),
      taxRatePpm: p.taxRatePpm ?? categoryOf(p.category).taxRatePpm,
      plu: String(index + 1).padStart(5, '0'),
      barcodes: [],
      openingStock: 1000 * rng.int(20, 80),
      // Produce is in most baskets of a neighbourhood store, whatever it costs per kg.
      popularity: categoryOf(p.category).popularity * (0.6 + rng.next()),
    });
  }
  return { categories: DEMO_CATEGORIES, products };
}

/** `brand item size`; an item named after its brand (可口可乐 330ml) does not repeat it. */
function productName(f: ProductFamily, item: string, sizeLabel: string): string {
  const brand = item.startsWith(f.brand) ? '' : f.brand;
  return [brand, item, sizeLabel].filter((part) => part !== '').join(' ');
}

/** ±8% around the list price, rounded to 10 fen (no shop prices a drink at ¥3.47). */
function spreadPrice(price: number, rng: Prng): number {
  const spread = roundDiv(price * (100 + rng.int(-8, 8)), 1000, 'half-up') * 10;
  return Math.max(10, spread);
}

/** A cost that leaves a 15–40% margin on the shelf price. */
function costOf(price: number, rng: Prng): number {
  return roundDiv(price * (100 - rng.int(15, 40)), 100, 'half-up');
}

/** Cheap goods are stocked deep, expensive ones by the handful. */
function openingPieces(price: number, rng: Prng): number {
  if (price < 1000) return rng.int(48, 144);
  if (price < 5000) return rng.int(24, 72);
  return rng.int(6, 24);
}

/** The category's popularity, spread per product; dear goods sell less often. */
function popularityOf(category: DemoCategory, price: number, rng: Prng): number {
  return (category.popularity * (0.3 + 1.4 * rng.next())) / Math.sqrt(Math.max(price, 300) / 300);
}

/**
 * Issues EAN-13 codes the way GS1 China does: each brand owns a company prefix 69x + 4 digits, and
 * numbers its items after it. Prefixes are drawn at random but never twice.
 */
function createBarcodeIssuer(rng: Prng): { next(brand: string): string } {
  const brands = new Map<string, { prefix: string; item: number }>();
  const usedPrefixes = new Set<string>();
  return {
    next(brand) {
      let entry = brands.get(brand);
      if (!entry) {
        let prefix: string;
        do prefix = `69${rng.int(0, 9)}${String(rng.int(0, 9999)).padStart(4, '0')}`;
        while (usedPrefixes.has(prefix));
        usedPrefixes.add(prefix);
        entry = { prefix, item: rng.int(10, 500) * 10 };
        brands.set(brand, entry);
      }
      entry.item += 1;
      const body = entry.prefix + String(entry.item).padStart(5, '0');
      return body + String(gtinCheckDigit(body));
    },
  };
}
