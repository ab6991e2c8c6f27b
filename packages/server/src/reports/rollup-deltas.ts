import { businessHour, refundShare, roundDiv } from '@kassa/core';
import type {
  NewSale,
  Refund,
  RefundedSoFar,
  ReturnFact,
  RollupDelta,
  RollupDimension,
  RollupMeasures,
  Sale,
} from '@kassa/db';
import { refundableLines } from '../sales/refund-plan';

/** Where and when a fact happened, as rollups group it. */
export type FactPlace = {
  readonly storeId: string;
  /** The sale's business date; for a refund, void or no-sale, its shift's. */
  readonly businessDate: string;
  readonly staffId: string;
  readonly registerId: string;
  /** The instant, for the hour slot (core `businessHour`). */
  readonly at: number;
  readonly timeZone: string;
  /** The store's business-day cut-over, minutes after local midnight. */
  readonly cutoverMinutes: number;
};

type Measures = Partial<RollupMeasures>;

/**
 * The rows every fact adds to: the day, its hour, its staff member and its register. The hour is
 * the fact's own (store-local, the cut-over hour's early minutes in the hour before, see ADR 0009),
 * also when it counts on a later business date than its own, like a sale after the day's Z report.
 */
function placeDeltas(place: FactPlace, measures: Measures): RollupDelta[] {
  const hour = String(businessHour(place.at, place.timeZone, place.cutoverMinutes)).padStart(2, '0');
  return [
    delta(place, 'total', '', measures),
    delta(place, 'hour', hour, measures),
    delta(place, 'staff', place.staffId, measures),
    delta(place, 'register', place.registerId, measures),
  ];
}

function delta(place: FactPlace, dimension: RollupDimension, key: string, measures: Measures): RollupDelta {
  return { storeId: place.storeId, businessDate: place.businessDate, dimension, key, measures };
}

function add(into: Map<string, Measures>, key: string, measures: Measures): void {
  const sum = into.get(key) ?? {};
  for (const [name, value] of Object.entries(measures) as [keyof RollupMeasures, number][]) {
    sum[name] = (sum[name] ?? 0) + value;
  }
  into.set(key, sum);
}

/** Cost of `quantity` thousandths at `unitCost`, rounded half-up once; null when unknown. */
function lineCost(unitCost: number | null, quantity: number): number | null {
  return unitCost === null ? null : roundDiv(unitCost * quantity, 1000, 'half-up');
}

/** What a completed (non-training) sale adds to the rollups. */
export function saleDeltas(sale: NewSale, place: FactPlace): RollupDelta[] {
  const products = new Map<string, Measures>();
  const rates = new Map<string, Measures>();
  for (const line of sale.lines) {
    const cost = lineCost(line.unitCost, line.quantity);
    const measures = {
      items: line.quantity,
      gross: line.gross,
      discounts: line.lineDiscount + line.ticketDiscount,
      net: line.net,
      tax: line.tax,
      cost: cost ?? 0,
      uncosted: cost === null ? line.net : 0,
    };
    add(products, line.productId, measures);
    add(rates, String(line.taxRatePpm), { net: line.net, tax: line.tax, gross: line.gross });
  }
  const tenders = new Map<string, Measures>();
  for (const tender of sale.tenders) add(tenders, tender.kind, { paid: tender.amount });
  const whole: Measures = { sales: 1, rounding: sale.cashRounding, paid: sale.dueAfterRounding };
  for (const measures of products.values()) {
    for (const [name, value] of Object.entries(measures) as [keyof RollupMeasures, number][]) {
      whole[name] = (whole[name] ?? 0) + value;
    }
  }
  return [
    ...placeDeltas(place, whole),
    ...keyed(place, 'product', products, { sales: 1 }),
    ...keyed(place, 'tax_rate', rates, { sales: 1 }),
    ...keyed(place, 'tender', tenders, { sales: 1 }),
  ];
}

function keyed(
  place: FactPlace,
  dimension: RollupDimension,
  rows: ReadonlyMap<string, Measures>,
  extra: Measures,
): RollupDelta[] {
  return [...rows].map(([key, measures]) => delta(place, dimension, key, { ...measures, ...extra }));
}

/**
 * What a refund of `sale` adds to the rollups, given what earlier refunds took back (in commit
 * order): its lines' amounts, and each line's tax, cash rounding and cost telescoped over the
 * line's refunds (core `refundShare`), so a line refunded in parts gives back exactly what it
 * carried; and its tenders.
 */
export function refundDeltas(
  sale: Sale,
  soFar: RefundedSoFar,
  refund: Pick<Refund, 'lines' | 'tenders'>,
  place: FactPlace,
): RollupDelta[] {
  const history = new Map(refundableLines(sale, soFar).map((entry) => [entry.line.id, entry]));
  return returnDeltas(
    refund.lines.flatMap((line) => {
      const entry = history.get(line.saleLineId);
      if (!entry) return [];
      const sold = entry.line;
      // A line's share of the sale's cash rounding: what it was paid less what it came to.
      const rounding = entry.paid - (sold.net + sold.tax);
      return [
        {
          productId: sold.productId,
          ratePpm: sold.taxRatePpm,
          quantity: line.quantity,
          amount: line.amount,
          tax: refundShare(entry, sold.tax, line),
          rounding: refundShare(entry, rounding, line),
          cost: refundCost(sold.unitCost, entry.refundedQuantity, line.quantity),
        },
      ];
    }),
    refund.tenders,
    place,
  );
}

/**
 * The cost of `quantity` more of a line after `before` was refunded: the cost of all refunded so
 * far less that of what was before, so a weighed line refunded in parts gives back exactly its
 * cost (0.350 kg at 10.02/kg cost 3.51; two halves at 1.75 each would give back 3.50).
 */
function refundCost(unitCost: number | null, before: number, quantity: number): number | null {
  if (unitCost === null) return null;
  return (lineCost(unitCost, before + quantity) ?? 0) - (lineCost(unitCost, before) ?? 0);
}

/** A line of money given back for goods: a refunded sale line or a line returned without a receipt. */
export type ReturnedLine = {
  readonly productId: string;
  readonly ratePpm: number;
  readonly quantity: number;
  readonly amount: number;
  readonly tax: number;
  /** The sale's cash rounding given back inside `amount`, signed (0 for a return without a receipt). */
  readonly rounding: number;
  /** Null when the cost of the goods is not known. */
  readonly cost: number | null;
};

/** What a refund or a return without a receipt adds to the rollups. */
export function returnDeltas(
  lines: readonly ReturnedLine[],
  tenders: readonly { readonly kind: string; readonly amount: number }[],
  place: FactPlace,
): RollupDelta[] {
  const products = new Map<string, Measures>();
  const rates = new Map<string, Measures>();
  const whole: Measures = { refunds: 1 };
  for (const line of lines) {
    const measures = {
      refunded: line.amount,
      refund_tax: line.tax,
      refund_rounding: line.rounding,
      refund_cost: line.cost ?? 0,
      // The goods' net, as `uncosted` counted it when sold: without tax and cash rounding.
      refund_uncosted: line.cost === null ? line.amount - line.tax - line.rounding : 0,
      refund_items: line.quantity,
    };
    add(products, line.productId, measures);
    add(rates, String(line.ratePpm), {
      refunded: line.amount,
      refund_tax: line.tax,
      refund_rounding: line.rounding,
    });
    for (const [name, value] of Object.entries(measures) as [keyof RollupMeasures, number][]) {
      whole[name] = (whole[name] ?? 0) + value;
    }
  }
  const byTender = new Map<string, Measures>();
  for (const tender of tenders)
    if (tender.amount !== 0) add(byTender, tender.kind, { refunded: tender.amount });
  return [
    ...placeDeltas(place, whole),
    ...keyed(place, 'product', products, { refunds: 1 }),
    ...keyed(place, 'tax_rate', rates, { refunds: 1 }),
    ...keyed(place, 'tender', byTender, { refunds: 1 }),
  ];
}

/** What a return without a receipt adds: its lines with their tax, rate and cost as it was priced. */
export function unreceiptedReturnDeltas(
  record: Pick<ReturnFact, 'lines' | 'tenderKind' | 'total'>,
  place: FactPlace,
): RollupDelta[] {
  return returnDeltas(
    record.lines.map((line) => ({
      productId: line.productId,
      ratePpm: line.taxRatePpm,
      quantity: line.quantity,
      amount: line.amount,
      tax: line.tax,
      rounding: 0,
      cost: lineCost(line.unitCost, line.quantity),
    })),
    [{ kind: record.tenderKind, amount: record.total }],
    place,
  );
}

/** What a void (a removed line or an abandoned ticket) adds: one void of its gross amount. */
export function voidDeltas(
  removed: { readonly lines: readonly { readonly amount: number }[] },
  place: FactPlace,
): RollupDelta[] {
  return placeDeltas(place, { voids: 1, voided: removed.lines.reduce((sum, line) => sum + line.amount, 0) });
}

/** What a drawer opened without a sale adds. */
export function noSaleDeltas(place: FactPlace): RollupDelta[] {
  return placeDeltas(place, { no_sales: 1 });
}
