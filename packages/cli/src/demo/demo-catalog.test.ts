import { validateGtin } from '@kassa/core';
import { describe, expect, it } from 'vitest';
import { buildDemoCatalog } from './demo-catalog';
import { DEMO_CATEGORIES, VAT_REDUCED_PPM, VAT_STANDARD_PPM } from './demo-categories';

const catalog = buildDemoCatalog();
const { products } = catalog;
const weighed = products.filter((p) => p.unit === 'kg');

describe('buildDemoCatalog', () => {
  it('has at least 500 products, at least 30 of them weighed', () => {
    expect(products.length).toBeGreaterThanOrEqual(500);
    expect(weighed.length).toBeGreaterThanOrEqual(30);
  });

  it('never repeats a name, SKU, barcode or PLU', () => {
    const unique = (values: readonly string[]) => new Set(values).size === values.length;
    expect(unique(products.map((p) => p.name))).toBe(true);
    expect(unique(products.map((p) => p.sku))).toBe(true);
    expect(unique(products.flatMap((p) => p.barcodes))).toBe(true);
    expect(unique(weighed.map((p) => p.plu ?? ''))).toBe(true);
  });

  it('gives every packaged product one valid Chinese EAN-13', () => {
    for (const p of products.filter((x) => x.unit === 'piece')) {
      expect(p.barcodes, p.name).toHaveLength(1);
      const code = p.barcodes[0] ?? '';
      expect(code, p.name).toMatch(/^69\d{11}$/);
      expect(validateGtin(code), `${p.name} ${code}`).toMatchObject({ ok: true, value: { kind: 'ean13' } });
    }
  });

  it('sells produce by the kg with a 5-digit PLU and no EAN', () => {
    for (const p of weighed) {
      expect(p.plu, p.name).toMatch(/^\d{5}$/);
      expect(p.barcodes).toEqual([]);
    }
    expect(weighed.map((p) => p.name)).toEqual(
      expect.arrayContaining(['苹果 红富士', '香蕉', '猪肉 五花肉']),
    );
    expect(products.filter((p) => p.unit === 'piece').every((p) => p.plu === null)).toBe(true);
  });

  it('prices in positive integer fen with a cost leaving a 15–40% margin', () => {
    for (const p of products) {
      expect(Number.isSafeInteger(p.price) && p.price > 0, p.name).toBe(true);
      expect(Number.isSafeInteger(p.cost), p.name).toBe(true);
      // Rounding to the fen can move a cheap item's margin by a fraction of a percent.
      expect(p.cost / p.price, p.name).toBeGreaterThanOrEqual(0.59);
      expect(p.cost / p.price, p.name).toBeLessThanOrEqual(0.86);
      expect(Number.isSafeInteger(p.openingStock) && p.openingStock > 0, p.name).toBe(true);
    }
  });

  it('taxes fresh food at 9% and packaged snacks at 13%', () => {
    const rate = (name: string) => products.find((p) => p.name === name)?.taxRatePpm;
    expect(rate('香蕉')).toBe(VAT_REDUCED_PPM);
    expect(rate('猪肉 五花肉')).toBe(VAT_REDUCED_PPM);
    expect(rate('金龙鱼 大豆油 5L')).toBe(VAT_REDUCED_PPM);
    expect(rate('乐事 原味薯片 40g')).toBe(VAT_STANDARD_PPM);
    expect(rate('农夫山泉 饮用天然水 550ml')).toBe(VAT_STANDARD_PPM);
  });

  it('puts every product in a known category, and every category has products', () => {
    const keys = new Set(DEMO_CATEGORIES.map((c) => c.key));
    expect(products.every((p) => keys.has(p.category))).toBe(true);
    for (const key of keys)
      expect(
        products.some((p) => p.category === key),
        key,
      ).toBe(true);
  });

  it('is the same on every install', () => {
    expect(buildDemoCatalog()).toEqual(catalog);
    expect(products[0]).toMatchObject({ sku: 'YL-0001', name: '农夫山泉 饮用天然水 550ml', price: 200 });
  });
});
