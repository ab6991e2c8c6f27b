import type { Store } from '@kassa/api';
import { businessDate } from '@kassa/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';
import { useFormat } from '../../shared/format/use-format';
import { navigate, useRoute } from '../../use-route';
import { InsightsView } from './insights-view';
import { ReportFilters } from './report-filters';
import { REPORT_IDS, SALES_REPORTS } from './report-kinds';
import { type ReportQuery, readReportQuery, reportHref } from './report-query';
import { SalesReportView } from './sales-report-view';
import { ShiftsReportView } from './shifts-report-view';
import { SlowMoversView } from './slow-movers-view';
import './reports.css';

export type ReportsPageProps = {
  readonly report: string;
  readonly store: Store;
  readonly stores: readonly Store[];
};

/**
 * `/backoffice/reports/:report`: a report menu, its filters (kept in the address, so every figure
 * elsewhere can link to a report with its dates), then the report. Phone first: the menu scrolls
 * sideways, the chart and table take the width.
 */
export function ReportsPage({ report, store, stores }: ReportsPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { search } = useRoute();
  const today = businessDate(Date.now(), store.timeZone, store.businessDayCutoverMinutes);
  const query = useMemo(
    () => readReportQuery(search, { today, storeId: store.id }),
    [search, today, store.id],
  );
  const id = REPORT_IDS.includes(report) ? report : 'sales';
  const salesKind = SALES_REPORTS.find((kind) => kind.id === id);
  const change = (next: ReportQuery) => navigate(reportHref(id, next), { replace: true });
  // The store picked in the header wins over the one in the address once it changes.
  const picked = useRef(store.id);
  useEffect(() => {
    if (picked.current === store.id) return;
    picked.current = store.id;
    navigate(reportHref(id, { ...query, store: store.id }), { replace: true });
  }, [store.id, id, query]);
  const storeName =
    query.store === 'all' ? t('reports.allStores') : (stores.find((s) => s.id === query.store)?.name ?? '');
  const timeZone = stores.find((s) => s.id === query.store)?.timeZone ?? store.timeZone;

  return (
    <section className="bo-page reports" data-testid="reports-page" data-report={id}>
      <nav className="report-menu no-print" aria-label={t('reports.title')}>
        {REPORT_IDS.map((kind) => (
          <Link
            key={kind}
            href={reportHref(kind, query)}
            className="chip"
            aria-current={kind === id ? 'page' : undefined}
            data-testid={`report-kind-${kind}`}
          >
            {t(`reports.kinds.${kind}`)}
          </Link>
        ))}
      </nav>
      <header className="bo-page__header">
        <div>
          <h1>{t(`reports.kinds.${id}`)}</h1>
          <p className="muted" data-testid="report-range">
            {storeName} ·{' '}
            {t('reports.range', { from: format.businessDate(query.from), to: format.businessDate(query.to) })}
          </p>
          <p className="print-only muted">
            {t('reports.printedAt', { time: format.dateTime(Date.now(), timeZone) })}
          </p>
        </div>
      </header>
      <ReportFilters
        query={query}
        today={today}
        stores={stores}
        comparable={salesKind !== undefined}
        oneDay={id === 'insights'}
        onChange={change}
      />
      {salesKind && <SalesReportView key={salesKind.id} kind={salesKind} query={query} />}
      {id === 'insights' && <InsightsView query={query} />}
      {id === 'slow' && <SlowMoversView query={query} />}
      {id === 'shifts' && <ShiftsReportView query={query} timeZone={timeZone} />}
    </section>
  );
}
