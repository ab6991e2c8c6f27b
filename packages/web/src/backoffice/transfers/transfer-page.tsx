import type { Me, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { documentNumber } from '../stock/document-number';
import { StockTabs } from '../stock/stock-tabs';
import { useLocations } from '../stock/use-locations';
import { TransferEnds } from './transfer-ends';
import { TransferNextStep } from './transfer-next-step';
import { TransferStatusTag } from './transfer-status-tag';
import { TransferSteps } from './transfer-steps';
import { useTransfer } from './use-transfer';
import '../stock/stock.css';
import '../purchasing/purchasing.css';
import './transfers.css';

export type TransferPageProps = {
  readonly store: Store;
  readonly stores: readonly Store[];
  readonly me: Me;
  readonly transferId: string;
};

/**
 * `/backoffice/stock/transfers/:id`: a transfer with where it goes, who took each step and when, its
 * goods with any difference on arrival, and its next step.
 */
export function TransferPage({ store, stores, me, transferId }: TransferPageProps) {
  const { t } = useTranslation();
  const { transfer, error, act } = useTransfer(transferId);
  const { locations } = useLocations(stores);
  const fromName =
    (transfer && locations?.get(transfer.fromLocationId)?.location.name) ?? t('transfers.otherLocation');

  return (
    <section className="bo-page" data-testid="transfer-page">
      <header className="bo-page__header">
        <h1>
          {transfer ? (
            <>
              <span data-testid="transfer-number">{documentNumber('TR', transfer.number)}</span>{' '}
              <TransferStatusTag status={transfer.status} />
            </>
          ) : (
            t('transfers.title')
          )}
        </h1>
        <Link href="/backoffice/stock/transfers">{t('common.back')}</Link>
      </header>
      <StockTabs current="transfers" me={me} />
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {transfer === null && error === null && <Loading />}
      {transfer && (
        <>
          <p className="transfer-summary">
            <TransferEnds transfer={transfer} stores={stores} locations={locations} />
            {transfer.note && (
              <span className="muted" data-testid="transfer-note">
                {transfer.note}
              </span>
            )}
          </p>
          <TransferSteps transfer={transfer} store={store} me={me} />
          <TransferNextStep transfer={transfer} stores={stores} me={me} fromName={fromName} onAct={act} />
        </>
      )}
    </section>
  );
}
