import type { Product, StockReceipt, Store } from '@kassa/api';
import { parseMoney, Quantity } from '@kassa/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { TextField } from '../../shared/components/text-field';
import { useToast } from '../../shared/components/use-toast';
import { useFormat } from '../../shared/format/use-format';
import { BookButton } from './book-button';
import { DocumentError } from './document-error';
import { type DocumentLine, DocumentLines } from './document-lines';
import { GoodsSearch } from './goods-search';
import { LocationSelect } from './location-select';
import { ReceiptCosts } from './receipt-costs';
import { ReferenceField } from './reference-field';
import { UnitCostField } from './unit-cost-field';
import { useDocumentSubmit } from './use-document-submit';

type Line = DocumentLine & { readonly cost: string };

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
  /** The receipt just booked, with its products' names, to show how their costs moved. */
  const [last, setLast] = useState<{ receipt: StockReceipt; names: Map<string, string> } | null>(null);
  const { busy, failure, fail, submit } = useDocumentSubmit();

  const add = (product: Product, quantity: number) => {
    fail(null);
    // The product's cost as money text (parsed back the same way), empty when it has none.
    const cost = product.cost === null ? '' : format.money(product.cost, store.currency);
    setLines((current) =>
      current.some((line) => line.product.id === product.id)
        ? current
        : [...current, { product, text: String(quantity / Quantity.ONE), cost }],
    );
  };
  const parsed = lines.map((line) => ({
    quantity: Quantity.parse(line.text),
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

  const book = () => {
    if (!valid) return;
    submit(
      (requestId) =>
        api.call('receiveStock', {
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
        }),
      (receipt) => {
        toast(t('stock.receive.done', { n: receipt.lines.length }), 'success');
        setLast({ receipt, names: new Map(lines.map((line) => [line.product.id, line.product.name])) });
        setLines([]);
        setReference('');
      },
    );
  };

  return (
    <>
      <div className="adjust-head">
        <LocationSelect
          storeId={store.id}
          value={locationId}
          onChange={setLocationId}
          onError={fail}
          testId="receive-location"
        />
        <TextField
          label={t('stock.receive.supplier')}
          value={supplier}
          onChange={setSupplier}
          maxLength={100}
          testId="receive-supplier"
        />
        <ReferenceField value={reference} onChange={setReference} />
      </div>

      <GoodsSearch store={store} onPick={add} onError={fail} />

      <DocumentLines
        lines={lines}
        onLinesChange={setLines}
        isBad={(i) => !okQuantity(i)}
        testIds={{ line: 'receive-line', quantity: 'receive-line-quantity' }}
        extra={(line, i, patch) => (
          <UnitCostField
            unit={line.product.unit}
            value={line.cost}
            onChange={(cost) => patch({ cost })}
            invalid={!okCost(i)}
            testId="receive-line-cost"
          />
        )}
      />
      <DocumentError failure={failure} testId="receive-error" />
      <BookButton
        label={t('stock.receive.submit')}
        disabled={!valid || busy}
        onBook={book}
        testId="receive-submit"
      />
      {last && <ReceiptCosts store={store} receipt={last.receipt} names={last.names} />}
    </>
  );
}
