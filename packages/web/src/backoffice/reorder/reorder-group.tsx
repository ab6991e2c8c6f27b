import type { PurchaseOrder, Store } from '@kassa/api';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { newId } from '../../shared/new-id';
import { estimateTotal } from '../purchasing/order-draft';
import type { Suggestion, SupplierGroup } from './reorder-groups';
import { ReorderLine } from './reorder-line';
import { initialPick, type ReorderPick, readPick, reorderBody } from './reorder-order';

export type ReorderGroupProps = {
  readonly store: Store;
  readonly group: SupplierGroup;
  readonly locationId: string;
  readonly coverDays: number;
  /** Whether the caller may draft purchase orders. */
  readonly canOrder: boolean;
  /** Opens a product's reorder rule; absent for those who may not set one. */
  readonly onEditRule?: ((item: Suggestion) => void) | undefined;
  readonly onCreated: (order: PurchaseOrder) => void;
};

/**
 * The suggestions of one supplier: the lines ticked, in the packs typed, become a draft purchase
 * order to it (生成采购单). Goods no supplier sells are listed with a word on what to do instead.
 */
export function ReorderGroup({
  store,
  group,
  locationId,
  coverDays,
  canOrder,
  onEditRule,
  onCreated,
}: ReorderGroupProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [picks, setPicks] = useState<ReadonlyMap<string, ReorderPick>>(
    () => new Map(group.items.map((item) => [item.productId, initialPick(item)])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Made once per order, so a retry after a lost answer makes one order, not two.
  const orderId = useRef<string | null>(null);
  const { supplierId } = group;
  const orderable = canOrder && supplierId !== null;
  const body =
    supplierId === null ? null : reorderBody(supplierId, locationId, group.items, picks, store.currency);
  const picked = group.items.filter((item) => picks.get(item.productId)?.checked);
  const total = estimateTotal(
    picked.map((item) => readPick(item, picks.get(item.productId) ?? initialPick(item), store.currency)),
  );

  async function create() {
    if (body === null || busy) return;
    setBusy(true);
    setError(null);
    orderId.current ??= newId();
    try {
      const order = await api.call('createPurchaseOrder', {
        params: { storeId: store.id },
        body: { id: orderId.current, ...body },
      });
      orderId.current = null;
      onCreated(order);
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <section
      className="reorder-group"
      data-testid="reorder-group"
      data-supplier={group.supplierName ?? ''}
      aria-label={group.supplierName ?? t('reorder.noSupplier')}
    >
      <header className="reorder-group__head">
        <h2>
          {supplierId === null ? (
            t('reorder.noSupplier')
          ) : (
            <Link href={`/backoffice/stock/suppliers/${supplierId}`}>{group.supplierName}</Link>
          )}
        </h2>
        {group.leadTimeDays !== null && (
          <span className="muted">{t('reorder.leadTime', { days: group.leadTimeDays })}</span>
        )}
      </header>
      {supplierId === null && (
        <p className="reorder-group__note" data-testid="reorder-no-supplier-note">
          {t('reorder.noSupplierNote')}{' '}
          <Link href="/backoffice/stock/suppliers">{t('reorder.toSuppliers')}</Link>
        </p>
      )}
      <ul className="reorder-lines">
        {group.items.map((item) => (
          <ReorderLine
            key={item.productId}
            item={item}
            coverDays={coverDays}
            currency={store.currency}
            pick={orderable ? (picks.get(item.productId) ?? initialPick(item)) : null}
            onPick={(pick) => setPicks((current) => new Map(current).set(item.productId, pick))}
            onEditRule={onEditRule && (() => onEditRule(item))}
          />
        ))}
      </ul>
      {orderable && (
        <footer className="reorder-group__foot">
          <span data-testid="reorder-group-total">
            {t('reorder.picked', { count: picked.length, total: format.money(total, store.currency) })}
          </span>
          <Button
            variant="primary"
            disabled={body === null || busy}
            onClick={() => void create()}
            data-testid="reorder-create"
          >
            {busy ? t('reorder.creating') : t('reorder.createOrder')}
          </Button>
        </footer>
      )}
      {error !== null && (
        <p className="form-error" role="alert" data-testid="reorder-group-error">
          {error}
        </p>
      )}
    </section>
  );
}
