import { describe, expect, it } from 'vitest';
import { cartReducer, emptyCart } from '../cart/cart-state';
import { lineForScan } from '../cart/ticket-line';
import { resolveScan } from '../catalog/resolve-scan';
import { CODES, fixtureIndex, IDS } from '../testing/catalog-fixture';
import { parkedContent, restoredTicket } from './parked-ticket';

const index = fixtureIndex();
let n = 0;
const nextId = () => `00000000-0000-7000-9000-${String(++n).padStart(12, '0')}`;

function scanned(code: string) {
  const outcome = resolveScan(code, index);
  if (!outcome.ok) throw new Error(`fixture code ${code}`);
  return lineForScan(outcome, index, nextId());
}

function cart() {
  let state = emptyCart('CNY');
  for (const code of [CODES.cola, CODES.cola, CODES.apple350g, CODES.cake2345, CODES.bread]) {
    state = cartReducer(state, { type: 'add', line: scanned(code), saleId: 'ticket-1' });
  }
  const bread = state.ticket.lines.at(-1)?.id ?? '';
  state = cartReducer(state, { type: 'remove', lineId: bread, at: 7 });
  return cartReducer(state, { type: 'setTicketDiscount', discount: { kind: 'amount', amount: 100 } });
}

describe('parked tickets', () => {
  it('parks what a sale would post and comes back as the same ticket', () => {
    const state = cart();
    const content = parkedContent(state);
    expect(content.lines.map((l) => [l.productId, l.quantity])).toEqual([
      [IDS.cola, 2000],
      [IDS.apple, 350],
      [IDS.cake, 1000],
    ]);
    expect(content.voids).toEqual(state.voids);
    const { ticket, dropped } = restoredTicket(content, index);
    expect(dropped).toBe(0);
    expect(ticket).toEqual(state.ticket);
  });

  it('takes today’s price, and leaves out products this register no longer sells', () => {
    const content = parkedContent(cart());
    const stale = {
      ...content,
      lines: [
        { ...content.lines[0], unitPrice: 1 } as (typeof content.lines)[number],
        { id: nextId(), productId: '00000000-0000-7000-8000-000000009999', quantity: 1000, unitPrice: 500 },
      ],
    };
    const { ticket, dropped } = restoredTicket(stale, index);
    expect(dropped).toBe(1);
    expect(ticket.lines.map((l) => [l.productId, l.unitPrice, l.quantity])).toEqual([
      [IDS.cola, index.byId.get(IDS.cola)?.price, 2000],
    ]);
  });
});
