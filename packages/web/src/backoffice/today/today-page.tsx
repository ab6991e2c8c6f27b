import type { RecentSale, Store, TodaySummary } from '@kassa/api';
import { businessDate } from '@kassa/core';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { LazySeriesChart } from '../../shared/charts/lazy-charts';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { type LiveEvent, useLiveEvents } from '../../shared/live/use-live-events';
import { useRefreshed } from '../../shared/live/use-refreshed';
import { reportHref } from '../reports/report-query';
import { changeBasisPoints } from './change';
import { FigureCard } from './figure-card';
import { OnShift } from './on-shift';
import { SalesTicker } from './sales-ticker';
import { UnreadAlerts } from './unread-alerts';
import './today.css';

/** Figures that move with the clock alone ("last week up to this hour") are reloaded this often. */
const RELOAD_MS = 60_000;
const TICKER_LENGTH = 10;

/** A `sale.completed` event's payload as a ticker line, or null when it is not one. */
function pushedSale(event: LiveEvent, storeId: string): RecentSale | null {
  const p = event.payload;
  if (p.storeId !== storeId) return null;
  if (typeof p.id !== 'string' || typeof p.receiptNo !== 'string' || typeof p.total !== 'number') return null;
  return {
    id: p.id,
    storeId: typeof p.storeId === 'string' ? p.storeId : '',
    registerId: typeof p.registerId === 'string' ? p.registerId : null,
    registerName: typeof p.registerName === 'string' ? p.registerName : '',
    receiptNo: p.receiptNo,
    total: p.total,
    lineCount: typeof p.lineCount === 'number' ? p.lineCount : 0,
    at: typeof p.at === 'number' ? p.at : event.at,
  };
}

/**
 * `/backoffice/today`, the owner's home screen (手机管理): today so far against the same weekday last
 * week, live sales pushed by the server, who is on shift and unread alerts. Every figure opens its
 * report. Pushed events reload the figures (coalesced); the ticker shows a pushed sale at once.
 */
export function TodayPage({ store }: { readonly store: Store }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useRefreshed(
    store.id,
    () => api.call('todaySummary', { query: { storeId: store.id } }),
    RELOAD_MS,
  );
  const alerts = useRefreshed(
    store.id,
    () => api.call('listAlerts', { query: { storeId: store.id, unread: 'true', limit: 5 } }),
    RELOAD_MS * 5,
  );
  const [pushed, setPushed] = useState<readonly RecentSale[]>([]);

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (event.type === 'sale.completed') {
        const sale = pushedSale(event, store.id);
        if (sale) setPushed((sales) => [sale, ...sales].slice(0, TICKER_LENGTH));
      }
      if (event.type === 'alert.raised') alerts.refresh();
      summary.refresh();
    },
    [alerts.refresh, summary.refresh, store.id],
  );
  const onSync = useCallback(() => {
    summary.refresh();
    alerts.refresh();
  }, [alerts.refresh, summary.refresh]);
  const status = useLiveEvents(store.id, onEvent, onSync);

  const data = summary.data;
  const ticker = useMemo(() => {
    // Today's sales only: the latest sales of a quiet morning may be last night's.
    const today = data?.businessDates[0];
    const ofToday = (sale: RecentSale) =>
      businessDate(sale.at, store.timeZone, store.businessDayCutoverMinutes) === today;
    const byId = new Map<string, RecentSale>();
    for (const sale of [...pushed, ...(data?.recentSales ?? [])]) {
      if (!byId.has(sale.id) && ofToday(sale)) byId.set(sale.id, sale);
    }
    return [...byId.values()].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).slice(0, TICKER_LENGTH);
  }, [pushed, data, store.timeZone, store.businessDayCutoverMinutes]);
  const fresh = useMemo(() => new Set(pushed.map((sale) => sale.id)), [pushed]);

  return (
    <section className="bo-page today" data-testid="today-page" data-live={status}>
      <header className="bo-page__header">
        <h1>{t('reports.today.title')}</h1>
        <span className={`live-badge live-badge--${status}`} data-testid="live-status">
          {t(status === 'live' ? 'reports.today.live' : 'reports.today.connecting')}
        </span>
      </header>
      {summary.error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, summary.error)}
        </p>
      )}
      {data && (
        <>
          <p className="muted" data-testid="today-as-of">
            {t('reports.today.asOf', {
              date: format.businessDate(data.businessDates[0] ?? ''),
              time: format.time(data.asOf, store.timeZone),
            })}
          </p>
          <Figures summary={data} storeId={store.id} />
          <HourlyChart summary={data} />
          <div className="today__columns">
            <SalesTicker sales={ticker} fresh={fresh} currency={data.currency} timeZone={store.timeZone} />
            <div className="today__side">
              <OnShift shifts={data.openShifts} timeZone={store.timeZone} />
              <UnreadAlerts
                count={data.unreadAlerts}
                alerts={alerts.data?.items ?? []}
                currency={data.currency}
                timeZone={store.timeZone}
                onChange={onSync}
              />
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function Figures({ summary, storeId }: { readonly summary: TodaySummary; readonly storeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { today, lastWeek, lastWeekDay, currency } = summary;
  const date = summary.businessDates[0] ?? '';
  const todayReport = (report: string) => reportHref(report, { from: date, to: date, store: storeId });
  const money = (amount: number | null) => (amount === null ? '—' : format.money(amount, currency));
  const margin = today.marginBasisPoints;
  const lastMargin = lastWeek.marginBasisPoints;
  return (
    <div className="today__figures">
      <FigureCard
        id="net-sales"
        label={t('reports.today.netSales')}
        value={money(today.netSales)}
        change={changeBasisPoints(today.netSales, lastWeek.netSales)}
        changeIn="percent"
        note={t('reports.today.lastWeekDay', { amount: money(lastWeekDay.netSales) })}
        href={todayReport('hours')}
      />
      <FigureCard
        id="sales"
        label={t('reports.today.sales')}
        value={String(today.sales)}
        change={changeBasisPoints(today.sales, lastWeek.sales)}
        changeIn="percent"
        href={todayReport('registers')}
      />
      <FigureCard
        id="average-ticket"
        label={t('reports.today.averageTicket')}
        value={money(today.averageTicket)}
        change={
          today.averageTicket === null || lastWeek.averageTicket === null
            ? null
            : changeBasisPoints(today.averageTicket, lastWeek.averageTicket)
        }
        changeIn="percent"
        href={todayReport('products')}
      />
      <FigureCard
        id="margin"
        label={t('reports.today.margin')}
        value={margin === null ? '—' : format.percent(margin)}
        change={margin === null || lastMargin === null ? null : margin - lastMargin}
        changeIn="points"
        {...(margin === null ? { note: t('reports.today.noMargin') } : {})}
        href={todayReport('profit')}
      />
    </div>
  );
}

function HourlyChart({ summary }: { readonly summary: TodaySummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { hours, currency } = summary;
  const categories = useMemo(() => hours.map((h) => h.hour), [hours]);
  const series = useMemo(
    () => [
      { name: t('reports.today.todaySeries'), values: hours.map((h) => h.today) },
      {
        name: t('reports.today.lastWeekSeries'),
        values: hours.map((h) => h.lastWeek),
        style: 'dashed' as const,
      },
    ],
    [hours, t],
  );
  const formatValue = useCallback((value: number) => format.money(value, currency), [format, currency]);
  return (
    <section className="today-card" aria-label={t('reports.today.hourly')}>
      <h2>{t('reports.today.hourly')}</h2>
      <Suspense fallback={<div className="chart chart--placeholder" />}>
        <LazySeriesChart
          title={t('reports.today.hourly')}
          kind="bar"
          categories={categories}
          series={series}
          formatValue={formatValue}
          height={220}
        />
      </Suspense>
    </section>
  );
}
