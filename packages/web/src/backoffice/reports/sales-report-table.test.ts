import type { ReportMeasures, ReportRow, SalesReport } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { createFormat } from '../../shared/format/format';
import { i18n } from '../../shared/i18n/i18n';
import { SALES_REPORTS } from './report-kinds';
import { comparedRows, rowLabel, salesReportTable } from './sales-report-table';

const t = i18n.getFixedT('zh-CN');
const format = createFormat('zh-CN');

function measures(netSales: number, sales = 1): ReportMeasures {
  return {
    sales,
    items: sales * 1000,
    gross: netSales,
    discounts: 0,
    net: netSales,
    tax: 0,
    cost: 0,
    uncosted: netSales,
    rounding: 0,
    paid: netSales,
    refunds: 0,
    refunded: 0,
    refundTax: 0,
    refundCost: 0,
    refundItems: 0,
    refundUncosted: 0,
    refundRounding: 0,
    voids: 0,
    voided: 0,
    noSales: 0,
    netSales,
    revenue: netSales,
    grossProfit: 0,
    marginBasisPoints: null,
    uncostedRevenue: netSales,
    averageTicket: sales === 0 ? null : Math.round(netSales / sales),
  };
}

const row = (key: string, netSales: number, label: string | null = null): ReportRow => ({
  key,
  label,
  measures: measures(netSales),
});

function report(by: SalesReport['by'], rows: ReportRow[], earlier: ReportRow[] | null): SalesReport {
  const total = (list: ReportRow[]) =>
    measures(
      list.reduce((sum, r) => sum + r.measures.netSales, 0),
      list.length,
    );
  return {
    currency: 'CNY',
    by,
    storeIds: ['s'],
    from: '2026-11-16',
    to: '2026-11-17',
    rows,
    rowCount: rows.length,
    totals: total(rows),
    compare: earlier
      ? {
          from: '2026-11-14',
          to: '2026-11-15',
          rows: earlier,
          rowCount: earlier.length,
          totals: total(earlier),
        }
      : null,
  };
}

const kind = (id: string) => {
  const found = SALES_REPORTS.find((k) => k.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('comparedRows', () => {
  it('lines days up by position and everything else by key', () => {
    const days = report('day', [row('2026-11-16', 100), row('2026-11-17', 200)], [row('2026-11-14', 50)]);
    expect(comparedRows(days).map((r) => r?.key)).toEqual(['2026-11-14', undefined]);
    const products = report('product', [row('a', 1), row('b', 2)], [row('b', 9), row('c', 3)]);
    expect(comparedRows(products).map((r) => r?.measures.netSales)).toEqual([undefined, 9]);
  });
});

describe('salesReportTable', () => {
  it('has the kind’s columns, a totals row, and with a comparison the earlier figure and the change', () => {
    const table = salesReportTable(
      t,
      format,
      kind('sales'),
      report(
        'day',
        [row('2026-11-16', 15_000), row('2026-11-17', 0)],
        [row('2026-11-14', 10_000), row('2026-11-15', 0)],
      ),
    );
    expect(table.columns.map((c) => c.key)).toEqual([
      'key',
      ...kind('sales').columns.map((c) => c.id),
      'compared',
      'change',
    ]);
    expect(table.rows[0]).toMatchObject({
      key: '11月16日周一',
      netSales: 15_000,
      compared: 10_000,
      change: 5000,
    });
    // Nothing to grow on: no percentage rather than infinity.
    expect(table.rows[1]).toMatchObject({ netSales: 0, compared: 0, change: null, averageTicket: 0 });
    expect(table.totals).toMatchObject({ key: '合计', netSales: 15_000, compared: 10_000, change: 5000 });
  });

  it('links products to their page, and names a deleted one and goods without a category', () => {
    const products = salesReportTable(
      t,
      format,
      kind('products'),
      report('product', [row('p1', 5, 'Cola'), row('p2', 3)], null),
    );
    expect(products.links).toEqual(['/backoffice/products/p1', null]);
    expect(products.rows.map((r) => r.key)).toEqual(['Cola', '（已删除）']);
    expect(rowLabel(t, format, 'category', row('', 1))).toBe('未分类');
  });

  it('reads hours, weekday × hour cells, tenders and tax rates', () => {
    expect(rowLabel(t, format, 'hour', row('09', 1))).toBe('09:00');
    expect(rowLabel(t, format, 'weekday_hour', row('7-21', 1))).toBe('周日 21:00');
    expect(rowLabel(t, format, 'tender', row('cash', 1))).toBe('现金');
    expect(rowLabel(t, format, 'tender', row('voucher', 1))).toBe('voucher');
    expect(rowLabel(t, format, 'tax_rate', row('130000', 1))).toBe('13%');
  });

  it('lists only the weekday × hour cells with activity', () => {
    const table = salesReportTable(
      t,
      format,
      kind('heatmap'),
      report('weekday_hour', [row('1-09', 5), { key: '1-10', label: null, measures: measures(0, 0) }], null),
    );
    expect(table.rows).toHaveLength(1);
  });
});
