import type { Me, StockCountSummary, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { navigate } from '../../use-route';
import { documentNumber } from '../stock/document-number';
import { StatusChips } from '../stock/status-chips';
import { StockTabs } from '../stock/stock-tabs';
import { useLocations } from '../stock/use-locations';
import { useCategories } from '../use-categories';
import { usePaged } from '../use-paged';
import { CountStartDialog } from './count-start-dialog';
import { COUNT_STATUSES, CountStatusTag } from './count-status-tag';
import '../stock/stock.css';
import '../purchasing/purchasing.css';
import './counts.css';

export type CountsPageProps = {
  readonly store: Store;
  readonly stores: readonly Store[];
  readonly me: Me;
};

/**
 * `/backoffice/stock/counts`, 盘点: the store's counts, newest first, by status; each with its
 * location, category and how many products were counted. Those who approve start counts here.
 */
export function CountsPage({ store, stores, me }: CountsPageProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const [status, setStatus] = useState<StockCountSummary['status'] | ''>('');
  const [starting, setStarting] = useState(false);
  const { locations } = useLocations(stores);
  const { categories } = useCategories();
  const list = usePaged(`${store.id}|${status}`, (cursor) =>
    api.call('listStockCounts', {
      params: { storeId: store.id },
      query: { limit: 50, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
    }),
  );

  return (
    <section className="bo-page" data-testid="counts-page">
      <header className="bo-page__header">
        <h1>{t('counts.title')}</h1>
        {me.permissions.includes('stock.count_approve') && (
          <Button variant="primary" onClick={() => setStarting(true)} data-testid="count-new">
            {t('counts.start.title')}
          </Button>
        )}
      </header>
      <StockTabs current="counts" me={me} />
      <StatusChips
        statuses={COUNT_STATUSES}
        value={status}
        onChange={setStatus}
        legend={t('counts.byStatus')}
        labelOf={(s) => t(`counts.status.${s}`)}
        allLabel={t('counts.all')}
        testId="counts-status"
      />
      {list.error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, list.error)}
        </p>
      )}
      <ul className="location-list" data-testid="counts-list" data-loading={list.loading}>
        {list.items.map((count) => {
          const number = documentNumber('SC', count.number);
          const category = categories.find((c) => c.id === count.categoryId)?.name;
          return (
            <li key={count.id} className="location po-card" data-testid="count-row" data-number={number}>
              <div className="po-card__main">
                <span>
                  <Link href={`/backoffice/stock/counts/${count.id}`} data-testid="count-row-link">
                    <strong>{number}</strong>
                  </Link>{' '}
                  <CountStatusTag status={count.status} testId="count-row-status" />
                </span>
                <span>
                  {[
                    locations?.get(count.locationId)?.location.name ?? '…',
                    count.categoryId === null ? t('counts.wholeLocation') : (category ?? '…'),
                    t(count.blind ? 'counts.blind' : 'counts.open'),
                  ].join(' · ')}
                </span>
                <span className="muted">{format.dateTime(count.startedAt, store.timeZone)}</span>
              </div>
              <span className="po-card__figures" data-testid="count-row-counted">
                {t('counts.counted', { count: count.counted })}
              </span>
            </li>
          );
        })}
      </ul>
      {!list.loading && list.items.length === 0 && <p className="muted">{t('counts.none')}</p>}
      {list.hasMore && (
        <Button onClick={list.loadMore} disabled={list.loading} data-testid="counts-load-more">
          {t('common.loadMore')}
        </Button>
      )}
      {starting && (
        <CountStartDialog
          store={store}
          categories={categories}
          onClose={() => setStarting(false)}
          onStarted={(count) => {
            toast(t('counts.start.done'), 'success');
            navigate(`/backoffice/stock/counts/${count.id}`);
          }}
        />
      )}
    </section>
  );
}
