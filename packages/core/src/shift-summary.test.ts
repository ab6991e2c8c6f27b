import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClosedShiftSummary, closeShiftSummary, combineShifts, summarizeShift } from './shift-summary';
import { SHIFT_FACTS } from './shift-summary.fixture';

const facts = SHIFT_FACTS;

describe('summarizeShift', () => {
  it('expects the float plus cash applied to sales plus cash in minus cash out', () => {
    expect(summarizeShift(facts).expectedCash).toBe(50000 + 5995 - 800 + 10000 - 3000);
  });

  it('voids do not change what the drawer should hold', () => {
    const noVoids = { ...facts, voids: { lines: 0, lineAmount: 0, tickets: 0, ticketAmount: 0 } };
    expect(summarizeShift(noVoids).expectedCash).toBe(summarizeShift(facts).expectedCash);
  });

  it('card payments do not change what the drawer should hold', () => {
    const noCard = { ...facts, tenders: facts.tenders.filter((t) => t.kind === 'cash') };
    expect(summarizeShift(noCard).expectedCash).toBe(summarizeShift(facts).expectedCash);
  });

  it('lists tender kinds in a stable order', () => {
    const reversed = { ...facts, tenders: [...facts.tenders].reverse() };
    expect(summarizeShift(reversed).tenders.map((t) => t.kind)).toEqual(['card', 'cash']);
  });
});

describe('closeShiftSummary', () => {
  it('a short drawer has a negative variance, an over one a positive variance', () => {
    expect(closeShiftSummary(facts, 62195).variance).toBe(0);
    expect(closeShiftSummary(facts, 62100).variance).toBe(-95);
    expect(closeShiftSummary(facts, 62200).variance).toBe(5);
  });

  it('refuses a negative count', () => {
    expect(() => closeShiftSummary(facts, -1)).toThrow(RangeError);
  });
});

const shiftArb: fc.Arbitrary<ClosedShiftSummary> = fc
  .record({
    openingFloat: fc.nat(100_000),
    sales: fc.record({
      count: fc.nat(500),
      subtotal: fc.nat(1_000_000),
      discountTotal: fc.nat(10_000),
      taxTotal: fc.nat(100_000),
      netTotal: fc.nat(1_000_000),
      total: fc.nat(1_000_000),
      cashRounding: fc.integer({ min: -500, max: 500 }),
      change: fc.nat(100_000),
    }),
    tenders: fc.uniqueArray(
      fc.record({
        kind: fc.constantFrom('cash', 'card', 'qr'),
        count: fc.nat(500),
        amount: fc.nat(1_000_000),
      }),
      { selector: (t) => t.kind },
    ),
    cashIn: fc.nat(100_000),
    cashOut: fc.nat(100_000),
    noSaleCount: fc.nat(20),
    refunds: fc.record({
      count: fc.nat(20),
      total: fc.nat(100_000),
      tenders: fc.uniqueArray(
        fc.record({ kind: fc.constantFrom('cash', 'card'), count: fc.nat(20), amount: fc.nat(50_000) }),
        { selector: (t) => t.kind },
      ),
    }),
    voids: fc.record({
      lines: fc.nat(50),
      lineAmount: fc.nat(100_000),
      tickets: fc.nat(10),
      ticketAmount: fc.nat(100_000),
    }),
  })
  .chain((f) => fc.nat(2_000_000).map((counted) => closeShiftSummary(f, counted)));

describe('combineShifts (Z report) properties', () => {
  it('every total of the day is the sum of its shifts', () => {
    fc.assert(
      fc.property(fc.array(shiftArb, { maxLength: 6 }), (shifts) => {
        const day = combineShifts(shifts);
        const sum = (pick: (s: ClosedShiftSummary) => number) => shifts.reduce((a, s) => a + pick(s), 0);
        expect(day.expectedCash).toBe(sum((s) => s.expectedCash));
        expect(day.countedCash).toBe(sum((s) => s.countedCash));
        expect(day.variance).toBe(day.countedCash - day.expectedCash);
        expect(day.sales.total).toBe(sum((s) => s.sales.total));
        expect(day.sales.cashRounding).toBe(sum((s) => s.sales.cashRounding));
        expect(day.voids.lineAmount).toBe(sum((s) => s.voids.lineAmount));
        expect(day.refunds.total).toBe(sum((s) => s.refunds.total));
        expect(day.voids.tickets).toBe(sum((s) => s.voids.tickets));
        const tenderSum = (list: ClosedShiftSummary['tenders']) => list.reduce((a, t) => a + t.amount, 0);
        expect(tenderSum(day.tenders)).toBe(sum((s) => tenderSum(s.tenders)));
        expect(new Set(day.tenders.map((t) => t.kind)).size).toBe(day.tenders.length);
        // The day's expected cash follows from its own figures, like one long shift's would.
        expect(day.expectedCash).toBe(summarizeShift(day).expectedCash);
      }),
    );
  });
});
