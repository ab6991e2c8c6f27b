import { type KeyValueStorage, readJson, writeJson } from '../../shared/storage';

/** Which register this browser is. Set once by an owner or manager; cashiers then sign in by PIN. */
export type Enrolment = {
  readonly registerId: string;
  /** Unknown when only the id was set (by hand or an older version): found again after sign-in. */
  readonly storeId: string | null;
  readonly registerName: string | null;
  readonly storeName: string | null;
};

export const REGISTER_ID_KEY = 'kassa.registerId';
const REGISTER_INFO_KEY = 'kassa.registerInfo';

/** The enrolment of this browser, or null when it is not a register yet. */
export function loadEnrolment(storage: KeyValueStorage): Enrolment | null {
  const registerId = storage.getItem(REGISTER_ID_KEY);
  if (!registerId) return null;
  const info = readJson(storage, REGISTER_INFO_KEY);
  const record = typeof info === 'object' && info !== null ? (info as Record<string, unknown>) : {};
  // Details saved for another register id are stale: keep only the id.
  const same = record.registerId === registerId;
  const text = (key: string) => (same && typeof record[key] === 'string' ? (record[key] as string) : null);
  return {
    registerId,
    storeId: text('storeId'),
    registerName: text('registerName'),
    storeName: text('storeName'),
  };
}

/** Makes this browser the given register. */
export function saveEnrolment(storage: KeyValueStorage, enrolment: Enrolment): void {
  storage.setItem(REGISTER_ID_KEY, enrolment.registerId);
  writeJson(storage, REGISTER_INFO_KEY, enrolment);
}

/** This browser is no longer a register. */
export function clearEnrolment(storage: KeyValueStorage): void {
  storage.removeItem(REGISTER_ID_KEY);
  storage.removeItem(REGISTER_INFO_KEY);
}
