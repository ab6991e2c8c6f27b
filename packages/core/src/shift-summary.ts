import { assertSafeInteger } from './rounding';

/** The sums of a shift's sales, as recorded (never recomputed from lines). */
export type ShiftSalesTotals = {
  readonly count: number;
  readonly subtotal: number;
  readonly discountTotal: number;
  readonly taxTotal: number;
  readonly netTotal: number;
  readonly total: number;
  /** Σ signed 抹零 adjustments of the cash parts. */
  readonly cashRounding: number;
  /** Σ change handed back in cash. */
  readonly change: number;
};

/** Σ of what one tender kind paid toward sales (applied amounts, after cash rounding and change). */
export type TenderTotal = { readonly kind: string; readonly count: number; readonly amount: number };

/** Lines removed before payment and tickets abandoned, with the gross value they had. */
export type VoidTotals = {
  readonly lines: number;
  readonly lineAmount: number;
  readonly tickets: number;
  readonly ticketAmount: number;
};

/** Refunds of a shift: how many, their total, and what each tender kind gave back. */
export type RefundTotals = {
  readonly count: number;
  readonly total: number;
  readonly tenders: readonly TenderTotal[];
};

/** What happened in a drawer during a shift, in minor units of the store currency. */
export type ShiftFacts = {
  readonly openingFloat: number;
  readonly sales: ShiftSalesTotals;
  readonly tenders: readonly TenderTotal[];
  readonly cashIn: number;
  readonly cashOut: number;
  readonly noSaleCount: number;
  readonly voids: VoidTotals;
  readonly refunds: RefundTotals;
};

/** A shift's report: its facts plus the cash the drawer should hold. */
export type ShiftSummary = ShiftFacts & {
  /** Opening float + cash applied to sales − cash refunded + cash in − cash out. */
  readonly expectedCash: number;
};

/** A closed shift's report: what was counted and the difference (positive = over, negative = short). */
export type ClosedShiftSummary = ShiftSummary & { readonly countedCash: number; readonly variance: number };

/**
 * The X report of a shift (what the drawer should hold so far). Cash applied to sales already nets
 * out the change handed back and the 抹零 adjustment, so the drawer expects exactly that much more.
 * @throws RangeError when an amount is not a safe integer.
 */
export function summarizeShift(facts: ShiftFacts): ShiftSummary {
  const cashOf = (tenders: readonly TenderTotal[]) =>
    tenders.filter((tender) => tender.kind === 'cash').reduce((sum, tender) => sum + tender.amount, 0);
  const expectedCash =
    facts.openingFloat + cashOf(facts.tenders) - cashOf(facts.refunds.tenders) + facts.cashIn - facts.cashOut;
  assertSafeInteger(expectedCash, 'expectedCash');
  return {
    ...facts,
    tenders: [...facts.tenders].sort(byKind),
    refunds: { ...facts.refunds, tenders: [...facts.refunds.tenders].sort(byKind) },
    expectedCash,
  };
}

/** The close report: {@link summarizeShift} with the blind count and its variance. */
export function closeShiftSummary(facts: ShiftFacts, countedCash: number): ClosedShiftSummary {
  assertSafeInteger(countedCash, 'countedCash', 0);
  const summary = summarizeShift(facts);
  return { ...summary, countedCash, variance: countedCash - summary.expectedCash };
}

/**
 * The Z report of several closed shifts (a register's business day): every figure summed, tender
 * kinds merged.
 */
export function combineShifts(shifts: readonly ClosedShiftSummary[]): ClosedShiftSummary {
  const add = (pick: (shift: ClosedShiftSummary) => number) => shifts.reduce((sum, s) => sum + pick(s), 0);
  return {
    openingFloat: add((s) => s.openingFloat),
    sales: {
      count: add((s) => s.sales.count),
      subtotal: add((s) => s.sales.subtotal),
      discountTotal: add((s) => s.sales.discountTotal),
      taxTotal: add((s) => s.sales.taxTotal),
      netTotal: add((s) => s.sales.netTotal),
      total: add((s) => s.sales.total),
      cashRounding: add((s) => s.sales.cashRounding),
      change: add((s) => s.sales.change),
    },
    tenders: mergeTenders(shifts.map((s) => s.tenders)),
    cashIn: add((s) => s.cashIn),
    cashOut: add((s) => s.cashOut),
    noSaleCount: add((s) => s.noSaleCount),
    voids: {
      lines: add((s) => s.voids.lines),
      lineAmount: add((s) => s.voids.lineAmount),
      tickets: add((s) => s.voids.tickets),
      ticketAmount: add((s) => s.voids.ticketAmount),
    },
    refunds: {
      count: add((s) => s.refunds.count),
      total: add((s) => s.refunds.total),
      tenders: mergeTenders(shifts.map((s) => s.refunds.tenders)),
    },
    expectedCash: add((s) => s.expectedCash),
    countedCash: add((s) => s.countedCash),
    variance: add((s) => s.variance),
  };
}

/** Tender totals of several shifts, merged by kind. */
function mergeTenders(lists: readonly (readonly TenderTotal[])[]): TenderTotal[] {
  const sums = new Map<string, { count: number; amount: number }>();
  for (const tender of lists.flat()) {
    const sum = sums.get(tender.kind) ?? { count: 0, amount: 0 };
    sums.set(tender.kind, { count: sum.count + tender.count, amount: sum.amount + tender.amount });
  }
  return [...sums].map(([kind, sum]) => ({ kind, ...sum })).sort(byKind);
}

function byKind(a: TenderTotal, b: TenderTotal): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
