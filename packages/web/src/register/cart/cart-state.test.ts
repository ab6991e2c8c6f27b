import { priceTicket } from '@kassa/core';
import { describe, expect, it } from 'vitest';
import { pricingSettings } from '../catalog/pricing-settings';
import { resolveScan } from '../catalog/resolve-scan';
import { CODES, fixtureIndex, IDS } from '../testing/catalog-fixture';
import { type CartAction, type CartState, cartReducer, emptyCart } from './cart-state';
import { lineForProduct, lineForScan } from './ticket-line';

const index = fixtureIndex();
let n = 0;
const nextId = () => `00000000-0000-7000-9000-${String(++n).padStart(12, '0')}`;

function scan(code: string, saleId = 'sale-1'): CartAction {
  const outcome = resolveScan(code, index);
  if (!outcome.ok) throw new Error(`fixture code ${code} does not resolve`);
  return { type: 'add', line: lineForScan(outcome, index, nextId()), saleId };
}

function run(...actions: CartAction[]): CartState {
  return actions.reduce(cartReducer, emptyCart('CNY'));
}

const total = (state: CartState) => priceTicket(state.ticket, pricingSettings(index.store)).total;

describe('cartReducer', () => {
  it('starts the sale with the id given by the first line, and keeps it', () => {
    const state = run(scan(CODES.cola, 'first'), scan(CODES.bread, 'second'));
    expect(state.saleId).toBe('first');
    expect(state.ticket.lines).toHaveLength(2);
  });

  it('merges repeat scans of a piece product into its line and selects it', () => {
    const state = run(scan(CODES.cola), scan(CODES.bread), scan(CODES.cola));
    expect(state.ticket.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['COLA-330', 2000],
      ['BREAD', 1000],
    ]);
    expect(state.selectedLineId).toBe(state.ticket.lines[0]?.id);
    expect(total(state)).toBe(350 * 2 + 800);
  });

  it('adds weighed labels as their own lines with the label weight', () => {
    const state = run(scan(CODES.apple350g), scan(CODES.apple350g));
    expect(state.ticket.lines.map((l) => l.quantity)).toEqual([350, 350]);
    // 12.99/kg × 0.350 kg = 4.5465 → 4.55, twice.
    expect(total(state)).toBe(455 * 2);
  });

  it('adds price labels as fixed-amount lines', () => {
    const state = run(scan(CODES.cake2345));
    expect(state.ticket.lines[0]).toMatchObject({
      fixedAmount: 2345,
      quantity: 1000,
      barcode: CODES.cake2345,
    });
    expect(total(state)).toBe(2345);
  });

  it('steps piece quantities by one, never below one, and ignores steps on weighed lines', () => {
    const cola = run(scan(CODES.cola));
    const lineId = cola.ticket.lines[0]?.id ?? '';
    const up = cartReducer(cola, { type: 'step', lineId, delta: 1 });
    expect(up.ticket.lines[0]?.quantity).toBe(2000);
    const down = cartReducer(cartReducer(up, { type: 'step', lineId, delta: -1 }), {
      type: 'step',
      lineId,
      delta: -1,
    });
    expect(down.ticket.lines[0]?.quantity).toBe(1000);
    const apple = run(scan(CODES.apple350g));
    const appleLine = apple.ticket.lines[0]?.id ?? '';
    expect(cartReducer(apple, { type: 'step', lineId: appleLine, delta: 1 }).ticket).toBe(apple.ticket);
  });

  it('sets typed quantities, refusing fractions of a piece', () => {
    const state = run(scan(CODES.cola), scan(CODES.apple350g));
    const [cola, apple] = state.ticket.lines;
    const next = cartReducer(
      cartReducer(state, { type: 'setQuantity', lineId: apple?.id ?? '', quantity: 1234 }),
      { type: 'setQuantity', lineId: cola?.id ?? '', quantity: 1500 },
    );
    expect(next.ticket.lines.map((l) => l.quantity)).toEqual([1000, 1234]);
  });

  it('applies line and ticket discounts through the core pricing', () => {
    const state = run(scan(CODES.cola), scan(CODES.cola), scan(CODES.bread));
    const colaId = state.ticket.lines[0]?.id ?? '';
    const discounted = cartReducer(
      cartReducer(state, {
        type: 'setLineDiscount',
        lineId: colaId,
        discount: { kind: 'percent', basisPoints: 1000 },
      }),
      { type: 'setTicketDiscount', discount: { kind: 'amount', amount: 100 } },
    );
    // cola 7.00 − 10% = 6.30; + bread 8.00 = 14.30; − 1.00 = 13.30
    expect(total(discounted)).toBe(1330);
    const cleared = cartReducer(discounted, { type: 'setTicketDiscount', discount: undefined });
    expect(total(cleared)).toBe(1430);
  });

  it('removes lines, keeping each as a void of the same sale, even when the cart empties', () => {
    const state = run(scan(CODES.cola, 'the-sale'), scan(CODES.bread), scan(CODES.bread));
    const [cola, bread] = state.ticket.lines;
    const one = cartReducer(state, { type: 'remove', lineId: cola?.id ?? '', at: 111 });
    expect(one.saleId).toBe('the-sale');
    expect(one.selectedLineId).toBe(bread?.id);
    expect(one.voids).toEqual([
      { lineId: cola?.id, productId: cola?.productId, quantity: 1000, unitPrice: cola?.unitPrice, at: 111 },
    ]);
    const none = cartReducer(one, { type: 'remove', lineId: bread?.id ?? '', at: 222 });
    expect(none).toMatchObject({ saleId: 'the-sale', selectedLineId: null });
    expect(none.voids.map((v) => [v.lineId, v.quantity, v.at])).toEqual([
      [cola?.id, 1000, 111],
      [bread?.id, 2000, 222],
    ]);
    expect(cartReducer(none, { type: 'remove', lineId: 'gone', at: 333 })).toBe(none);
    expect(cartReducer(none, { type: 'clear' })).toEqual(emptyCart('CNY'));
  });

  it('clears to a new empty sale and renews a refused id', () => {
    const state = run(scan(CODES.cola, 'old'));
    expect(cartReducer(state, { type: 'renewSaleId', saleId: 'new' }).saleId).toBe('new');
    expect(cartReducer(state, { type: 'clear' })).toEqual(emptyCart('CNY'));
  });

  it('adds products picked by hand with their tax rate', () => {
    const apple = index.byId.get(IDS.apple);
    if (!apple) throw new Error('fixture');
    const state = run({ type: 'add', line: lineForProduct(apple, index, nextId()), saleId: 's' });
    expect(state.ticket.lines[0]).toMatchObject({
      unit: 'kg',
      quantity: 1000,
      ratePpm: 90_000,
      unitPrice: 1299,
    });
  });
});

describe('reprice', () => {
  const current = (prices: Record<string, { unitPrice: number; ratePpm: number }>) => (id: string) =>
    prices[id];

  it('gives every line the catalogue price and rate of its product, keeping the sale', () => {
    const state = run(scan(CODES.cola, 's1'));
    const next = cartReducer(state, {
      type: 'reprice',
      current: current({ [IDS.cola]: { unitPrice: 999, ratePpm: 90_000 } }),
    });
    expect(next.ticket.lines[0]).toMatchObject({ unitPrice: 999, ratePpm: 90_000 });
    expect(next.saleId).toBe('s1');
    expect(total(next)).toBe(999);
  });

  it('returns the same state when nothing changed, and leaves unknown products alone', () => {
    const state = run(scan(CODES.cola));
    const line = state.ticket.lines[0];
    const same = { [IDS.cola]: { unitPrice: line?.unitPrice ?? 0, ratePpm: line?.ratePpm ?? 0 } };
    expect(cartReducer(state, { type: 'reprice', current: current(same) })).toBe(state);
    expect(cartReducer(state, { type: 'reprice', current: current({}) })).toBe(state);
  });
});
