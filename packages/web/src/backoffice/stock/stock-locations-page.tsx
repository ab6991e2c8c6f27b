import type { Me, StockLocation, Store } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { Loading } from '../../shared/components/loading';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { StockLocationFormDialog } from './stock-location-form-dialog';
import { StockTabs } from './stock-tabs';
import './stock.css';

type Open =
  | { readonly kind: 'add' }
  | { readonly kind: 'rename' | 'close'; readonly location: StockLocation };

/**
 * `/backoffice/stock`, 库位: the store's stock locations — its sales floor (where sales take goods
 * from) first, then back rooms and damaged-goods shelves — with add, rename, close and reopen for
 * those who may set them up. Closing asks first; a location with goods on hand is refused in words.
 */
export function StockLocationsPage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const toast = useToast();
  const canManage = me.permissions.includes('stock.manage');
  const [locations, setLocations] = useState<readonly StockLocation[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const reload = useCallback(async () => {
    try {
      setLocations((await api.call('listStockLocations', { params: { storeId: store.id } })).items);
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, [store.id]);
  useEffect(() => void reload(), [reload]);
  const close = () => setOpen(null);
  const done = async (message: string) => {
    close();
    toast(message, 'success');
    await reload();
  };
  const update = (location: StockLocation, body: { name?: string; active?: boolean }) =>
    api.call('updateStockLocation', { params: { locationId: location.id }, body });
  const reopen = async (location: StockLocation) => {
    try {
      await update(location, { active: true });
      await done(t('stock.locations.done.reopened', { location: location.name }));
    } catch (failure) {
      toast(errorMessage(t, failure), 'error');
    }
  };

  return (
    <section className="bo-page" data-testid="stock-locations-page">
      <header className="bo-page__header">
        <h1>{t('stock.locations.title')}</h1>
        {canManage && (
          <Button variant="primary" onClick={() => setOpen({ kind: 'add' })} data-testid="locations-add">
            {t('stock.locations.add')}
          </Button>
        )}
      </header>
      <StockTabs current="locations" me={me} />
      <p className="muted">{t('stock.locations.intro')}</p>
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {!locations && error === null && <Loading />}
      <ul className="location-list">
        {locations?.map((location) => (
          <li
            key={location.id}
            className={location.active ? 'location' : 'location location--closed'}
            data-testid="location"
          >
            <div>
              <strong data-testid="location-name">{location.name}</strong>
              <span className="location__kind">
                {[
                  // 卖场 named 卖场 says it once.
                  ...(t(`stock.locations.kinds.${location.kind}`) === location.name
                    ? []
                    : [t(`stock.locations.kinds.${location.kind}`)]),
                  ...(location.active ? [] : [t('stock.locations.closed')]),
                ].join(' · ')}
              </span>
            </div>
            {canManage && (
              <div className="location__actions">
                <Button onClick={() => setOpen({ kind: 'rename', location })} data-testid="location-rename">
                  {t('stock.locations.rename')}
                </Button>
                {location.kind !== 'sales_floor' &&
                  (location.active ? (
                    <Button onClick={() => setOpen({ kind: 'close', location })} data-testid="location-close">
                      {t('stock.locations.close')}
                    </Button>
                  ) : (
                    <Button onClick={() => void reopen(location)} data-testid="location-reopen">
                      {t('stock.locations.reopen')}
                    </Button>
                  ))}
              </div>
            )}
          </li>
        ))}
      </ul>

      {open?.kind === 'add' && (
        <StockLocationFormDialog
          mode="add"
          onClose={close}
          onSubmit={async (input) => {
            const location = await api.call('createStockLocation', {
              params: { storeId: store.id },
              body: input,
            });
            await done(t('stock.locations.done.added', { location: location.name }));
          }}
        />
      )}
      {open?.kind === 'rename' && (
        <StockLocationFormDialog
          mode="rename"
          initialName={open.location.name}
          onClose={close}
          onSubmit={async ({ name }) => {
            await update(open.location, { name });
            await done(t('stock.locations.done.renamed', { location: name }));
          }}
        />
      )}
      {open?.kind === 'close' && (
        <ConfirmDialog
          title={t('stock.locations.closeDialog.title', { location: open.location.name })}
          confirmLabel={t('stock.locations.closeDialog.confirm')}
          danger
          testId="close-location-dialog"
          onClose={close}
          onConfirm={async () => {
            await update(open.location, { active: false });
            await done(t('stock.locations.done.closed', { location: open.location.name }));
          }}
        >
          <p>{t('stock.locations.closeDialog.body')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
