import { roundDiv } from './rounding';

/** The sums a sales report adds up (see docs/glossary.md, "Rollup"); minor units and thousandths. */
export type SalesSums = {
  readonly sales: number;
  readonly net: number;
  readonly tax: number;
  readonly cost: number;
  readonly uncosted: number;
  readonly refunded: number;
  readonly refundTax: number;
  readonly refundCost: number;
  readonly refundUncosted: number;
  /**
   * The sales' cash rounding (抹零) given back inside `refunded`, signed: a refund gives back what
   * was paid after rounding, so goods refunded = refunded − refundRounding.
   */
  readonly refundRounding: number;
};

/** The figures owners read, derived from {@link SalesSums} in one place. */
export type SalesFigures = {
  /**
   * 净销售额: what customers paid for goods after discounts, less refunds, tax included, before cash
   * rounding on both sides (a sale refunded in full nets to exactly 0).
   */
  readonly netSales: number;
  /** The same without tax. */
  readonly revenue: number;
  /** Revenue less the cost of the goods, over the goods whose cost is known. */
  readonly grossProfit: number;
  /** Gross profit over the revenue of costed goods, in basis points; null when there is none. */
  readonly marginBasisPoints: number | null;
  /** Revenue without a known cost, left out of the margin. */
  readonly uncostedRevenue: number;
  /** What one sale came to on average (tax included, before refunds); null without sales. */
  readonly averageTicket: number | null;
};

/** The sums net sales is made of: what a report ranks its rows by. */
export type NetSalesSums = Pick<SalesSums, 'net' | 'tax' | 'refunded' | 'refundRounding'>;

/** 净销售额 alone (see {@link SalesFigures.netSales}), for ranking many rows cheaply. */
export function netSalesOf(s: NetSalesSums): number {
  return s.net + s.tax - refundedGoods(s);
}

/** What the refunds gave back for goods, without the cash rounding that came back with them. */
function refundedGoods(s: Pick<SalesSums, 'refunded' | 'refundRounding'>): number {
  return s.refunded - s.refundRounding;
}

/** Net sales, revenue, gross profit, margin and average ticket of some sums. */
export function salesFigures(s: SalesSums): SalesFigures {
  const refundGoods = refundedGoods(s);
  const refundNet = refundGoods - s.refundTax;
  const uncostedRevenue = s.uncosted - s.refundUncosted;
  const costedRevenue = s.net - refundNet - uncostedRevenue;
  const grossProfit = costedRevenue - (s.cost - s.refundCost);
  return {
    netSales: netSalesOf(s),
    revenue: s.net - refundNet,
    grossProfit,
    marginBasisPoints: costedRevenue > 0 ? roundDiv(grossProfit * 10_000, costedRevenue, 'half-up') : null,
    uncostedRevenue,
    averageTicket: s.sales > 0 ? roundDiv(s.net + s.tax, s.sales, 'half-up') : null,
  };
}
