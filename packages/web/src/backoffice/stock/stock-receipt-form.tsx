import type { Product, StockReceipt, Store } from '@kassa/api';
import { parseMoney, Quantity } from '@kassa/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { newId } from '../../shared/new-id';
import { GoodsSearch } from './goods-search';
import { LocationSelect } from './location-select';
import { QuantityField } from './quantity-field';
import { ReceiptCosts } from './receipt-costs';

type Line = { readonly product: Product; readonly quantity: string; readonly cost: string };

/**
 * 收货入库 without a purchase order: the clerk picks the location, notes the supplier and the
 * delivery note's number, scans the goods, types how many came and what each cost (the product's
 * cost to start with) and books it; each product's cost then moves by moving average, which the
 * confirmation shows. The same request is never booked twice (its id is made here, once per form).
 */
export function StockReceiptForm({ store }: { readonly store: Store }) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const [locationId, setLocationId] = useState('');
  const [supplier, setSupplier] = useState('');
  const [reference, setReference] = useState('');
  const [lines, setLines] = useState<readonly Line[]>([]);
  const [requestId, setRequestId] = useState(newId);
  /** The receipt just booked, with its products' names, to show how their costs moved. */
  const [last, setLast] = useState<{ receipt: StockReceipt; names: Map<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = (product: Product, quantity: number) => {
    setError(null);
    // The product's cost as money text (parsed back the same way), empty when it has none.
    const cost = product.cost === null ? '' : format.money(product.cost, store.currency);
    setLines((current) =>
      current.some((line) => line.product.id === product.id)
        ? current
        : [...current, { product, quantity: String(quantity / Quantity.ONE), cost }],
    );
  };
  const change = (productId: string, patch: Partial<Line>) =>
    setLines((current) =>
      current.map((line) => (line.product.id === productId ? { ...line, ...patch } : line)),
    );
  const parsed = lines.map((line) => ({
    quantity: Quantity.parse(line.quantity),
    cost: parseMoney(line.cost, store.currency),
  }));
  const okQuantity = (i: number) => {
    const q = parsed[i]?.quantity;
    return q?.ok === true && q.value > 0;
  };
  const okCost = (i: number) => {
    const c = parsed[i]?.cost;
    return c?.ok === true && c.value.amount >= 0;
  };
  const valid = lines.length > 0 && lines.every((_, i) => okQuantity(i) && okCost(i));

  async function submit() {
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    try {
      const receipt = await api.call('receiveStock', {
        params: { storeId: store.id },
        body: {
          id: requestId,
          locationId,
          supplier: supplier.trim(),
          reference: reference.trim(),
          lines: lines.map((line, i) => {
            const p = parsed[i];
            return {
              productId: line.product.id,
              quantity: p?.quantity.ok ? p.quantity.value : 0,
              unitCost: p?.cost.ok ? p.cost.value.amount : 0,
            };
          }),
        },
      });
      toast(t('stock.receive.done', { n: receipt.lines.length }), 'success');
      setLast({ receipt, names: new Map(lines.map((line) => [line.product.id, line.product.name])) });
      setLines([]);
      setReference('');
      setRequestId(newId());
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="adjust-head">
        <LocationSelect
          storeId={store.id}
          value={locationId}
          onChange={setLocationId}
          onError={setError}
          testId="receive-location"
        />
        <Field label={t('stock.receive.supplier')}>
          {(control) => (
            <input
              {...control}
              value={supplier}
              maxLength={100}
              onChange={(e) => setSupplier(e.target.value)}
              data-testid="receive-supplier"
            />
          )}
        </Field>
        <Field label={t('stock.receive.reference')}>
          {(control) => (
            <input
              {...control}
              value={reference}
              maxLength={60}
              onChange={(e) => setReference(e.target.value)}
              data-testid="receive-reference"
            />
          )}
        </Field>
      </div>

      <GoodsSearch store={store} onPick={add} onError={setError} />

      {lines.length === 0 ? (
        <p className="muted">{t('stock.adjust.empty')}</p>
      ) : (
        <ul className="adjust-lines">
          {lines.map((line, i) => (
            <li key={line.product.id} className="adjust-line" data-testid="receive-line">
              <span>
                <strong>{line.product.name}</strong> <span className="muted">{line.product.sku}</span>
              </span>
              <QuantityField
                unit={line.product.unit}
                value={line.quantity}
                error={okQuantity(i) ? undefined : t('stock.adjust.quantity.invalid')}
                onChange={(quantity) => change(line.product.id, { quantity })}
                testId="receive-line-quantity"
              />
              <Field
                label={t(`stock.receive.unitCost.${line.product.unit}`)}
                error={okCost(i) ? undefined : t('stock.receive.unitCost.invalid')}
                className="adjust-line__quantity"
              >
                {(control) => (
                  <input
                    {...control}
                    inputMode="decimal"
                    value={line.cost}
                    onChange={(e) => change(line.product.id, { cost: e.target.value })}
                    data-testid="receive-line-cost"
                  />
                )}
              </Field>
              <Button
                onClick={() => setLines((current) => current.filter((l) => l.product.id !== line.product.id))}
              >
                {t('stock.adjust.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error !== null && (
        <p className="form-error" role="alert" data-testid="receive-error">
          {error}
        </p>
      )}
      <div>
        <Button
          variant="primary"
          disabled={!valid || busy}
          onClick={() => void submit()}
          data-testid="receive-submit"
        >
          {t('stock.receive.submit')}
        </Button>
      </div>
      {last && <ReceiptCosts store={store} receipt={last.receipt} names={last.names} />}
    </>
  );
}
