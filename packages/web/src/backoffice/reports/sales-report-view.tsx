import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { useFormat } from '../../shared/format/use-format';
import { ReportActions } from './report-actions';
import { ReportBody } from './report-body';
import type { SalesReportKind } from './report-kinds';
import type { ReportQuery } from './report-query';
import { ReportTableView } from './report-table-view';
import { SalesReportChart } from './sales-report-chart';
import { salesReportTable } from './sales-report-table';
import { storeFilter, useReport } from './use-report';

/** A report over the sales rollups: its chart, its table (with the comparison), export and print. */
export function SalesReportView({
  kind,
  query,
}: {
  readonly kind: SalesReportKind;
  readonly query: ReportQuery;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useReport(JSON.stringify([kind.by, query]), () =>
    api.call('salesReport', {
      query: {
        ...storeFilter(query.store),
        from: query.from,
        to: query.to,
        by: kind.by,
        compare: query.compare,
      },
    }),
  );
  const report = state.data;
  const table = useMemo(
    () => (report ? salesReportTable(t, format, kind, report) : null),
    [t, format, kind, report],
  );
  return (
    <ReportBody state={state}>
      {report?.compare && (
        <p className="muted" data-testid="report-compared">
          {t('reports.comparedWith', {
            from: format.businessDate(report.compare.from),
            to: format.businessDate(report.compare.to),
          })}
        </p>
      )}
      {report && <SalesReportChart kind={kind} report={report} />}
      {table && (
        <>
          <ReportActions table={table} fileName={`kassa-${kind.id}-${query.from}-${query.to}`} />
          <ReportTableView table={table} />
        </>
      )}
    </ReportBody>
  );
}
