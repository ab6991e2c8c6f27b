import { type KeyValueStorage, readJson, writeJson } from '../../shared/storage';

/** Where the cash of a return waiting to pay for the replacement (换货) survives a reload. */
export const EXCHANGE_KEY = 'kassa.exchangeCredit';

/**
 * 换货 is a return and a new sale in one flow: the cash the return gave back is not handed over but
 * goes into the replacement's payment as cash already tendered, so the cashier takes (or gives back)
 * only the difference. Both facts are recorded as they are: the refund's cash out, the sale's cash in.
 * 0 when there is none.
 */
export function loadExchangeCredit(storage: KeyValueStorage): number {
  const saved = readJson(storage, EXCHANGE_KEY);
  return Number.isSafeInteger(saved) && (saved as number) > 0 ? (saved as number) : 0;
}

export function saveExchangeCredit(storage: KeyValueStorage, amount: number): void {
  if (amount > 0) writeJson(storage, EXCHANGE_KEY, amount);
  else storage.removeItem(EXCHANGE_KEY);
}
