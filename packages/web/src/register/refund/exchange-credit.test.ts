import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../shared/storage';
import { EXCHANGE_KEY, loadExchangeCredit, saveExchangeCredit } from './exchange-credit';

describe('exchange credit', () => {
  it('keeps a positive amount of minor units, and forgets it at 0', () => {
    const storage = createMemoryStorage();
    saveExchangeCredit(storage, 850);
    expect(loadExchangeCredit(storage)).toBe(850);
    saveExchangeCredit(storage, 0);
    expect(storage.data.has(EXCHANGE_KEY)).toBe(false);
    expect(loadExchangeCredit(storage)).toBe(0);
  });

  it('reads anything malformed as no credit', () => {
    for (const junk of ['"850"', '-5', '1.5', '{}', 'not json']) {
      expect(loadExchangeCredit(createMemoryStorage({ [EXCHANGE_KEY]: junk }))).toBe(0);
    }
  });
});
