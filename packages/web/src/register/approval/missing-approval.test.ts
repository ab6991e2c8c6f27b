import { priceTicket } from '@kassa/core';
import { describe, expect, it } from 'vitest';
import { cartReducer, emptyCart, TICKET_APPROVAL } from '../cart/cart-state';
import { lineForScan } from '../cart/ticket-line';
import { pricingSettings } from '../catalog/pricing-settings';
import { resolveScan } from '../catalog/resolve-scan';
import { CODES, fixtureIndex } from '../testing/catalog-fixture';
import { missingApproval } from './missing-approval';

const index = fixtureIndex();

function cartOf(...codes: string[]) {
  let state = emptyCart('CNY');
  codes.forEach((code, n) => {
    const outcome = resolveScan(code, index);
    if (!outcome.ok) throw new Error('fixture');
    const line = lineForScan(outcome, index, `00000000-0000-7000-9000-${String(n + 1).padStart(12, '0')}`);
    state = cartReducer(state, { type: 'add', line, saleId: 'sale' });
  });
  return state;
}
const missing = (state: ReturnType<typeof cartOf>, limit = 1000) =>
  missingApproval(state, priceTicket(state.ticket, pricingSettings(index.store)), limit, 'half-up');

describe('missingApproval', () => {
  it('lets discounts within the limit through', () => {
    const state = cartReducer(cartOf(CODES.cola), {
      type: 'setTicketDiscount',
      discount: { kind: 'percent', basisPoints: 1000 },
    });
    expect(missing(state)).toBeNull();
  });

  it('names a line or the sale discount beyond the limit until an approval covers it', () => {
    let state = cartOf(CODES.cola, CODES.bread);
    const cola = state.ticket.lines[0]?.id ?? '';
    state = cartReducer(state, {
      type: 'setLineDiscount',
      lineId: cola,
      discount: { kind: 'percent', basisPoints: 2500 },
    });
    expect(missing(state)).toEqual({ key: cola, basisPoints: 2500 });
    state = cartReducer(state, { type: 'approve', key: cola, approval: { id: 'a1', basisPoints: 2000 } });
    expect(missing(state)).toEqual({ key: cola, basisPoints: 2500 });
    state = cartReducer(state, { type: 'approve', key: cola, approval: { id: 'a2', basisPoints: 2500 } });
    expect(missing(state)).toBeNull();
    // Changing the discount drops its approval.
    state = cartReducer(state, {
      type: 'setLineDiscount',
      lineId: cola,
      discount: { kind: 'percent', basisPoints: 3000 },
    });
    expect(state.approvals).toEqual({});
    expect(missing(state)).toEqual({ key: cola, basisPoints: 3000 });
  });

  it('an amount off the sale outgrows its approval when a line goes', () => {
    let state = cartOf(CODES.cola, CODES.bread);
    const priced = priceTicket(state.ticket, pricingSettings(index.store));
    const amount = Math.floor(priced.subtotal / 10); // just within 10%
    state = cartReducer(state, { type: 'setTicketDiscount', discount: { kind: 'amount', amount } });
    expect(missing(state)).toBeNull();
    const bread = state.ticket.lines[1]?.id ?? '';
    state = cartReducer(state, { type: 'remove', lineId: bread, at: 1 });
    expect(missing(state)?.key).toBe(TICKET_APPROVAL);
  });
});
