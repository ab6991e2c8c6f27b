import { describe, expect, it } from 'vitest';
import { askPersistence } from './storage-persistence';

const storage = (persisted: boolean, granted: boolean | Error) => {
  const calls: string[] = [];
  return {
    calls,
    persisted: async () => {
      calls.push('persisted');
      return persisted;
    },
    persist: async () => {
      calls.push('persist');
      if (granted instanceof Error) throw granted;
      return granted;
    },
  };
};

describe('asking to keep the register’s storage', () => {
  it('asks only when storage is not persistent yet, and tells a refusal apart', async () => {
    const already = storage(true, false);
    expect(await askPersistence(already)).toBe('granted');
    expect(already.calls).toEqual(['persisted']);
    expect(await askPersistence(storage(false, true))).toBe('granted');
    expect(await askPersistence(storage(false, false))).toBe('refused');
    expect(await askPersistence(storage(false, new Error('denied')))).toBe('refused');
  });

  it('says unsupported where the browser has no StorageManager', async () => {
    expect(await askPersistence(undefined)).toBe('unsupported');
  });
});
