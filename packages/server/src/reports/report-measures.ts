import type { ReportMeasures } from '@kassa/api';
import { salesFigures } from '@kassa/core';
import { type RollupMeasures, zeroMeasures } from '@kassa/db';

/** Rollup sums as the API answers them, with the derived figures (core `salesFigures`). */
export function toReportMeasures(m: RollupMeasures): ReportMeasures {
  const sums = {
    sales: m.sales,
    items: m.items,
    gross: m.gross,
    discounts: m.discounts,
    net: m.net,
    tax: m.tax,
    cost: m.cost,
    uncosted: m.uncosted,
    rounding: m.rounding,
    paid: m.paid,
    refunds: m.refunds,
    refunded: m.refunded,
    refundTax: m.refund_tax,
    refundCost: m.refund_cost,
    refundItems: m.refund_items,
    refundUncosted: m.refund_uncosted,
    refundRounding: m.refund_rounding,
    voids: m.voids,
    voided: m.voided,
    noSales: m.no_sales,
  };
  return { ...sums, ...salesFigures(sums) };
}

/** The sum of some rollup sums. */
export function addMeasures(rows: Iterable<RollupMeasures>): RollupMeasures {
  const total = zeroMeasures();
  for (const row of rows) {
    for (const name of Object.keys(total) as (keyof RollupMeasures)[]) total[name] += row[name];
  }
  return total;
}
