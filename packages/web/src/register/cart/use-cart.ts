import { type PricedTicket, priceTicket } from '@kassa/core';
import { type Dispatch, useEffect, useMemo, useReducer } from 'react';
import { browserStorage } from '../../shared/storage';
import type { CatalogIndex } from '../catalog/catalog-index';
import { pricingSettings } from '../catalog/pricing-settings';
import { type CartAction, type CartState, cartReducer } from './cart-state';
import { loadCart, saveCart } from './cart-storage';

export type Cart = {
  readonly state: CartState;
  /** The ticket priced by the core with the store's settings: what the screen and the server show. */
  readonly priced: PricedTicket;
  readonly dispatch: Dispatch<CartAction>;
};

/** The cart of this register, restored after a reload and priced on every change. */
export function useCart(index: CatalogIndex): Cart {
  const [state, dispatch] = useReducer(cartReducer, index.store.currency, (currency) =>
    loadCart(browserStorage, currency),
  );
  useEffect(() => saveCart(browserStorage, state), [state]);
  // A restored or open cart follows the catalogue it is sold from: after a (re)load every line takes
  // the current price and tax rate, so the register never asks for an outdated total.
  useEffect(() => {
    dispatch({
      type: 'reprice',
      current: (productId) => {
        const product = index.byId.get(productId);
        // An open-price line keeps the price the cashier typed.
        if (!product || product.openPrice) return undefined;
        return { unitPrice: product.price, ratePpm: index.taxRates.get(product.taxClassId) ?? 0 };
      },
    });
  }, [index]);
  const settings = useMemo(() => pricingSettings(index.store), [index.store]);
  const priced = useMemo(() => priceTicket(state.ticket, settings), [state.ticket, settings]);
  return { state, priced, dispatch };
}
