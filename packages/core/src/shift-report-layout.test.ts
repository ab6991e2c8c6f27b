import { describe, expect, it } from 'vitest';
import { formatDecimal } from './money-format';
import {
  layoutShiftReportText,
  type ShiftReportDocument,
  type ShiftReportLabels,
} from './shift-report-layout';
import { closeShiftSummary, summarizeShift } from './shift-summary';
import { SHIFT_FACTS } from './shift-summary.fixture';
import { textWidth } from './text-width';

const labels: ShiftReportLabels = {
  titles: { x: 'X REPORT', close: 'SHIFT CLOSE', z: 'Z REPORT' },
  register: 'Register',
  staff: 'Staff',
  businessDate: 'Day',
  openedAt: 'Opened',
  closedAt: 'Closed',
  shiftCount: 'Shifts',
  printedAt: 'Printed',
  rows: {
    sales: 'Sales',
    subtotal: 'Subtotal',
    discounts: 'Discounts',
    total: 'Total',
    tax: 'Tax',
    rounding: 'Rounding',
    tender: 'Tender',
    refunds: 'Refunds',
    refundCash: 'Cash refunded',
    lineVoids: 'Line voids',
    ticketVoids: 'Ticket voids',
    float: 'Float',
    cashIn: 'Cash in',
    cashOut: 'Cash out',
    noSales: 'No sales',
    expected: 'Expected cash',
    counted: 'Counted',
    variance: 'Variance',
  },
  tenders: { cash: 'Cash', card: 'Card' },
};

const summary = closeShiftSummary(summarizeShift(SHIFT_FACTS), 62000);

const doc: ShiftReportDocument = {
  kind: 'close',
  store: { name: 'Corner Shop' },
  registerName: 'Till 1',
  staffName: 'Li Lei',
  businessDate: '2026-11-22',
  openedAt: 1,
  closedAt: 2,
  generatedAt: 2,
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  summary,
};

const options = {
  columns: 32 as const,
  labels,
  formatMoney: (amount: number) => formatDecimal(amount, 'CNY'),
  formatDate: (at: number) => (at === 1 ? '2026-11-22 08:00' : '2026-11-22 16:00'),
};

describe('layoutShiftReportText', () => {
  it('prints a close report with every figure, signed as on screen, in blocks', () => {
    // Expected cash: 500.00 float + 59.95 cash sales − 8.00 cash refunded + 100.00 in − 30.00 out = 621.95;
    // counted 620.00, so the drawer is 1.95 short.
    expect(layoutShiftReportText(doc, options)).toEqual([
      '          Corner Shop',
      '          SHIFT CLOSE',
      'Register                  Till 1',
      'Staff                     Li Lei',
      'Day                   2026-11-22',
      'Opened          2026-11-22 08:00',
      'Closed          2026-11-22 16:00',
      '--------------------------------',
      'Sales                          3',
      'Subtotal                  123.45',
      'Discounts                  -3.45',
      'Total                     120.00',
      'Tax                        13.80',
      'Rounding                   -0.05',
      '--------------------------------',
      'Card (1)                   60.00',
      'Cash (2)                   59.95',
      '--------------------------------',
      'Refunds (1)                -8.00',
      'Cash refunded              -8.00',
      '--------------------------------',
      'Line voids (2)              7.00',
      'Ticket voids (1)           12.50',
      '--------------------------------',
      'Float                     500.00',
      'Cash in                   100.00',
      'Cash out                  -30.00',
      'No sales                       1',
      'Expected cash             621.95',
      'Counted                   620.00',
      'Variance                   -1.95',
      '--------------------------------',
      'Printed 2026-11-22 16:00',
    ]);
  });

  it('numbers a Z report and says how many shifts it sums; no line is wider than the paper', () => {
    const z = layoutShiftReportText(
      { ...doc, kind: 'z', zNo: 7, shiftCount: 2, store: { name: '老街便利店（人民路店）' } },
      options,
    );
    expect(z.slice(0, 3)).toEqual([
      '     老街便利店（人民路店）',
      '          Z REPORT #7',
      'Register                  Till 1',
    ]);
    expect(z).toContain('Shifts                         2');
    for (const line of z) expect(textWidth(line)).toBeLessThanOrEqual(32);
  });

  it('leaves out the count and variance of a shift still open', () => {
    const { countedCash: _counted, variance: _variance, ...soFar } = summary;
    const open = layoutShiftReportText({ ...doc, kind: 'x', summary: soFar }, options);
    expect(open.some((line) => line.startsWith('Counted') || line.startsWith('Variance'))).toBe(false);
    expect(open[1]).toBe('            X REPORT');
  });
});
