import type { ReportGrouping, ReportMeasures } from '@kassa/api';

/** A figure a report column shows: a measure of the row, or one worked out from its measures. */
export type ColumnId = keyof ReportMeasures | 'margin' | 'netPaid' | 'netTax';

/** How a column's figure is written: money, a count, a quantity (thousandths) or a percentage (basis points). */
export type ColumnKind = 'money' | 'count' | 'quantity' | 'percent';

export type ReportColumn = { readonly id: ColumnId; readonly kind: ColumnKind };

/** What chart a report draws above its table. */
export type ChartKind = 'series' | 'heatmap' | 'rank';

/** A report over the sales rollups: its grouping, chart and columns. */
export type SalesReportKind = {
  readonly id: string;
  readonly by: ReportGrouping;
  readonly chart: ChartKind;
  /** The column the chart draws and the rows are ranked by (for keyed groupings). */
  readonly measure: ColumnId;
  readonly columns: readonly ReportColumn[];
};

const money = (id: ColumnId): ReportColumn => ({ id, kind: 'money' });
const count = (id: ColumnId): ReportColumn => ({ id, kind: 'count' });
const MARGIN: ReportColumn = { id: 'margin', kind: 'percent' };
const ITEMS: ReportColumn = { id: 'items', kind: 'quantity' };

/** Every report drawn from the rollups, in the order the report menu lists them. */
export const SALES_REPORTS: readonly SalesReportKind[] = [
  {
    id: 'sales',
    by: 'day',
    chart: 'series',
    measure: 'netSales',
    columns: [
      count('sales'),
      money('netSales'),
      money('discounts'),
      money('refunded'),
      money('tax'),
      money('rounding'),
      money('grossProfit'),
      MARGIN,
      money('averageTicket'),
    ],
  },
  {
    id: 'hours',
    by: 'hour',
    chart: 'series',
    measure: 'netSales',
    columns: [count('sales'), ITEMS, money('netSales'), money('averageTicket')],
  },
  {
    id: 'heatmap',
    by: 'weekday_hour',
    chart: 'heatmap',
    measure: 'sales',
    columns: [count('sales'), money('netSales'), money('averageTicket')],
  },
  {
    id: 'products',
    by: 'product',
    chart: 'rank',
    measure: 'netSales',
    columns: [ITEMS, count('sales'), money('netSales'), money('refunded'), money('grossProfit'), MARGIN],
  },
  {
    id: 'categories',
    by: 'category',
    chart: 'rank',
    measure: 'netSales',
    columns: [ITEMS, money('netSales'), money('discounts'), money('grossProfit'), MARGIN],
  },
  {
    id: 'profit',
    by: 'category',
    chart: 'rank',
    measure: 'grossProfit',
    columns: [money('revenue'), money('cost'), money('grossProfit'), MARGIN, money('uncostedRevenue')],
  },
  {
    id: 'staff',
    by: 'staff',
    chart: 'rank',
    measure: 'netSales',
    columns: [
      count('sales'),
      money('netSales'),
      money('discounts'),
      count('refunds'),
      money('refunded'),
      count('voids'),
      money('voided'),
      count('noSales'),
    ],
  },
  {
    id: 'registers',
    by: 'register',
    chart: 'rank',
    measure: 'netSales',
    columns: [
      count('sales'),
      money('netSales'),
      money('rounding'),
      count('refunds'),
      count('voids'),
      count('noSales'),
    ],
  },
  {
    id: 'tenders',
    by: 'tender',
    chart: 'rank',
    measure: 'netPaid',
    columns: [count('sales'), money('paid'), count('refunds'), money('refunded'), money('netPaid')],
  },
  {
    id: 'tax',
    by: 'tax_rate',
    chart: 'rank',
    measure: 'netTax',
    columns: [money('net'), money('tax'), money('refundTax'), money('netTax')],
  },
];

/** Reports with a screen of their own rather than a rollup grouping. */
export const OTHER_REPORTS = ['slow', 'shifts'] as const;

/** The report menu, in order: smart insights (one day) after sales by day. */
export const REPORT_IDS = [
  'sales',
  'insights',
  ...SALES_REPORTS.filter((kind) => kind.id !== 'sales').map((kind) => kind.id),
  ...OTHER_REPORTS,
];

/** A column's figure in a row; null where it has none (no sales: no average ticket or margin). */
export function columnValue(id: ColumnId, m: ReportMeasures): number | null {
  switch (id) {
    case 'margin':
      return m.marginBasisPoints;
    case 'netPaid':
      return m.paid - m.refunded;
    case 'netTax':
      return m.tax - m.refundTax;
    default:
      return m[id];
  }
}
