import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { ReportActions } from './report-actions';
import { ReportBody } from './report-body';
import type { ReportQuery } from './report-query';
import type { ReportTable } from './report-table';
import { ReportTableView } from './report-table-view';
import { storeFilter, useReport } from './use-report';

/** 滞销商品: the products that sold least in the range, with the stock (and money) they tie up. */
export function SlowMoversView({ query }: { readonly query: ReportQuery }) {
  const { t } = useTranslation();
  const state = useReport(JSON.stringify(query), () =>
    api.call('slowMovers', {
      query: { ...storeFilter(query.store), from: query.from, to: query.to, limit: 200 },
    }),
  );
  const data = state.data;
  const table = useMemo((): ReportTable | null => {
    if (!data) return null;
    return {
      title: t('reports.kinds.slow'),
      currency: data.currency,
      columns: [
        { key: 'name', label: t('reports.columns.product'), kind: 'text' },
        { key: 'sku', label: 'SKU', kind: 'text' },
        { key: 'items', label: t('reports.columns.items'), kind: 'quantity' },
        { key: 'netSales', label: t('reports.columns.netSales'), kind: 'money' },
        { key: 'onHand', label: t('reports.columns.onHand'), kind: 'quantity' },
        { key: 'stockValue', label: t('reports.columns.stockValue'), kind: 'money' },
      ],
      rows: data.items.map((item) => ({
        name: item.name,
        sku: item.sku,
        items: item.items,
        netSales: item.netSales,
        onHand: item.onHand,
        stockValue: item.stockValue,
      })),
      links: data.items.map((item) => `/backoffice/products/${item.productId}`),
    };
  }, [data, t]);
  return (
    <ReportBody state={state}>
      {table && (
        <>
          <ReportActions table={table} fileName={`kassa-slow-${query.from}-${query.to}`} />
          <ReportTableView table={table} />
        </>
      )}
    </ReportBody>
  );
}
