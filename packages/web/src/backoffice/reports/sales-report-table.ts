import type { ReportRow, SalesReport } from '@kassa/api';
import type { TFunction } from 'i18next';
import type { ExportColumn, ExportColumnKind, ExportRow } from '../../shared/export/table-export';
import type { Format } from '../../shared/format/format';
import { changeBasisPoints } from '../today/change';
import { type ColumnKind, columnValue, type SalesReportKind } from './report-kinds';
import type { ReportTable } from './report-table';

/** i18next's `t`. */
export type Translate = TFunction;

const EXPORT_KIND: Record<ColumnKind, ExportColumnKind> = {
  money: 'money',
  count: 'integer',
  quantity: 'quantity',
  percent: 'percent',
};

const KEY_COLUMN: Record<SalesReport['by'], string> = {
  day: 'date',
  hour: 'hour',
  weekday_hour: 'weekdayHour',
  product: 'product',
  category: 'category',
  staff: 'staff',
  register: 'register',
  tender: 'tender',
  tax_rate: 'taxRate',
};

/** How a row's key reads: a date with its weekday, an hour, a name, a tender, a tax rate. */
export function rowLabel(t: Translate, format: Format, by: SalesReport['by'], row: ReportRow): string {
  switch (by) {
    case 'day':
      return format.businessDate(row.key);
    case 'hour':
      return t('reports.hourLabel', { hour: row.key });
    case 'weekday_hour': {
      const [day, hour] = row.key.split('-');
      return `${t(`reports.weekdays.${day}`)} ${t('reports.hourLabel', { hour })}`;
    }
    case 'tender':
      return t(`register.shift.tenderKinds.${row.key}`, { defaultValue: row.key });
    case 'tax_rate':
      return format.percent(Math.round(Number(row.key) / 100));
    case 'category':
      return row.key === '' ? t('reports.uncategorized') : (row.label ?? t('reports.unknown'));
    default:
      return row.label ?? t('reports.unknown');
  }
}

/**
 * The rows an earlier period lines up against: by position for days (the 3rd day against the
 * 3rd day before), by key for everything else (the same hour, product, cashier…).
 */
export function comparedRows(report: SalesReport): (ReportRow | undefined)[] {
  const earlier = report.compare?.rows ?? [];
  if (report.by === 'day') return report.rows.map((_, index) => earlier[index]);
  const byKey = new Map(earlier.map((row) => [row.key, row]));
  return report.rows.map((row) => byKey.get(row.key));
}

/** The rows a report lists: days and hours all (a chart's axis), weekday × hour cells with sales only. */
function listedRows(report: SalesReport): ReportRow[] {
  if (report.by !== 'weekday_hour') return report.rows;
  return report.rows.filter((row) => row.measures.sales !== 0 || row.measures.refunds !== 0);
}

/** The table of a sales report: a row per key, the kind's columns, with the comparison when asked. */
export function salesReportTable(
  t: Translate,
  format: Format,
  kind: SalesReportKind,
  report: SalesReport,
): ReportTable {
  const compared = report.compare !== null;
  const columns: ExportColumn[] = [
    { key: 'key', label: t(`reports.columns.${KEY_COLUMN[report.by]}`), kind: 'text' },
    ...kind.columns.map((column) => ({
      key: column.id,
      label: t(`reports.columns.${column.id}`),
      kind: EXPORT_KIND[column.kind],
    })),
  ];
  const measureKind = EXPORT_KIND[kind.columns.find((c) => c.id === kind.measure)?.kind ?? 'money'];
  if (compared) {
    columns.push(
      {
        key: 'compared',
        label: `${t(`reports.columns.${kind.measure}`)} · ${t('reports.lastPeriod')}`,
        kind: measureKind,
      },
      { key: 'change', label: t('reports.columns.change'), kind: 'percent' },
    );
  }
  const rows = listedRows(report);
  const earlier = comparedRows({ ...report, rows });
  const cells = (label: string, row: ReportRow['measures'], before: ReportRow['measures'] | undefined) => {
    const cells: Record<string, string | number | null> = { key: label };
    for (const column of kind.columns) cells[column.id] = columnValue(column.id, row);
    if (compared) {
      const now = columnValue(kind.measure, row);
      const then = before ? columnValue(kind.measure, before) : null;
      cells.compared = then;
      cells.change = now === null || then === null ? null : changeBasisPoints(now, then);
    }
    return cells as ExportRow;
  };
  return {
    title: t(`reports.kinds.${kind.id}`),
    currency: report.currency,
    columns,
    rows: rows.map((row, index) =>
      cells(rowLabel(t, format, report.by, row), row.measures, earlier[index]?.measures),
    ),
    totals: cells(t('reports.totals'), report.totals, report.compare?.totals),
    links: rows.map((row) =>
      report.by === 'product' && row.label !== null ? `/backoffice/products/${row.key}` : null,
    ),
  };
}
