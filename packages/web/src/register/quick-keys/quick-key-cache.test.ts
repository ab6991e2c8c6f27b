import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../shared/storage';
import { IDS } from '../testing/catalog-fixture';
import { loadQuickKeys, QUICK_KEYS_KEY, saveQuickKeys } from './quick-key-cache';

const REGISTER = '00000000-0000-7000-8000-000000000100';
const keys = [
  { productId: IDS.apple, label: '苹果', color: '#34c759' },
  { productId: IDS.cola, label: null, color: null },
];

describe('the favourites grid kept in the browser', () => {
  it('reads back what was saved for this register, in order', () => {
    const storage = createMemoryStorage();
    expect(loadQuickKeys(storage, REGISTER)).toEqual([]);
    saveQuickKeys(storage, REGISTER, keys);
    expect(loadQuickKeys(storage, REGISTER)).toEqual(keys);
  });

  it('does not show another register’s grid after the browser was enrolled again', () => {
    const storage = createMemoryStorage();
    saveQuickKeys(storage, REGISTER, keys);
    expect(loadQuickKeys(storage, '00000000-0000-7000-8000-000000000200')).toEqual([]);
  });

  it('reads a corrupt or foreign entry as no grid, never throwing', () => {
    for (const text of [
      '{',
      'null',
      '[]',
      '{"registerId":1}',
      `{"registerId":"${REGISTER}","keys":[{"productId":"x"}]}`,
    ]) {
      const storage = createMemoryStorage({ [QUICK_KEYS_KEY]: text });
      expect(loadQuickKeys(storage, REGISTER), text).toEqual([]);
    }
  });
});
