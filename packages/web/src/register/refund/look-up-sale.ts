import { api } from '../../shared/api';
import { errorCode, LocalError } from '../../shared/errors/error-message';
import { within } from '../../shared/within';
import { classifySaleFailure } from '../outbox/sale-failure';
import { outboxStore } from '../outbox/use-outbox';
import { localRefundView, type RefundView, serverRefundView } from './refund-view';

/** How long the lookup waits for the server before it looks among this register's own sales. */
const LOOKUP_WAIT_MS = 4000;

/**
 * The sale by receipt number: from the server, or — when it cannot be reached in time — from this
 * register's own sales of the last week (a return with a receipt this register knows).
 */
export async function lookUpSale(
  receiptNo: string,
  registerId: string,
  numberOf: (seq: number) => string | null,
): Promise<RefundView> {
  const waited = await within(
    api.call('refundableSale', { params: { receiptNo } }).then(serverRefundView),
    LOOKUP_WAIT_MS,
  );
  if (waited !== 'late' && 'value' in waited) return waited.value;
  // Not reached, or not there yet: a sale of this register still in its outbox is not on the server.
  const failure = waited === 'late' ? null : waited.error;
  const notThere = errorCode(failure) === 'sale_not_found';
  if (failure !== null && !notThere && classifySaleFailure(failure) !== 'retry') throw failure;
  const recent = await (await outboxStore()).recent(registerId);
  const found = localRefundView(recent, receiptNo, (sale) => numberOf(sale.payload.receiptSeq ?? 0) ?? '');
  if (!found) throw notThere ? failure : new LocalError('refund_offline_unknown');
  return found;
}
