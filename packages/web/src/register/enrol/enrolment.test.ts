import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../shared/storage';
import { clearEnrolment, loadEnrolment, REGISTER_ID_KEY, saveEnrolment } from './enrolment';

const enrolment = { registerId: 'r1', storeId: 's1', registerName: '1号机', storeName: '人民路店' };

describe('enrolment', () => {
  it('is absent until saved, and cleared again', () => {
    const storage = createMemoryStorage();
    expect(loadEnrolment(storage)).toBeNull();
    saveEnrolment(storage, enrolment);
    expect(storage.getItem(REGISTER_ID_KEY)).toBe('r1');
    expect(loadEnrolment(storage)).toEqual(enrolment);
    clearEnrolment(storage);
    expect(loadEnrolment(storage)).toBeNull();
  });

  it('works from the register id alone (the store is found after sign-in)', () => {
    const storage = createMemoryStorage({ [REGISTER_ID_KEY]: 'r2' });
    expect(loadEnrolment(storage)).toEqual({
      registerId: 'r2',
      storeId: null,
      registerName: null,
      storeName: null,
    });
  });

  it('ignores details saved for another register', () => {
    const storage = createMemoryStorage();
    saveEnrolment(storage, enrolment);
    storage.setItem(REGISTER_ID_KEY, 'r3');
    expect(loadEnrolment(storage)).toMatchObject({ registerId: 'r3', storeId: null });
  });
});
