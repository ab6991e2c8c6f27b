import type { Product, PurchaseOrder, Store, SupplierProduct } from '@kassa/api';
import { Quantity } from '@kassa/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { errorMessage } from '../../shared/errors/error-message';
import { thousandthsText } from '../stock/quantity-text';
import {
  draftFromOrder,
  emptyOrderDraft,
  estimateTotal,
  lineFromProduct,
  lineFromSupplierProduct,
  type OrderBody,
  type OrderDraft,
  type OrderDraftLine,
  orderBody,
  type ReadLine,
  readLine,
} from './order-draft';

/** A draft order's form state and what changes it. */
export type OrderDraftState = {
  readonly draft: OrderDraft;
  readonly set: (patch: Partial<Omit<OrderDraft, 'lines'>>) => void;
  /** What the chosen supplier sells, offered first. */
  readonly supplierProducts: readonly SupplierProduct[];
  /** Why the supplier's goods could not be loaded, in words; null when they were. */
  readonly loadError: string | null;
  /** Adds a product (one pack more if it is ordered already), on the supplier's terms when it has some. */
  readonly add: (product: Product | SupplierProduct) => void;
  readonly change: (productId: string, patch: Partial<Pick<OrderDraftLine, 'packs' | 'cost'>>) => void;
  readonly remove: (productId: string) => void;
  /** Each line read, in the order of `draft.lines`. */
  readonly read: readonly ReadLine[];
  /** The live estimate of the total, counted as the server counts it. */
  readonly total: number;
  /** The body to save, or null while something is missing or unreadable. */
  readonly body: OrderBody | null;
};

function isSupplierProduct(item: Product | SupplierProduct): item is SupplierProduct {
  return 'supplierId' in item;
}

/** The form state of a purchase order being drafted, with the chosen supplier's goods and terms. */
export function useOrderDraft(store: Store, order: PurchaseOrder | null): OrderDraftState {
  const { t } = useTranslation();
  const currency = store.currency;
  const [draft, setDraft] = useState<OrderDraft>(() =>
    order ? draftFromOrder(order, currency) : emptyOrderDraft,
  );
  const [supplierProducts, setSupplierProducts] = useState<readonly SupplierProduct[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const supplierId = draft.supplierId;

  useEffect(() => {
    setSupplierProducts([]);
    if (supplierId === '') return;
    let current = true;
    api.call('listSupplierProducts', { params: { supplierId } }).then(
      (list) => {
        if (!current) return;
        setSupplierProducts(list.items);
        setLoadError(null);
      },
      (failure: unknown) => current && setLoadError(errorMessage(t, failure)),
    );
    return () => {
      current = false;
    };
  }, [supplierId, t]);

  const add = (item: Product | SupplierProduct) => {
    const productId = isSupplierProduct(item) ? item.productId : item.id;
    const terms = isSupplierProduct(item) ? item : supplierProducts.find((p) => p.productId === productId);
    setDraft((current) => {
      const existing = current.lines.find((line) => line.productId === productId);
      if (!existing) {
        const line = terms
          ? lineFromSupplierProduct(terms, currency)
          : lineFromProduct(item as Product, currency);
        return { ...current, lines: [...current.lines, line] };
      }
      const packs = Quantity.parse(existing.packs);
      if (!packs.ok) return current;
      const more = thousandthsText(packs.value + Quantity.ONE);
      return {
        ...current,
        lines: current.lines.map((line) => (line.productId === productId ? { ...line, packs: more } : line)),
      };
    });
  };

  const read = draft.lines.map((line) => readLine(line, currency));
  return {
    draft,
    set: (patch) => setDraft((current) => ({ ...current, ...patch })),
    supplierProducts,
    loadError,
    add,
    change: (productId, patch) =>
      setDraft((current) => ({
        ...current,
        lines: current.lines.map((line) => (line.productId === productId ? { ...line, ...patch } : line)),
      })),
    remove: (productId) =>
      setDraft((current) => ({
        ...current,
        lines: current.lines.filter((line) => line.productId !== productId),
      })),
    read,
    total: estimateTotal(read),
    body: orderBody(draft, currency),
  };
}
