import type { SalesReport } from '@kassa/api';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';
import { ReportActions } from './report-actions';
import { ReportBody } from './report-body';
import type { SalesReportKind } from './report-kinds';
import type { ReportQuery } from './report-query';
import { ReportTableView } from './report-table-view';
import { SalesReportChart } from './sales-report-chart';
import { salesReportTable } from './sales-report-table';
import { storeFilter, useReport } from './use-report';

/** How many products the screen shows at first: a year of a big shop sells thousands. */
const FIRST_PRODUCTS = 100;

/**
 * A report over the sales rollups: its chart, its table (with the comparison), export and print.
 * By product it shows the first products by net sales until asked for all; the export has all.
 */
export function SalesReportView({
  kind,
  query,
}: {
  readonly kind: SalesReportKind;
  readonly query: ReportQuery;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryKey = JSON.stringify([kind.by, query]);
  // The query the user asked to see every product of (a new query shows the first ones again).
  const [everyRowOf, setEveryRowOf] = useState<string | null>(null);
  const limit = kind.by === 'product' && everyRowOf !== queryKey ? FIRST_PRODUCTS : undefined;
  const load = (rows: number | undefined): Promise<SalesReport> =>
    api.call('salesReport', {
      query: {
        ...storeFilter(query.store),
        from: query.from,
        to: query.to,
        by: kind.by,
        compare: query.compare,
        ...(rows === undefined ? {} : { limit: rows }),
      },
    });
  const state = useReport(JSON.stringify([queryKey, limit]), () => load(limit));
  const report = state.data;
  const table = useMemo(
    () => (report ? salesReportTable(t, format, kind, report) : null),
    [t, format, kind, report],
  );
  const hidden = report ? report.rowCount - report.rows.length : 0;
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
          <ReportActions
            table={table}
            fileName={`kassa-${kind.id}-${query.from}-${query.to}`}
            loadAll={
              hidden > 0 ? async () => salesReportTable(t, format, kind, await load(undefined)) : undefined
            }
          />
          <ReportTableView table={table} />
        </>
      )}
      {report && hidden > 0 && (
        <p className="muted no-print" data-testid="report-first-rows">
          {t('reports.firstRows', { shown: report.rows.length, total: report.rowCount })}{' '}
          <Button variant="ghost" onClick={() => setEveryRowOf(queryKey)} data-testid="report-show-all">
            {t('reports.showAllRows', { total: report.rowCount })}
          </Button>
        </p>
      )}
    </ReportBody>
  );
}
