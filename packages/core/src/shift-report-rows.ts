import type { ShiftSummary } from './shift-summary';

/** The figures an X, close or Z report shows, in the order it shows them. */
export type ShiftReportRowKey =
  | 'sales'
  | 'subtotal'
  | 'discounts'
  | 'total'
  | 'tax'
  | 'rounding'
  | 'tender'
  | 'refunds'
  | 'refundCash'
  | 'lineVoids'
  | 'ticketVoids'
  | 'float'
  | 'cashIn'
  | 'cashOut'
  | 'noSales'
  | 'expected'
  | 'counted'
  | 'variance';

/**
 * One figure of a report: an amount as it is shown (money going out is negative), a count, or
 * both (e.g. 3 refunds, −45.00). `tenderKind` names the tender of a `tender` row.
 */
export type ShiftReportRow = {
  readonly key: ShiftReportRowKey;
  readonly amount?: number;
  readonly count?: number;
  readonly tenderKind?: string;
};

/** A shift's summary, with the count and variance once it is closed. */
export type ReportedShiftSummary = ShiftSummary & {
  readonly countedCash?: number | undefined;
  readonly variance?: number | undefined;
};

/**
 * The rows of a shift or day report, shared by the screen and the printed report so both show the
 * same figures with the same signs: discounts, refunds and cash taken out are negative.
 */
export function shiftReportRows(summary: ReportedShiftSummary): ShiftReportRow[] {
  const refundedCash = summary.refunds.tenders
    .filter((tender) => tender.kind === 'cash')
    .reduce((sum, tender) => sum + tender.amount, 0);
  const rows: ShiftReportRow[] = [
    { key: 'sales', count: summary.sales.count },
    { key: 'subtotal', amount: summary.sales.subtotal },
    { key: 'discounts', amount: -summary.sales.discountTotal },
    { key: 'total', amount: summary.sales.total },
    { key: 'tax', amount: summary.sales.taxTotal },
    { key: 'rounding', amount: summary.sales.cashRounding },
    ...summary.tenders.map(
      (tender): ShiftReportRow => ({
        key: 'tender',
        tenderKind: tender.kind,
        count: tender.count,
        amount: tender.amount,
      }),
    ),
    { key: 'refunds', count: summary.refunds.count, amount: -summary.refunds.total },
    { key: 'refundCash', amount: -refundedCash },
    { key: 'lineVoids', count: summary.voids.lines, amount: summary.voids.lineAmount },
    { key: 'ticketVoids', count: summary.voids.tickets, amount: summary.voids.ticketAmount },
    { key: 'float', amount: summary.openingFloat },
    { key: 'cashIn', amount: summary.cashIn },
    { key: 'cashOut', amount: -summary.cashOut },
    { key: 'noSales', count: summary.noSaleCount },
    { key: 'expected', amount: summary.expectedCash },
  ];
  if (summary.countedCash !== undefined) rows.push({ key: 'counted', amount: summary.countedCash });
  if (summary.variance !== undefined) rows.push({ key: 'variance', amount: summary.variance });
  return rows;
}
