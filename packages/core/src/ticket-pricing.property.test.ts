import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Discount } from './discount';
import { ROUNDING_MODES } from './rounding';
import { Ticket, type TicketLine } from './ticket';
import { type PricingSettings, priceTicket } from './ticket-pricing';

const discountArb: fc.Arbitrary<Discount> = fc.oneof(
  fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), amount: fc.integer({ min: 0, max: 200_000 }) }),
);
const lineArb = (id: number): fc.Arbitrary<TicketLine> =>
  fc
    .record({
      unit: fc.constantFrom('piece' as const, 'kg' as const),
      unitPrice: fc.integer({ min: 0, max: 100_000 }),
      units: fc.integer({ min: 1, max: 50 }),
      grams: fc.integer({ min: 1, max: 20_000 }),
      ratePpm: fc.constantFrom(0, 60_000, 90_000, 130_000),
      fixedAmount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      discount: fc.option(discountArb, { nil: undefined }),
    })
    .map(({ units, grams, fixedAmount, discount, ...rest }) => ({
      id: `l${id}`,
      productId: `p${id}`,
      name: `item ${id}`,
      sku: `sku${id}`,
      ...rest,
      quantity: rest.unit === 'piece' ? units * 1000 : grams,
      ...(fixedAmount === undefined ? {} : { fixedAmount }),
      ...(discount === undefined ? {} : { discount }),
    }));
const ticketArb = fc
  .tuple(
    fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(i)))),
    fc.option(discountArb, { nil: undefined }),
  )
  .map(([lines, discount]) =>
    Ticket.setTicketDiscount(
      lines.reduce((t, l) => Ticket.addLine(t, l, { merge: false }), Ticket.empty('CNY')),
      discount,
    ),
  );
const settingsArb: fc.Arbitrary<PricingSettings> = fc.record({
  tax: fc.record({
    mode: fc.constantFrom('inclusive' as const, 'exclusive' as const),
    rounding: fc.constantFrom('line' as const, 'receipt' as const),
    inclusiveTarget: fc.constantFrom('net' as const, 'tax' as const),
  }),
  roundingMode: fc.constantFrom(...ROUNDING_MODES),
});

describe('priceTicket properties', () => {
  it('conserves money', () => {
    fc.assert(
      fc.property(ticketArb, settingsArb, (ticket, settings) => {
        const p = priceTicket(ticket, settings);
        const sum = (f: (l: (typeof p.lines)[number]) => number): number =>
          p.lines.reduce((s, l) => s + f(l), 0);
        expect(sum((l) => l.amount) + p.discountTotal).toBe(p.subtotal);
        expect(sum((l) => l.gross)).toBe(p.subtotal);
        expect(sum((l) => l.total)).toBe(p.total);
        expect(p.total).toBe(p.netTotal + p.taxTotal);
        expect(sum((l) => l.tax)).toBe(p.taxTotal);
        if (settings.tax.mode === 'inclusive') {
          expect(p.total).toBe(sum((l) => l.amount));
          for (const l of p.lines) expect(l.amount).toBe(l.net + l.tax);
        } else {
          expect(p.netTotal).toBe(sum((l) => l.amount));
          expect(p.total).toBe(p.subtotal - p.discountTotal + p.taxTotal);
          for (const l of p.lines) expect(l.total).toBe(l.amount + l.tax);
        }
      }),
    );
  });

  it('never makes a line or discount negative', () => {
    fc.assert(
      fc.property(ticketArb, settingsArb, (ticket, settings) => {
        for (const l of priceTicket(ticket, settings).lines) {
          expect(l.lineDiscount).toBeGreaterThanOrEqual(0);
          expect(l.ticketDiscount).toBeGreaterThanOrEqual(0);
          expect(l.amount).toBeGreaterThanOrEqual(0);
          expect(l.lineDiscount + l.ticketDiscount).toBeLessThanOrEqual(l.gross);
        }
      }),
    );
  });
});
