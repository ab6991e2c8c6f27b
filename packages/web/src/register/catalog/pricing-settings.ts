import type { Store } from '@kassa/api';
import type { CashRoundingRule, PricingSettings } from '@kassa/core';

/** The core pricing settings of a store: the register prices with exactly what the server uses. */
export function pricingSettings(store: Store): PricingSettings {
  return {
    tax: { mode: store.taxMode, rounding: store.taxRounding, inclusiveTarget: store.taxInclusiveTarget },
    roundingMode: store.roundingMode,
  };
}

/** The store's 抹零 rule for the cash part of a sale. */
export function cashRoundingRule(store: Store): CashRoundingRule {
  return store.cashRounding;
}
