import { err, ok, type Result } from './result';

/**
 * Where a purchase order is in its life (glossary: Purchase order). A `draft` is still edited;
 * `sent` went to the supplier; goods come in while it is `sent` or `partly_received`; `received`
 * has every line in full; `closed` says nothing more will come (shortfalls stay as they are);
 * `cancelled` is an order closed with nothing received.
 */
export type PurchaseOrderStatus = 'draft' | 'sent' | 'partly_received' | 'received' | 'closed' | 'cancelled';

/** What the lifecycle needs of a line: thousandths ordered and received so far. */
export interface OrderedQuantity {
  readonly quantity: number;
  readonly received: number;
}

/** Every move an order may make, from each status; anything else is refused. */
const TRANSITIONS: Readonly<Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]>> = {
  draft: ['sent', 'cancelled'],
  sent: ['partly_received', 'received', 'cancelled'],
  partly_received: ['partly_received', 'received', 'closed'],
  received: ['closed'],
  closed: [],
  cancelled: [],
};

/** Whether `from` may become `to`. */
export function canMovePurchaseOrder(from: PurchaseOrderStatus, to: PurchaseOrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Only a draft is edited or sent: what the supplier was sent stays what was sent. */
export function isDraft(status: PurchaseOrderStatus): boolean {
  return status === 'draft';
}

/** Goods are received against an order that was sent and still waits for some. */
export function isOpenForGoods(status: PurchaseOrderStatus): boolean {
  return canMovePurchaseOrder(status, 'received');
}

/** The status after goods came in: `received` once every line has at least what it ordered. */
export function statusAfterReceipt(lines: readonly OrderedQuantity[]): 'partly_received' | 'received' {
  return lines.every((line) => line.received >= line.quantity) ? 'received' : 'partly_received';
}

/**
 * What closing makes of an order: `cancelled` when nothing came, else `closed`.
 * @returns `not_open` for an order already closed or cancelled.
 */
export function closedStatus(
  status: PurchaseOrderStatus,
  lines: readonly OrderedQuantity[],
): Result<'closed' | 'cancelled', { readonly code: 'not_open' }> {
  const next = lines.some((line) => line.received > 0) ? 'closed' : 'cancelled';
  return canMovePurchaseOrder(status, next) ? ok(next) : err({ code: 'not_open' });
}

/**
 * How much of the order came, in thousandths of the ordered quantity: each line counts up to what
 * it ordered (extra goods on one line do not make up for missing ones on another), so 1000 means
 * complete. An order of nothing (only extra goods) counts as complete.
 */
export function receivedShare(lines: readonly OrderedQuantity[]): number {
  let ordered = 0;
  let received = 0;
  for (const line of lines) {
    ordered += line.quantity;
    received += Math.min(line.received, line.quantity);
  }
  return ordered === 0 ? 1000 : Math.floor((received * 1000) / ordered);
}
