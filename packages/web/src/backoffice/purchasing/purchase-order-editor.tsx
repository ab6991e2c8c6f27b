import type { PurchaseOrder, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { Field } from '../../shared/components/field';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { newId } from '../../shared/new-id';
import { GoodsSearch } from '../stock/goods-search';
import { LocationSelect } from '../stock/location-select';
import { OrderLineEditor } from './order-line-editor';
import { useOrderDraft } from './use-order-draft';
import { useSuppliers } from './use-suppliers';

export type PurchaseOrderEditorProps = {
  readonly store: Store;
  /** The draft being changed; null for a new order. */
  readonly order: PurchaseOrder | null;
  /** The order as saved (or sent). */
  readonly onChanged: (order: PurchaseOrder) => void;
};

/**
 * A draft purchase order: the supplier, where the goods are to be received, when they are expected,
 * a note, and the goods, from the supplier's own list first, any product by scan or search too. It
 * is saved as a draft (a new one under an id made here once, so saving twice makes one order) and
 * sent from here, which saves it first.
 */
export function PurchaseOrderEditor({ store, order, onChanged }: PurchaseOrderEditorProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const { suppliers } = useSuppliers('', false);
  const state = useOrderDraft(store, order);
  const { draft, set, body } = state;
  const [id] = useState(() => order?.id ?? newId());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const offered = state.supplierProducts.filter(
    (item) => !draft.lines.some((l) => l.productId === item.productId),
  );

  const save = async (): Promise<PurchaseOrder> => {
    if (body === null) throw new Error('the order is not complete');
    return order === null
      ? api.call('createPurchaseOrder', { params: { storeId: store.id }, body: { id, ...body } })
      : api.call('updatePurchaseOrder', { params: { orderId: order.id }, body });
  };

  async function saveDraft() {
    if (body === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await save();
      toast(t('purchasing.order.saved'), 'success');
      onChanged(saved);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="po-editor" data-testid="order-editor">
      <div className="adjust-head">
        <Field label={t('purchasing.order.supplier')}>
          {(control) => (
            <select
              {...control}
              value={draft.supplierId}
              onChange={(e) => set({ supplierId: e.target.value })}
              data-testid="order-supplier"
            >
              <option value="">{t('purchasing.order.chooseSupplier')}</option>
              {order !== null && !suppliers?.some((s) => s.id === order.supplierId) && (
                <option value={order.supplierId}>{order.supplierName}</option>
              )}
              {suppliers?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <LocationSelect
          storeId={store.id}
          value={draft.locationId}
          onChange={(locationId) => set({ locationId })}
          onError={setError}
          testId="order-location"
        />
        <Field label={t('purchasing.order.expectedOn')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.expectedOn}
              onChange={(e) => set({ expectedOn: e.target.value })}
              data-testid="order-expected"
            />
          )}
        </Field>
      </div>
      <Field label={t('purchasing.order.note')}>
        {(control) => (
          <input
            {...control}
            value={draft.note}
            maxLength={500}
            onChange={(e) => set({ note: e.target.value })}
            data-testid="order-note"
          />
        )}
      </Field>

      {draft.supplierId !== '' && (offered.length > 0 || state.supplierProducts.length === 0) && (
        <div className="po-section">
          <h2>{t('purchasing.order.fromSupplier')}</h2>
          {state.supplierProducts.length === 0 && (
            <p className="muted">{t('purchasing.supplierProducts.none')}</p>
          )}
          <ul className="goods-found">
            {offered.map((item) => (
              <li key={item.productId}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => state.add(item)}
                  data-testid="order-supplier-product"
                >
                  + {item.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <GoodsSearch store={store} onPick={(product) => state.add(product)} onError={setError} />

      {draft.lines.length === 0 ? (
        <p className="muted">{t('purchasing.order.empty')}</p>
      ) : (
        <ul className="adjust-lines" data-testid="order-lines">
          {draft.lines.map((line, i) => (
            <OrderLineEditor
              key={line.productId}
              line={line}
              read={state.read[i] ?? { quantity: null, unitCost: null }}
              currency={store.currency}
              onChange={(patch) => state.change(line.productId, patch)}
              onRemove={() => state.remove(line.productId)}
            />
          ))}
        </ul>
      )}
      <p className="po-total">
        {t('purchasing.order.estimate')}{' '}
        <strong data-testid="order-total">{format.money(state.total, store.currency)}</strong>
      </p>
      {(error ?? state.loadError) !== null && (
        <p className="form-error" role="alert" data-testid="order-error">
          {error ?? state.loadError}
        </p>
      )}
      <div className="location__actions">
        <Button disabled={body === null || busy} onClick={() => void saveDraft()} data-testid="order-save">
          {t('purchasing.order.saveDraft')}
        </Button>
        <Button
          variant="primary"
          disabled={body === null || busy}
          onClick={() => setAsking(true)}
          data-testid="order-send"
        >
          {t('purchasing.order.send')}
        </Button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('purchasing.order.sendTitle')}
          confirmLabel={t('purchasing.order.send')}
          testId="send-order-dialog"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            const saved = await save();
            const sent = await api.call('sendPurchaseOrder', { params: { orderId: saved.id } });
            setAsking(false);
            toast(t('purchasing.order.sent'), 'success');
            onChanged(sent);
          }}
        >
          <p>{t('purchasing.order.sendBody', { total: format.money(state.total, store.currency) })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
