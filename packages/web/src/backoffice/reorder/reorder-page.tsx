import type { Me, PurchaseOrder, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { purchaseOrderNumber } from '../purchasing/purchase-order-number';
import { LocationSelect } from '../stock/location-select';
import { StockTabs } from '../stock/stock-tabs';
import { ReorderGroup } from './reorder-group';
import { groupBySupplier } from './reorder-groups';
import { ReorderRuleDialog, type RuleTarget } from './reorder-rule-dialog';
import { useReorderSuggestions } from './use-reorder-suggestions';
import '../stock/stock.css';
import '../purchasing/purchasing.css';
import './reorder.css';

/**
 * `/backoffice/stock/reorder`, 补货建议: what to order for a location (the sales floor first), by
 * supplier, each product with why; the ticked lines of a supplier become a draft purchase order, and
 * reorder rules are set from here.
 */
export function ReorderPage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const [locationId, setLocationId] = useState('');
  const [locationError, setLocationError] = useState<string | null>(null);
  // undefined: no dialog; null: a rule for a product still to be found.
  const [rule, setRule] = useState<RuleTarget | null | undefined>(undefined);
  const [created, setCreated] = useState<readonly PurchaseOrder[]>([]);
  const { suggestions, error, reload } = useReorderSuggestions(store.id, locationId);
  const setsRules = me.permissions.includes('stock.manage');
  const groups = suggestions ? groupBySupplier(suggestions.items) : [];

  return (
    <section className="bo-page" data-testid="reorder-page">
      <header className="bo-page__header">
        <h1>{t('reorder.heading')}</h1>
        {setsRules && locationId !== '' && (
          <Button onClick={() => setRule(null)} data-testid="reorder-set-rule">
            {t('reorder.setRule')}
          </Button>
        )}
      </header>
      <StockTabs current="reorder" me={me} />
      <LocationSelect
        storeId={store.id}
        value={locationId}
        onChange={setLocationId}
        onError={setLocationError}
        testId="reorder-location"
      />
      {suggestions && (
        <p className="muted reorder-intro" data-testid="reorder-intro">
          {t('reorder.intro', { coverDays: suggestions.coverDays })}
        </p>
      )}
      {created.length > 0 && (
        <ul className="reorder-created" data-testid="reorder-created">
          {created.map((order) => (
            <li key={order.id}>
              {t('reorder.created', {
                number: purchaseOrderNumber(order.number),
                supplier: order.supplierName,
              })}{' '}
              <Link href={`/backoffice/stock/orders/${order.id}`} data-testid="reorder-created-link">
                {t('reorder.openOrder')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {(locationError ?? error) !== null && (
        <p className="form-error" role="alert">
          {locationError ?? errorMessage(t, error)}
        </p>
      )}
      {!suggestions && error === null && locationError === null && <Loading />}
      {suggestions && groups.length === 0 && (
        <p className="muted" data-testid="reorder-none">
          {t('reorder.none')}
        </p>
      )}
      {suggestions &&
        groups.map((group) => (
          <ReorderGroup
            key={group.supplierId ?? 'none'}
            store={store}
            group={group}
            locationId={suggestions.locationId}
            coverDays={suggestions.coverDays}
            canOrder={me.permissions.includes('purchase.manage')}
            onEditRule={
              setsRules
                ? (item) =>
                    setRule({
                      productId: item.productId,
                      name: item.name,
                      unit: item.unit,
                      reorderPoint: item.reorderPoint,
                      reorderQuantity: item.reorderQuantity,
                    })
                : undefined
            }
            onCreated={(order) => {
              setCreated((current) => [order, ...current]);
              reload();
            }}
          />
        ))}
      {rule !== undefined && (
        <ReorderRuleDialog
          store={store}
          locationId={locationId}
          target={rule}
          onClose={() => setRule(undefined)}
          onSaved={() => {
            setRule(undefined);
            reload();
          }}
        />
      )}
    </section>
  );
}
