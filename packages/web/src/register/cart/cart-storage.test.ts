import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../shared/storage';
import { resolveScan } from '../catalog/resolve-scan';
import { CODES, fixtureIndex } from '../testing/catalog-fixture';
import { cartReducer, emptyCart } from './cart-state';
import { CART_KEY, loadCart, saveCart } from './cart-storage';
import { lineForScan } from './ticket-line';

const index = fixtureIndex();

function cartWithCola() {
  const outcome = resolveScan(CODES.cola, index);
  if (!outcome.ok) throw new Error('fixture');
  const line = lineForScan(outcome, index, '00000000-0000-7000-9000-000000000001');
  return cartReducer(cartReducer(emptyCart('CNY'), { type: 'add', line, saleId: 'sale-a' }), {
    type: 'setTicketDiscount',
    discount: { kind: 'percent', basisPoints: 500 },
  });
}

describe('cart storage', () => {
  it('restores a saved cart with its sale id, lines and discount', () => {
    const storage = createMemoryStorage();
    const cart = cartWithCola();
    saveCart(storage, cart);
    expect(loadCart(storage, 'CNY')).toEqual(cart);
  });

  it('keeps removed lines across a reload, even when no line is left', () => {
    const storage = createMemoryStorage();
    const cart = cartWithCola();
    const emptied = cartReducer(cart, { type: 'remove', lineId: cart.ticket.lines[0]?.id ?? '', at: 5 });
    saveCart(storage, emptied);
    const loaded = loadCart(storage, 'CNY');
    expect(loaded.saleId).toBe('sale-a');
    expect(loaded.voids).toEqual(emptied.voids);
    expect(loaded.voids).toHaveLength(1);
  });

  it('forgets an empty cart', () => {
    const storage = createMemoryStorage();
    saveCart(storage, cartWithCola());
    saveCart(storage, emptyCart('CNY'));
    expect(storage.getItem(CART_KEY)).toBeNull();
  });

  it('starts empty on corrupt data, another currency or invalid lines', () => {
    const corrupt = createMemoryStorage({ [CART_KEY]: '{not json' });
    expect(loadCart(corrupt, 'CNY')).toEqual(emptyCart('CNY'));
    const storage = createMemoryStorage();
    saveCart(storage, cartWithCola());
    expect(loadCart(storage, 'JPY')).toEqual(emptyCart('JPY'));
    const badLine = createMemoryStorage({
      [CART_KEY]: JSON.stringify({
        saleId: 'x',
        ticket: { currency: 'CNY', lines: [{ id: 'a', productId: 'b', quantity: -1 }] },
      }),
    });
    expect(loadCart(badLine, 'CNY')).toEqual(emptyCart('CNY'));
  });
});
