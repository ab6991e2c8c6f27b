import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CashRoundingRule } from './cash-rounding';
import { settle, type TenderInput } from './settle';

const ruleArb: fc.Arbitrary<CashRoundingRule> = fc.record({
  increment: fc.constantFrom(0, 1, 5, 10, 100),
  mode: fc.constantFrom('down' as const, 'half-up' as const),
});
const tenderArb: fc.Arbitrary<TenderInput> = fc.oneof(
  fc.record({ kind: fc.constant('cash' as const), amount: fc.integer({ min: 1, max: 50_000 }) }),
  fc.record({
    kind: fc.constant('card' as const),
    amount: fc.integer({ min: 1, max: 50_000 }),
    reference: fc.string({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('qr' as const),
    amount: fc.integer({ min: 1, max: 50_000 }),
    paymentId: fc.uuid(),
    reference: fc.string({ minLength: 1, maxLength: 8 }),
    brand: fc.constantFrom('wechat' as const, 'alipay' as const),
  }),
);
const dueArb = fc.integer({ min: 0, max: 100_000 });
const tendersArb = fc.array(tenderArb, { maxLength: 5 });

describe('settle properties', () => {
  it('a successful settlement balances', () => {
    fc.assert(
      fc.property(dueArb, tendersArb, ruleArb, (due, tenders, rule) => {
        const result = settle(due, tenders, rule);
        fc.pre(result.ok);
        if (!result.ok) return;
        const s = result.value;
        const applied = s.tenders.reduce((acc, t) => acc + t.applied, 0);
        const cash = s.tenders.filter((t) => t.kind === 'cash');
        const cashTendered = cash.reduce((acc, t) => acc + t.tendered, 0);
        const cashApplied = cash.reduce((acc, t) => acc + t.applied, 0);
        expect(applied).toBe(s.dueAfterRounding);
        expect(s.paid).toBe(s.dueAfterRounding);
        expect(s.change).toBe(cashTendered - cashApplied);
        expect(s.change).toBeGreaterThanOrEqual(0);
        if (cash.length === 0) expect(s.change).toBe(0);
        if (cash.length === 0) expect(s.cashRounding).toBe(0);
        expect(s.dueAfterRounding - s.due).toBe(s.cashRounding);
        expect(Math.abs(s.cashRounding)).toBeLessThan(Math.max(rule.increment, 1));
        for (const t of s.tenders) if (t.kind !== 'cash') expect(t.applied).toBe(t.tendered);
      }),
    );
  });

  it('fails only for a reason that holds', () => {
    fc.assert(
      fc.property(dueArb, tendersArb, ruleArb, (due, tenders, rule) => {
        const result = settle(due, tenders, rule);
        if (result.ok) return;
        const nonCash = tenders.reduce((acc, t) => (t.kind === 'cash' ? acc : acc + t.amount), 0);
        const total = tenders.reduce((acc, t) => acc + t.amount, 0);
        if (result.error.code === 'non_cash_exceeds_due') expect(nonCash).toBeGreaterThan(due);
        if (result.error.code === 'tender_short') expect(result.error.tendered).toBe(total);
        if (result.error.code === 'tender_short') expect(total).toBeLessThan(result.error.due);
      }),
    );
  });

  it('paying exactly in cards, or enough cash, always succeeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), ruleArb, (due, rule) => {
        expect(settle(due, [{ kind: 'card', amount: due, reference: 'r' }], rule).ok).toBe(true);
        expect(settle(due, [{ kind: 'cash', amount: due + 100 }], rule).ok).toBe(true);
      }),
    );
  });
});
