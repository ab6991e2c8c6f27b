import { DEFAULT_SCALE_TEMPLATES, parseScaleBarcode } from '@kassa/core';
import { describe, expect, it } from 'vitest';
import { buildDemoCatalog } from './demo-catalog';
import { cashHandedOver, planDemoSales } from './demo-sales';

const { products } = buildDemoCatalog();
// 2025-03-15 14:30 in Shanghai (a Saturday).
const now = Date.UTC(2025, 2, 15, 6, 30);
const plans = planDemoSales({ products, now, days: 30, seed: 7 });
const shanghaiHour = (at: number) => new Date(at + 8 * 3_600_000).getUTCHours();

describe('planDemoSales', () => {
  it('plans 30 days of 20–60 sales a day, oldest first, ending before now', () => {
    const days = new Set(plans.map((p) => new Date(p.at + 8 * 3_600_000).toISOString().slice(0, 10)));
    expect(days.size).toBe(30);
    expect(plans.length).toBeGreaterThan(29 * 20);
    expect(plans.length).toBeLessThan(30 * 60);
    expect(plans.every((p, i) => i === 0 || (plans[i - 1]?.at ?? 0) <= p.at)).toBe(true);
    expect(plans.at(-1)?.at).toBeLessThan(now);
    expect(plans[0]?.at).toBeGreaterThan(now - 30 * 86_400_000);
  });

  it('sells only in opening hours, 07:00–22:00 Shanghai time', () => {
    for (const p of plans) {
      expect(shanghaiHour(p.at)).toBeGreaterThanOrEqual(7);
      expect(shanghaiHour(p.at)).toBeLessThan(22);
    }
  });

  it('makes baskets of 1–8 distinct products, some weighed with a scale label', () => {
    for (const p of plans) {
      expect(p.lines.length).toBeGreaterThanOrEqual(1);
      expect(p.lines.length).toBeLessThanOrEqual(8);
      expect(new Set(p.lines.map((l) => l.product.sku)).size).toBe(p.lines.length);
    }
    const weighedLines = plans.flatMap((p) => p.lines).filter((l) => l.product.unit === 'kg');
    expect(weighedLines.length).toBeGreaterThan(100);
    for (const line of weighedLines) {
      expect(parseScaleBarcode(line.barcode, DEFAULT_SCALE_TEMPLATES)).toEqual({
        plu: line.product.plu,
        kind: 'weight',
        quantity: line.quantity,
      });
    }
  });

  it('is mostly paid in cash, with some card payments', () => {
    const cash = plans.filter((p) => p.payment.kind === 'cash').length;
    expect(cash / plans.length).toBeGreaterThan(0.6);
    expect(cash / plans.length).toBeLessThan(0.8);
  });

  it('plans the same history for the same seed and clock', () => {
    expect(planDemoSales({ products, now, days: 30, seed: 7 })).toEqual(plans);
  });
});

describe('cashHandedOver', () => {
  it('covers the amount due with the exact sum or a round note', () => {
    expect(cashHandedOver(1234, 0)).toBe(1234);
    expect(cashHandedOver(1234, 0.3)).toBe(1300);
    expect(cashHandedOver(1234, 0.5)).toBe(2000);
    expect(cashHandedOver(1234, 0.99)).toBe(10000);
    expect(cashHandedOver(5000, 0.99)).toBe(5000 + 5000);
    expect(cashHandedOver(5000, 0)).toBe(5000);
  });
});
