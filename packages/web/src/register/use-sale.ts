import type { ParkedTicket, Register } from '@kassa/api';
import { receiptNumber, type Settlement, type TenderInput, type TicketLine } from '@kassa/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useToast } from '../shared/components/use-toast';
import { errorCode, errorMessage } from '../shared/errors/error-message';
import { newId } from '../shared/new-id';
import { useCart } from './cart/use-cart';
import type { CatalogIndex } from './catalog/catalog-index';
import { buildSaleBody } from './outbox/build-sale-body';
import { soldSale } from './outbox/sold-sale';
import type { RegisterOutbox } from './outbox/use-outbox';
import { parkedContent, restoredTicket } from './park/parked-ticket';
import type { CompletedSale } from './receipt/completed-sale';

/**
 * The register's sale lifecycle: ring up lines, take payment, record the sale durably (outbox
 * first, then the server), show the receipt, start the next sale. `reloadCatalog` fetches the
 * catalogue again when the server says a price changed; the cart then reprices itself.
 */
export function useSale(
  index: CatalogIndex,
  register: Register | null,
  outbox: RegisterOutbox,
  registerId: string,
  shiftId: string,
  reloadCatalog: () => void,
  training: { readonly on: boolean; readonly reload: () => void },
) {
  const { t } = useTranslation();
  const toast = useToast();
  const cart = useCart(index);
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
      voids: cart.state.voids,
      approvals: cart.state.approvals,
      training: training.on,
    });
    let result = await outbox.submit(body, soldSale(cart.priced, settlement));
    if (result.status === 'rejected' && errorCode(result.error) === 'idempotency_conflict') {
      // This sale's id is taken: most likely by this very sale, recorded before a reload cut the
      // answer off (the money, a QR payment too, was taken then). Show that sale rather than sell twice.
      const earlier = await api.call('getSale', { params: { id: saleId } }).catch(() => null);
      if (earlier?.registerId === registerId) result = { status: 'recorded', sale: earlier };
    }
    if (result.status === 'rejected') {
      // Another sale already owns this id (it was never ours to retry): keep the cart under a new one.
      if (errorCode(result.error) === 'idempotency_conflict')
        dispatch({ type: 'renewSaleId', saleId: newId() });
      // Switched in or out of training meanwhile: learn the mode; the cashier pays again.
      if (errorCode(result.error) === 'training_mismatch') training.reload();
      if (errorCode(result.error) === 'approval_invalid') dispatch({ type: 'dropApprovals' });
      if (errorCode(result.error) === 'price_mismatch') {
        // Nothing was recorded: fetch today's prices, let the cart reprice, and ask again.
        toast(t('register.pricesUpdated'), 'info');
        reloadCatalog();
      }
      return errorMessage(t, result.error);
    }
    const recorded = result.status === 'recorded' ? result.sale : null;
    // A sale saved offline has the number this register gave it (printed once the server has it).
    const queuedNo =
      result.status === 'queued' && register
        ? receiptNumber(index.store.code, register.code, training.on, result.receiptSeq)
        : null;
    setCompleted({
      saleId,
      status: result.status,
      receiptNo: recorded ? recorded.receiptNo : queuedNo,
      currency: index.store.currency,
      total: recorded ? recorded.dueAfterRounding : settlement.dueAfterRounding,
      paid: recorded
        ? recorded.tenders.reduce((s, tender) => s + tender.tendered, 0)
        : settlement.tenders.reduce((s, tender) => s + tender.tendered, 0),
      change: recorded ? recorded.change : settlement.change,
    });
    dispatch({ type: 'clear' });
    return null;
  };

  const newSale = useCallback(() => setCompleted(null), []);

  /**
   * Abandons the ticket (整单作废): recorded on the server with its lines and the ones removed
   * before, then the cart is empty. A ticket never rung up (no id) just clears. Null when done,
   * else what to tell the cashier (the cart stays, so nothing is lost).
   */
  const voidTicket = async (): Promise<string | null> => {
    const { saleId, ticket, voids } = cart.state;
    if (saleId !== null && (ticket.lines.length > 0 || voids.length > 0)) {
      try {
        await api.call('voidTicket', {
          body: {
            id: saleId,
            registerId,
            shiftId,
            at: Date.now(),
            lines: ticket.lines.map((line) => ({
              lineId: line.id,
              productId: line.productId,
              quantity: line.quantity,
              unitPrice: line.unitPrice,
            })),
            ...(voids.length > 0 ? { voids: [...voids] } : {}),
          },
        });
      } catch (error) {
        return errorMessage(t, error);
      }
    }
    dispatch({ type: 'clear' });
    return null;
  };

  /** 挂单: the ticket goes to the server for any register of the store; the cart is free again. */
  const park = async (note: string): Promise<string | null> => {
    const { saleId, ticket } = cart.state;
    if (saleId === null || ticket.lines.length === 0) return null;
    try {
      await api.call('parkTicket', {
        body: {
          id: saleId,
          registerId,
          at: Date.now(),
          ...(note ? { note } : {}),
          total: cart.priced.total,
          ticket: parkedContent(cart.state),
        },
      });
    } catch (error) {
      return errorMessage(t, error);
    }
    dispatch({ type: 'clear' });
    return null;
  };

  /** 取单: takes a parked ticket onto this register, repriced from this register's catalogue. */
  const resume = async (parked: ParkedTicket): Promise<string | null> => {
    try {
      const taken = await api.call('resumeParkedTicket', { params: { id: parked.id }, body: { registerId } });
      const { ticket, dropped } = restoredTicket(taken.ticket, index);
      setCompleted(null);
      dispatch({ type: 'restore', saleId: taken.id, ticket, voids: taken.ticket.voids ?? [] });
      if (dropped > 0) toast(t('register.park.dropped', { n: dropped }), 'info');
    } catch (error) {
      return errorMessage(t, error);
    }
    return null;
  };

  return { cart, completed, add, complete, newSale, voidTicket, park, resume };
}
