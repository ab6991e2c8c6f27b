import { type QuickKey, QuickKeys } from '@kassa/api';
import { type KeyValueStorage, readJson, writeJson } from '../../shared/storage';

/** Where the register keeps the last favourites grid it read, so the grid shows without the server. */
export const QUICK_KEYS_KEY = 'kassa.quickKeys';

/**
 * The favourites grid last saved for `registerId`, or none. A grid saved for another register (the
 * browser was enrolled again) or one that does not read as a grid counts as none.
 */
export function loadQuickKeys(storage: KeyValueStorage, registerId: string): readonly QuickKey[] {
  const saved = readJson(storage, QUICK_KEYS_KEY);
  if (
    typeof saved !== 'object' ||
    saved === null ||
    !('registerId' in saved) ||
    saved.registerId !== registerId
  )
    return [];
  const grid = QuickKeys.safeParse(saved);
  return grid.success ? grid.data.keys : [];
}

/** Keeps `keys` as the register's favourites grid. */
export function saveQuickKeys(storage: KeyValueStorage, registerId: string, keys: readonly QuickKey[]): void {
  writeJson(storage, QUICK_KEYS_KEY, { registerId, keys });
}
