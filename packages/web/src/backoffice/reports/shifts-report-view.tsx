import type { ShiftsReport } from '@kassa/api';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import type { Format } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { ReportActions } from './report-actions';
import { ReportBody } from './report-body';
import type { ReportQuery } from './report-query';
import type { ReportTable } from './report-table';
import { ReportTableView } from './report-table-view';
import type { Translate } from './sales-report-table';
import { storeFilter, useReport } from './use-report';

/** Each shift: who, when, what it took, and once closed the cash counted against expected. */
function shiftsTable(t: Translate, format: Format, report: ShiftsReport, timeZone: string): ReportTable {
  let expected = 0;
  let counted = 0;
  let variance = 0;
  const rows = report.shifts.map(({ shift, registerName, summary }) => {
    const closed = summary?.countedCash !== undefined;
    if (summary && closed) {
      expected += summary.expectedCash;
      counted += summary.countedCash ?? 0;
      variance += summary.variance ?? 0;
    }
    return {
      register: `${format.businessDate(shift.businessDate)} ${registerName}`,
      staff: shift.openedByName,
      opened: format.time(shift.openedAt, timeZone),
      closed: shift.closedAt === null ? t('reports.shifts.open') : format.time(shift.closedAt, timeZone),
      sales: summary?.sales.count ?? null,
      total: summary?.sales.total ?? null,
      refunds: summary?.refunds.total ?? null,
      expected: summary && closed ? summary.expectedCash : null,
      counted: summary?.countedCash ?? null,
      variance: summary?.variance ?? null,
      z: shift.zReportId === null ? '' : '✓',
    };
  });
  return {
    title: t('reports.kinds.shifts'),
    currency: report.currency,
    columns: [
      { key: 'register', label: t('reports.columns.register'), kind: 'text' },
      { key: 'staff', label: t('reports.columns.staff'), kind: 'text' },
      { key: 'opened', label: t('reports.shifts.opened'), kind: 'text' },
      { key: 'closed', label: t('reports.shifts.closed'), kind: 'text' },
      { key: 'sales', label: t('reports.columns.sales'), kind: 'integer' },
      { key: 'total', label: t('reports.shifts.salesTotal'), kind: 'money' },
      { key: 'refunds', label: t('reports.columns.refunded'), kind: 'money' },
      { key: 'expected', label: t('reports.shifts.expected'), kind: 'money' },
      { key: 'counted', label: t('reports.shifts.counted'), kind: 'money' },
      { key: 'variance', label: t('reports.shifts.variance'), kind: 'money' },
      { key: 'z', label: t('reports.shifts.z'), kind: 'text' },
    ],
    rows,
    totals: { register: t('reports.totals'), expected, counted, variance },
  };
}

/** Per tender: what the shifts took, what they gave back, and the difference (对账). */
function tendersTable(t: Translate, report: ShiftsReport): ReportTable {
  const sums = new Map<string, { taken: number; count: number; refunded: number }>();
  const at = (kind: string) => {
    const found = sums.get(kind) ?? { taken: 0, count: 0, refunded: 0 };
    sums.set(kind, found);
    return found;
  };
  for (const { summary } of report.shifts) {
    if (!summary) continue;
    for (const tender of summary.tenders) {
      at(tender.kind).taken += tender.amount;
      at(tender.kind).count += tender.count;
    }
    for (const tender of summary.refunds.tenders) at(tender.kind).refunded += tender.amount;
  }
  const rows = [...sums].map(([kind, sum]) => ({
    tender: t(`register.shift.tenderKinds.${kind}`, { defaultValue: kind }),
    count: sum.count,
    taken: sum.taken,
    refunded: sum.refunded,
    net: sum.taken - sum.refunded,
  }));
  return {
    title: t('reports.shifts.tenders'),
    currency: report.currency,
    columns: [
      { key: 'tender', label: t('reports.columns.tender'), kind: 'text' },
      { key: 'count', label: t('reports.columns.sales'), kind: 'integer' },
      { key: 'taken', label: t('reports.columns.paid'), kind: 'money' },
      { key: 'refunded', label: t('reports.columns.refunded'), kind: 'money' },
      { key: 'net', label: t('reports.columns.netPaid'), kind: 'money' },
    ],
    rows,
    totals: {
      tender: t('reports.totals'),
      count: rows.reduce((sum, row) => sum + row.count, 0),
      taken: rows.reduce((sum, row) => sum + row.taken, 0),
      refunded: rows.reduce((sum, row) => sum + row.refunded, 0),
      net: rows.reduce((sum, row) => sum + row.net, 0),
    },
  };
}

/** 交班与日结: the shifts of the range and their cash, then the tenders reconciled. */
export function ShiftsReportView({
  query,
  timeZone,
}: {
  readonly query: ReportQuery;
  readonly timeZone: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useReport(JSON.stringify(query), () =>
    api.call('shiftsReport', { query: { ...storeFilter(query.store), from: query.from, to: query.to } }),
  );
  const data = state.data;
  const tables = useMemo(
    () => (data ? { shifts: shiftsTable(t, format, data, timeZone), tenders: tendersTable(t, data) } : null),
    [data, t, format, timeZone],
  );
  return (
    <ReportBody state={state}>
      {tables && (
        <>
          <ReportActions table={tables.shifts} fileName={`kassa-shifts-${query.from}-${query.to}`} />
          <ReportTableView table={tables.shifts} />
          <h2>{tables.tenders.title}</h2>
          <ReportTableView table={tables.tenders} />
        </>
      )}
    </ReportBody>
  );
}
