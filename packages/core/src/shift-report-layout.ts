import type { ReceiptStore } from './receipt';
import { type ReportedShiftSummary, type ShiftReportRowKey, shiftReportRows } from './shift-report-rows';
import { centerText, pairText } from './text-columns';
import { wrapText } from './text-wrap';

/** Which report: an open shift so far (X), a closed shift (交班单), or a register's day (Z, 日结). */
export type ShiftReportKind = 'x' | 'close' | 'z';

/**
 * Everything a printed shift or day report shows, as data: amounts in minor units of `currency`,
 * times in epoch ms shown on the store's wall clock. No label strings: renderers translate.
 */
export type ShiftReportDocument = {
  readonly kind: ShiftReportKind;
  readonly store: ReceiptStore;
  readonly registerName: string;
  /** Who opened the shift (X, close) or took the Z report. */
  readonly staffName: string;
  readonly businessDate: string;
  /** When the shift opened (X, close). */
  readonly openedAt?: number;
  /** When the shift closed (close). */
  readonly closedAt?: number;
  /** The Z report's number on its register, and how many shifts it sums. */
  readonly zNo?: number;
  readonly shiftCount?: number;
  readonly generatedAt: number;
  /** The store's time zone, for the caller's date formatter. */
  readonly timeZone: string;
  readonly currency: string;
  readonly summary: ReportedShiftSummary;
};

/** Translated label strings of a printed report, supplied by the caller. */
export type ShiftReportLabels = {
  readonly titles: Readonly<Record<ShiftReportKind, string>>;
  readonly register: string;
  readonly staff: string;
  readonly businessDate: string;
  readonly openedAt: string;
  readonly closedAt: string;
  readonly shiftCount: string;
  readonly printedAt: string;
  readonly rows: Readonly<Record<ShiftReportRowKey, string>>;
  /** Tender rows by kind (现金, 银行卡, 扫码付); an unknown kind prints as it is. */
  readonly tenders: Readonly<Record<string, string>>;
};

/** Which block of the report a figure is in: a rule separates the blocks on paper. */
const SECTIONS: Readonly<Record<ShiftReportRowKey, number>> = {
  sales: 0,
  subtotal: 0,
  discounts: 0,
  total: 0,
  tax: 0,
  rounding: 0,
  tender: 1,
  refunds: 2,
  refundCash: 2,
  lineVoids: 3,
  ticketVoids: 3,
  float: 4,
  cashIn: 4,
  cashOut: 4,
  noSales: 4,
  expected: 4,
  counted: 4,
  variance: 4,
};

/** Options for {@link layoutShiftReportText}; the formatters come from the caller's locale. */
export type ShiftReportLayoutOptions = {
  readonly columns: 32 | 48;
  readonly labels: ShiftReportLabels;
  readonly formatMoney: (amount: number) => string;
  readonly formatDate: (epochMs: number) => string;
};

/**
 * Lays a shift or day report out as fixed-width text lines for a receipt printer: the store name
 * and the report's title centred, who and when, then one line per figure (`label (count) … amount`),
 * in the same order and with the same signs as the report on screen.
 */
export function layoutShiftReportText(doc: ShiftReportDocument, options: ShiftReportLayoutOptions): string[] {
  const { columns, labels, formatMoney: money, formatDate: date } = options;
  const rule = '-'.repeat(columns);
  const title = doc.kind === 'z' ? `${labels.titles.z} #${doc.zNo ?? ''}` : labels.titles[doc.kind];
  const out: string[] = [...centerText(doc.store.name, columns), ...centerText(title, columns)];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined) out.push(...pairText(label, value, columns));
  };
  add(labels.register, doc.registerName);
  add(labels.staff, doc.staffName);
  add(labels.businessDate, doc.businessDate);
  add(labels.openedAt, doc.openedAt === undefined ? undefined : date(doc.openedAt));
  add(labels.closedAt, doc.closedAt === undefined ? undefined : date(doc.closedAt));
  add(labels.shiftCount, doc.shiftCount === undefined ? undefined : String(doc.shiftCount));
  out.push(rule);
  let section = SECTIONS.sales;
  for (const row of shiftReportRows(doc.summary)) {
    if (SECTIONS[row.key] !== section) out.push(rule);
    section = SECTIONS[row.key];
    const name =
      row.key === 'tender'
        ? (labels.tenders[row.tenderKind ?? ''] ?? row.tenderKind ?? '')
        : labels.rows[row.key];
    // A row with an amount shows its count beside the name; a count-only row shows the count as its value.
    if (row.amount === undefined) add(name, String(row.count ?? 0));
    else add(row.count === undefined ? name : `${name} (${row.count})`, money(row.amount));
  }
  out.push(rule, ...wrapText(`${labels.printedAt} ${date(doc.generatedAt)}`, columns));
  return out;
}
