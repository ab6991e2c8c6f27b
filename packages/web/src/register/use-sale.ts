import type { Settlement, TenderInput, TicketLine } from '@kassa/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../shared/components/use-toast';
import { errorCode, errorMessage } from '../shared/errors/error-message';
import { newId } from '../shared/new-id';
import { useCart } from './cart/use-cart';
import type { CatalogIndex } from './catalog/catalog-index';
import { buildSaleBody } from './outbox/build-sale-body';
import { useOutbox } from './outbox/use-outbox';
import type { CompletedSale } from './receipt/completed-sale';

/**
 * The register's sale lifecycle: ring up lines, take payment, record the sale durably (outbox
 * first, then the server), show the receipt, start the next sale. `reloadCatalog` fetches the
 * catalogue again when the server says a price changed; the cart then reprices itself.
 */
export function useSale(index: CatalogIndex, registerId: string, shiftId: string, reloadCatalog: () => void) {
  const { t } = useTranslation();
  const toast = useToast();
  const cart = useCart(index);
  const outbox = useOutbox();
  const [completed, setCompleted] = useState<CompletedSale | null>(null);
  const { dispatch } = cart;

  const add = useCallback(
    (line: TicketLine) => {
      // Ringing up the next item after a receipt starts the next sale.
      setCompleted(null);
      dispatch({ type: 'add', line, saleId: newId() });
    },
    [dispatch],
  );

  const complete = async (
    tenders: readonly TenderInput[],
    settlement: Settlement,
  ): Promise<string | null> => {
    const saleId = cart.state.saleId ?? newId();
    const body = buildSaleBody({
      saleId,
      registerId,
      shiftId,
      createdAt: Date.now(),
      ticket: cart.state.ticket,
      priced: cart.priced,
      tenders,
    });
    const result = await outbox.submit(body);
    if (result.status === 'rejected') {
      // Another sale already owns this id (it was never ours to retry): keep the cart under a new one.
      if (errorCode(result.error) === 'idempotency_conflict')
        dispatch({ type: 'renewSaleId', saleId: newId() });
      if (errorCode(result.error) === 'price_mismatch') {
        // Nothing was recorded: fetch today's prices, let the cart reprice, and ask again.
        toast(t('register.pricesUpdated'), 'info');
        reloadCatalog();
      }
      return errorMessage(t, result.error);
    }
    setCompleted({
      saleId,
      status: result.status,
      receiptNo: result.status === 'recorded' ? result.sale.receiptNo : null,
      currency: index.store.currency,
      total: settlement.dueAfterRounding,
      paid: settlement.tenders.reduce((s, tender) => s + tender.tendered, 0),
      change: result.status === 'recorded' ? result.sale.change : settlement.change,
    });
    dispatch({ type: 'clear' });
    return null;
  };

  const newSale = useCallback(() => setCompleted(null), []);

  return { cart, pending: outbox.pending, completed, add, complete, newSale };
}
