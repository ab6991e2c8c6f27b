import type { RefundBody } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry, SaleEntry } from '../outbox/outbox-store';
import type { SoldSale } from '../outbox/sold-sale';
import { localRefundView, refundTenders } from './refund-view';

const REGISTER = '00000000-0000-7000-8000-000000000099';
const SHIFT = '00000000-0000-7000-8000-000000000098';
const STAFF = '00000000-0000-7000-8000-000000000055';
const SALE = '00000000-0000-7000-8000-000000000001';

// Three colas and 0.5 kg of apples, ¥20 paid: ¥12 by card, ¥8 in cash.
const sold: SoldSale = {
  currency: 'CNY',
  dueAfterRounding: 2000,
  lines: [
    { id: 'line-cola', sku: 'COLA', name: '可乐', unit: 'piece', quantity: 3000, paid: 1000 },
    { id: 'line-apple', sku: 'APPLE', name: '苹果', unit: 'kg', quantity: 500, paid: 1000 },
  ],
  tenders: [
    { kind: 'card', amount: 1200, reference: 'T-1', brand: 'unionpay', last4: '1234' },
    { kind: 'cash', amount: 800, reference: null, brand: null, last4: null },
  ],
};

const saleEntry: SaleEntry = {
  id: SALE,
  type: 'sale',
  staffId: STAFF,
  queuedAt: 10,
  sold,
  payload: {
    id: SALE,
    registerId: REGISTER,
    shiftId: SHIFT,
    createdAt: 5,
    receiptSeq: 42,
    lines: [],
    tenders: [],
    expectedTotal: 2000,
  },
};

const refund = (n: number, lines: RefundBody['lines']): OutboxEntry => {
  const id = `00000000-0000-7000-8000-00000000010${n}`;
  return {
    id,
    type: 'refund',
    staffId: STAFF,
    queuedAt: 10 + n,
    payload: { id, saleId: SALE, registerId: REGISTER, shiftId: SHIFT, at: 20 + n, lines },
  };
};

const numberOf = (sale: SaleEntry) => `S01-01-${String(sale.payload.receiptSeq).padStart(6, '0')}`;

describe('a return by a receipt this register knows, with the server out of reach', () => {
  it('finds the sale by the number printed on its receipt, with what every line may give back', () => {
    const view = localRefundView([saleEntry], 'S01-01-000042', numberOf);
    expect(view?.sale).toMatchObject({ id: SALE, receiptNo: 'S01-01-000042', dueAfterRounding: 2000 });
    expect(view?.lines).toEqual([
      { lineId: 'line-cola', quantity: 3000, paid: 1000, refundedQuantity: 0, refundedAmount: 0 },
      { lineId: 'line-apple', quantity: 500, paid: 1000, refundedQuantity: 0, refundedAmount: 0 },
    ]);
    expect(view?.qr).toBe(false);
    expect(localRefundView([saleEntry], 'S01-01-000043', numberOf)).toBeNull();
  });

  it('counts the refunds it made of the sale, in order, as the server will', () => {
    // One cola (a third of ¥10, rounded down), then the other two (what is left of the line).
    const view = localRefundView(
      [
        refund(2, [{ lineId: 'line-cola', quantity: 2000 }]),
        saleEntry,
        refund(1, [{ lineId: 'line-cola', quantity: 1000 }]),
      ],
      'S01-01-000042',
      numberOf,
    );
    expect(view?.lines[0]).toMatchObject({ refundedQuantity: 3000, refundedAmount: 1000 });
    // ¥3.33 then ¥6.67 went back onto card and cash in proportion, never more than each paid.
    const refunded = view?.tenders.map((tender) => tender.refunded) ?? [];
    expect(refunded.reduce((sum, amount) => sum + amount, 0)).toBe(1000);
    expect(refunded[0]).toBeLessThanOrEqual(1200);
    expect(refunded[1]).toBeLessThanOrEqual(800);
  });

  it('does not offer a training sale, which moved no money', () => {
    const training = { ...saleEntry, payload: { ...saleEntry.payload, training: true as const } };
    expect(localRefundView([training], 'S01-01-000042', numberOf)).toBeNull();
  });

  it('says where the money of a refund goes: to each tender in proportion, the total exactly', () => {
    const view = localRefundView([saleEntry], 'S01-01-000042', numberOf);
    if (!view) throw new Error('not found');
    const back = refundTenders(view, 1001);
    expect(back.map((tender) => tender.kind)).toEqual(['card', 'cash']);
    expect(back.reduce((sum, tender) => sum + tender.amount, 0)).toBe(1001);
    expect(back[0]).toMatchObject({ reference: 'T-1', last4: '1234' });
  });
});
