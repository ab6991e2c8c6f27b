import type { Me, StockTransferStatus, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { documentNumber } from '../stock/document-number';
import { StatusChips } from '../stock/status-chips';
import { StockTabs } from '../stock/stock-tabs';
import { useLocations } from '../stock/use-locations';
import { usePaged } from '../use-paged';
import { TransferEnds } from './transfer-ends';
import { transferDirection } from './transfer-quantities';
import { TRANSFER_STATUSES, TransferStatusTag } from './transfer-status-tag';
import '../stock/stock.css';
import '../purchasing/purchasing.css';
import './transfers.css';

const DIRECTIONS = ['in', 'out'] as const;

export type TransfersPageProps = {
  readonly store: Store;
  readonly stores: readonly Store[];
  readonly me: Me;
};

/**
 * `/backoffice/stock/transfers`, 调拨: transfers coming to the store or leaving it, newest first, by
 * direction and status; each with its number, where from and where to, and when it was asked for.
 */
export function TransfersPage({ store, stores, me }: TransfersPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [direction, setDirection] = useState<(typeof DIRECTIONS)[number] | ''>('');
  const [status, setStatus] = useState<StockTransferStatus | ''>('');
  const { locations } = useLocations(stores);
  const list = usePaged(`${store.id}|${direction}|${status}`, (cursor) =>
    api.call('listStockTransfers', {
      params: { storeId: store.id },
      query: {
        limit: 50,
        ...(direction ? { direction } : {}),
        ...(status ? { status } : {}),
        ...(cursor ? { cursor } : {}),
      },
    }),
  );

  return (
    <section className="bo-page" data-testid="transfers-page">
      <header className="bo-page__header">
        <h1>{t('transfers.title')}</h1>
        {me.permissions.includes('stock.transfer') && (
          <Link
            href="/backoffice/stock/transfers/new"
            className="btn btn--primary"
            data-testid="transfer-new"
          >
            {t('transfers.new')}
          </Link>
        )}
      </header>
      <StockTabs current="transfers" me={me} />
      <StatusChips
        statuses={DIRECTIONS}
        value={direction}
        onChange={setDirection}
        legend={t('transfers.byDirection')}
        labelOf={(d) => t(`transfers.direction.${d}`)}
        allLabel={t('transfers.bothDirections')}
        testId="transfers-direction"
      />
      <StatusChips
        statuses={TRANSFER_STATUSES}
        value={status}
        onChange={setStatus}
        legend={t('transfers.byStatus')}
        labelOf={(s) => t(`transfers.status.${s}`)}
        allLabel={t('transfers.allStatuses')}
        testId="transfers-status"
      />
      {list.error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, list.error)}
        </p>
      )}
      <ul className="location-list" data-testid="transfers-list" data-loading={list.loading}>
        {list.items.map((transfer) => {
          const number = documentNumber('TR', transfer.number);
          return (
            <li
              key={transfer.id}
              className="location po-card"
              data-testid="transfer-row"
              data-number={number}
            >
              <div className="po-card__main">
                <span>
                  <Link href={`/backoffice/stock/transfers/${transfer.id}`} data-testid="transfer-row-link">
                    <strong>{number}</strong>
                  </Link>{' '}
                  <TransferStatusTag status={transfer.status} testId="transfer-row-status" />
                </span>
                <TransferEnds transfer={transfer} stores={stores} locations={locations} />
                <span className="muted">
                  {[
                    format.dateTime(transfer.requestedAt, store.timeZone),
                    t('transfers.lines', { count: transfer.lines.length }),
                  ].join(' · ')}
                </span>
              </div>
              <span className="transfer-direction" data-testid="transfer-row-direction">
                {t(`transfers.direction.${transferDirection(transfer, store.id)}`)}
              </span>
            </li>
          );
        })}
      </ul>
      {!list.loading && list.items.length === 0 && <p className="muted">{t('transfers.none')}</p>}
      {list.hasMore && (
        <Button onClick={list.loadMore} disabled={list.loading} data-testid="transfers-load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </section>
  );
}
