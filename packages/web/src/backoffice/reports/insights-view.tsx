import type { Insights, Standout } from '@kassa/api';
import { addDays } from '@kassa/core';
import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { LazySeriesChart } from '../../shared/charts/lazy-charts';
import { useFormat } from '../../shared/format/use-format';
import { changeBasisPoints } from '../today/change';
import { ReportActions } from './report-actions';
import { ReportBody } from './report-body';
import type { ReportQuery } from './report-query';
import type { ReportTable } from './report-table';
import { ReportTableView } from './report-table-view';
import { storeFilter, useReport } from './use-report';

/** A WAPE fraction (0.123) in basis points (1230), for `Format.percent`. */
const wapeBasisPoints = (wape: number) => Math.round(wape * 10_000);

/** 智能分析 of one day (the query's last date): what stood out, then the 14-day forecast. */
export function InsightsView({ query }: { readonly query: ReportQuery }) {
  const { t } = useTranslation();
  const state = useReport(JSON.stringify([query.store, query.to]), () =>
    api.call('insights', { query: { ...storeFilter(query.store), date: query.to } }),
  );
  const data = state.data;
  const table = useMemo((): ReportTable | null => {
    if (!data) return null;
    const sum = (amounts: readonly number[], days: number) =>
      amounts.slice(0, days).reduce((a, b) => a + b, 0);
    return {
      title: t('reports.insights.products'),
      currency: data.currency,
      columns: [
        { key: 'product', label: t('reports.columns.product'), kind: 'text' },
        { key: 'next7', label: t('reports.insights.next7'), kind: 'money' },
        { key: 'next14', label: t('reports.insights.next14'), kind: 'money' },
        { key: 'error', label: t('reports.insights.error'), kind: 'percent' },
        { key: 'method', label: t('reports.insights.method'), kind: 'text' },
      ],
      rows: [data.forecast.store, ...data.forecast.products].map((forecast, index) => ({
        product:
          index === 0
            ? t('reports.totals')
            : (data.forecast.products[index - 1]?.label ?? t('reports.unknown')),
        next7: sum(forecast.amounts, 7),
        next14: sum(forecast.amounts, 14),
        error: forecast.backtest?.wape == null ? null : wapeBasisPoints(forecast.backtest.wape),
        method: t(`reports.insights.methods.${forecast.method}`),
      })),
    };
  }, [data, t]);
  return (
    <ReportBody state={state}>
      {data && (
        <>
          <DaySummary insights={data} />
          <ForecastChart insights={data} />
          {table && (
            <>
              <h2>{table.title}</h2>
              <ReportActions table={table} fileName={`kassa-forecast-${data.forecast.from}`} />
              <ReportTableView table={table} />
            </>
          )}
        </>
      )}
    </ReportBody>
  );
}

function DaySummary({ insights }: { readonly insights: Insights }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, insights.currency);
  const date = format.businessDate(insights.date);
  const { day, total } = insights;
  const groups = [
    ['risers', insights.risers],
    ['fallers', insights.fallers],
  ] as const;
  const standout = (s: Standout) => {
    const change = changeBasisPoints(s.amount, s.usual);
    return `${t(`reports.insights.reasons.${s.reason}`)}${change === null ? '' : ` ${change > 0 ? '+' : ''}${format.percent(change)}`}`;
  };
  return (
    <section className="today-card insights" data-testid="insights-summary">
      <p>
        {day.usual === null
          ? t('reports.insights.noUsual', { date, amount: money(day.netSales) })
          : t('reports.insights.day', {
              date,
              amount: money(day.netSales),
              weeks: insights.weeks,
              usual: money(day.usual),
            })}{' '}
        {total
          ? t('reports.insights.standout', {
              reason: t(`reports.insights.reasons.${total.reason}`),
              change: money(total.change),
            })
          : t('reports.insights.ordinary')}
      </p>
      {insights.risers.length + insights.fallers.length + insights.newSellers.length === 0 ? (
        <p className="muted">{t('reports.insights.nothing')}</p>
      ) : (
        <div className="insights__groups">
          {groups.map(
            ([group, items]) =>
              items.length > 0 && (
                <div key={group} data-testid={`insights-${group}`}>
                  <h3>{t(`reports.insights.${group}`)}</h3>
                  <ul>
                    {items.map((item) => (
                      <li key={item.key} data-testid="insight">
                        <strong>{item.label ?? t('reports.unknown')}</strong>{' '}
                        <span className={`insight--${item.change > 0 ? 'up' : 'down'}`}>
                          {standout(item)}
                        </span>
                        <span className="muted">
                          {' '}
                          ·{' '}
                          {t('reports.insights.item', {
                            amount: money(item.amount),
                            usual: money(item.usual),
                          })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              ),
          )}
          {insights.newSellers.length > 0 && (
            <div data-testid="insights-newSellers">
              <h3>{t('reports.insights.newSellers')}</h3>
              <ul>
                {insights.newSellers.map((item) => (
                  <li key={item.key} data-testid="insight">
                    <strong>{item.label ?? t('reports.unknown')}</strong>{' '}
                    <span className="muted">{money(item.amount)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function ForecastChart({ insights }: { readonly insights: Insights }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { forecast, currency } = insights;
  const { categories, series } = useMemo(() => {
    const days = forecast.store.amounts.map((_, i) => addDays(forecast.from, i).slice(5));
    const past = forecast.history.map((h) => h.netSales);
    return {
      categories: [...forecast.history.map((h) => h.date.slice(5)), ...days],
      series: [
        { name: t('reports.insights.actual'), values: [...past, ...days.map(() => null)] },
        {
          name: t('reports.insights.predicted'),
          values: [...past.map(() => null), ...forecast.store.amounts],
          style: 'dashed' as const,
        },
      ],
    };
  }, [forecast, t]);
  const formatValue = useCallback((value: number) => format.money(value, currency), [format, currency]);
  const backtest = forecast.store.backtest;
  return (
    <section className="report-chart" data-testid="insights-forecast">
      <h2>{t('reports.insights.forecast')}</h2>
      <Suspense fallback={<div className="chart chart--placeholder" />}>
        <LazySeriesChart
          title={t('reports.insights.forecast')}
          kind="line"
          categories={categories}
          series={series}
          formatValue={formatValue}
        />
      </Suspense>
      <p className="muted" data-testid="insights-method">
        {t(`reports.insights.methods.${forecast.store.method}`)} ·{' '}
        {backtest?.wape == null
          ? t('reports.insights.noBacktest')
          : t('reports.insights.backtest', {
              wape: format.percent(wapeBasisPoints(backtest.wape)),
              days: backtest.horizon,
            })}
      </p>
    </section>
  );
}
