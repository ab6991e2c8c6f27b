import { describe, expect, it } from 'vitest';
import {
  canMovePurchaseOrder,
  closedStatus,
  isDraft,
  isOpenForGoods,
  receivedShare,
  statusAfterReceipt,
} from './purchase-order-lifecycle';

describe('purchase order lifecycle', () => {
  it('edits and sends only drafts, and takes goods only once sent and until complete', () => {
    expect(isDraft('draft')).toBe(true);
    expect(isDraft('sent')).toBe(false);
    expect(
      ['draft', 'sent', 'partly_received', 'received', 'closed', 'cancelled'].filter((s) =>
        isOpenForGoods(s as never),
      ),
    ).toEqual(['sent', 'partly_received']);
    expect(canMovePurchaseOrder('draft', 'received')).toBe(false);
    expect(canMovePurchaseOrder('closed', 'sent')).toBe(false);
  });

  it('is received when every line has what it ordered, extra on one line not making up another', () => {
    expect(
      statusAfterReceipt([
        { quantity: 24000, received: 24000 },
        { quantity: 6000, received: 7000 },
      ]),
    ).toBe('received');
    expect(
      statusAfterReceipt([
        { quantity: 24000, received: 30000 },
        { quantity: 6000, received: 5000 },
      ]),
    ).toBe('partly_received');
    expect(
      receivedShare([
        { quantity: 24000, received: 30000 },
        { quantity: 6000, received: 3000 },
      ]),
    ).toBe(900);
    // A product that came without being ordered (quantity 0) is extra, never progress.
    expect(
      receivedShare([
        { quantity: 10000, received: 0 },
        { quantity: 0, received: 5000 },
      ]),
    ).toBe(0);
  });

  it('closes an order with goods and cancels one without; a closed one stays closed', () => {
    const nothing = [{ quantity: 1000, received: 0 }];
    const some = [{ quantity: 1000, received: 500 }];
    expect(closedStatus('draft', nothing)).toEqual({ ok: true, value: 'cancelled' });
    expect(closedStatus('sent', nothing)).toEqual({ ok: true, value: 'cancelled' });
    expect(closedStatus('partly_received', some)).toEqual({ ok: true, value: 'closed' });
    expect(closedStatus('received', [{ quantity: 1000, received: 1000 }])).toEqual({
      ok: true,
      value: 'closed',
    });
    expect(closedStatus('closed', some)).toEqual({ ok: false, error: { code: 'not_open' } });
    expect(closedStatus('cancelled', nothing)).toEqual({ ok: false, error: { code: 'not_open' } });
  });
});
