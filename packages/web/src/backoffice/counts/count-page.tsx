import type { Me, StockCount, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { documentNumber } from '../stock/document-number';
import { StockTabs } from '../stock/stock-tabs';
import { useLocations } from '../stock/use-locations';
import { useCategories } from '../use-categories';
import { CountActions } from './count-actions';
import { CountFacts } from './count-facts';
import { CountReport } from './count-report';
import { CountScanPanel } from './count-scan-panel';
import { CountStatusTag } from './count-status-tag';
import { CountTotals } from './count-totals';
import { useCount } from './use-count';
import '../stock/stock.css';
import '../purchasing/purchasing.css';
import './counts.css';

type View = 'count' | 'report';

export type CountPageProps = {
  readonly store: Store;
  readonly stores: readonly Store[];
  readonly me: Me;
  readonly countId: string;
};

/**
 * `/backoffice/stock/counts/:id`: 清点 for every counter — scan, tally, send, and what everyone
 * counted — and, for those who approve, 差异报告: the differences, recount, post or cancel.
 */
export function CountPage({ store, stores, me, countId }: CountPageProps) {
  const { t } = useTranslation();
  const { count, error, reload, show } = useCount(countId);
  const { locations } = useLocations(stores);
  const { categories } = useCategories();
  const approves = me.permissions.includes('stock.count_approve');
  const [chosen, setChosen] = useState<View | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const counting = count?.status === 'counting';
  // A closed count is looked at for its differences; an open one is there to be counted.
  const view: View = approves ? (chosen ?? (counting ? 'count' : 'report')) : 'count';
  const toggle = (productId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(productId)) next.add(productId);
      return next;
    });
  const changed = (next: StockCount) => {
    setSelected(new Set());
    show(next);
  };

  return (
    <section className="bo-page" data-testid="count-page">
      <header className="bo-page__header">
        <h1>
          {count ? (
            <>
              <span data-testid="count-number">{documentNumber('SC', count.number)}</span>{' '}
              <CountStatusTag status={count.status} />
            </>
          ) : (
            t('counts.title')
          )}
        </h1>
        <span className="count-header-actions">
          {counting && (
            <Button variant="ghost" onClick={() => void reload()} data-testid="count-refresh">
              {t('counts.refresh')}
            </Button>
          )}
          <Link href="/backoffice/stock/counts">{t('common.back')}</Link>
        </span>
      </header>
      <StockTabs current="counts" me={me} />
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {count === null && error === null && <Loading />}
      {count && (
        <>
          <CountFacts count={count} store={store} me={me} locations={locations} categories={categories} />
          {approves && (
            <fieldset className="segmented status-chips">
              <legend className="visually-hidden">{t('counts.views.legend')}</legend>
              {(['count', 'report'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  className="chip"
                  aria-pressed={view === v}
                  onClick={() => setChosen(v)}
                  data-testid={`count-view-${v}`}
                >
                  {t(`counts.views.${v}`)}
                </button>
              ))}
            </fieldset>
          )}
          {view === 'count' && counting && count.blind && (
            <p className="muted" data-testid="count-blind-notice">
              {t('counts.blindNotice')}
            </p>
          )}
          {view === 'count' && counting && <CountScanPanel store={store} count={count} me={me} show={show} />}
          {view === 'count' && <CountTotals count={count} me={me} />}
          {view === 'report' && (
            <>
              <CountReport
                count={count}
                store={store}
                {...(counting ? { selection: { selected, onToggle: toggle } } : {})}
              />
              {counting && (
                <CountActions
                  count={count}
                  store={store}
                  selected={selected}
                  onChanged={changed}
                  reload={reload}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
