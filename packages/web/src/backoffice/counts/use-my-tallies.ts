import type { Me, Product, StockCount } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';
import { browserStorage, readJson, writeJson } from '../../shared/storage';
import {
  addScan,
  isUnsent,
  markSent,
  mergeServerTallies,
  readStoredTallies,
  setTallyText,
  type Tally,
  unsentEntries,
} from './count-tally';

/** The API takes at most this many tallies at once. */
const BATCH = 500;

export type MyTallies = {
  readonly tallies: readonly Tally[];
  /** How many are not on the server as shown. */
  readonly unsent: number;
  readonly scan: (product: Product, quantity: number) => void;
  readonly setText: (productId: string, text: string) => void;
  /** Sends the unsent tallies; resolves to how many were sent. A failure is thrown. */
  readonly submit: () => Promise<number>;
};

const storageKey = (countId: string, staffId: string) => `kassa.count.${countId}.${staffId}`;

/**
 * This counter's tallies of a count: scans and typing change them here at once; 提交 sends the unsent
 * ones as whole quantities (sending again after a lost answer cannot count twice). Until sent they
 * are kept in the browser too, so a phone that reloads or goes out of reach loses nothing.
 */
export function useMyTallies(count: StockCount, me: Me, show: (count: StockCount) => void): MyTallies {
  const key = storageKey(count.id, me.id);
  const [tallies, setTallies] = useState<readonly Tally[]>(() =>
    readStoredTallies(readJson(browserStorage, key)),
  );
  useEffect(() => setTallies((current) => mergeServerTallies(current, count, me.id)), [count, me.id]);
  const unsent = tallies.filter(isUnsent).length;
  useEffect(() => {
    if (unsent > 0) writeJson(browserStorage, key, tallies);
    else browserStorage.removeItem(key);
  }, [key, tallies, unsent]);

  const submit = useCallback(async () => {
    const entries = unsentEntries(tallies);
    for (let at = 0; at < entries.length; at += BATCH) {
      const batch = entries.slice(at, at + BATCH);
      const answer = await api.call('countStock', {
        params: { countId: count.id },
        body: { entries: batch },
      });
      setTallies((current) => markSent(current, batch));
      show(answer);
    }
    return entries.length;
  }, [tallies, count.id, show]);

  return {
    tallies,
    unsent,
    scan: (product, quantity) => setTallies((current) => addScan(current, product, quantity)),
    setText: (productId, text) => setTallies((current) => setTallyText(current, productId, text)),
    submit,
  };
}
