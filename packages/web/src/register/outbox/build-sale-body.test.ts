import { CreateSaleBody } from '@kassa/api';
import { priceTicket, settle } from '@kassa/core';
import { describe, expect, it } from 'vitest';
import { cartReducer, emptyCart } from '../cart/cart-state';
import { lineForScan } from '../cart/ticket-line';
import { pricingSettings } from '../catalog/pricing-settings';
import { resolveScan } from '../catalog/resolve-scan';
import { CODES, fixtureIndex } from '../testing/catalog-fixture';
import { buildSaleBody } from './build-sale-body';

const index = fixtureIndex();
const uuid = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function ticket() {
  let state = emptyCart('CNY');
  for (const [i, code] of [CODES.cola, CODES.apple350g, CODES.cake2345, CODES.cola].entries()) {
    const outcome = resolveScan(code, index);
    if (!outcome.ok) throw new Error('fixture');
    state = cartReducer(state, {
      type: 'add',
      line: lineForScan(outcome, index, uuid(10 + i)),
      saleId: uuid(1),
    });
  }
  state = cartReducer(state, { type: 'setTicketDiscount', discount: { kind: 'amount', amount: 100 } });
  return state;
}

describe('buildSaleBody', () => {
  it('builds a body the API schema accepts, with the priced total as expectedTotal', () => {
    const state = ticket();
    const priced = priceTicket(state.ticket, pricingSettings(index.store));
    const tenders = [
      { kind: 'card', amount: 1000, reference: 'REF-1', last4: '4242' },
      { kind: 'cash', amount: 5000 },
    ] as const;
    expect(settle(priced.total, tenders, index.store.cashRounding).ok).toBe(true);
    const body = buildSaleBody({
      saleId: uuid(1),
      registerId: uuid(2),
      shiftId: uuid(3),
      createdAt: 1_750_000_000_000,
      ticket: state.ticket,
      priced,
      tenders,
    });
    expect(CreateSaleBody.safeParse(body).success).toBe(true);
    // cola ×2 7.00 + apples 4.55 + cake label 23.45 − 1.00
    expect(body.expectedTotal).toBe(700 + 455 + 2345 - 100);
    expect(body.lines.map((l) => [l.quantity, l.barcode])).toEqual([
      [2000, CODES.cola],
      [350, CODES.apple350g],
      [1000, CODES.cake2345],
    ]);
    expect(body.discount).toEqual({ kind: 'amount', amount: 100 });
    expect(body.tenders).toEqual([
      { kind: 'card', amount: 1000, reference: 'REF-1', last4: '4242' },
      { kind: 'cash', amount: 5000 },
    ]);
  });
});
