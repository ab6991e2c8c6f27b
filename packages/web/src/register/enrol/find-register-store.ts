import { api } from '../../shared/api';
import type { Enrolment } from './enrolment';

/**
 * Completes an enrolment that only knows the register id, by asking which of the user's stores has
 * that register. Null when none does (the register was deleted, or belongs to a store not visible).
 */
export async function findRegisterStore(registerId: string): Promise<Enrolment | null> {
  const stores = await api.call('listStores');
  for (const store of stores.items) {
    const registers = await api.call('listRegisters', { params: { storeId: store.id } });
    const register = registers.items.find((r) => r.id === registerId);
    if (register)
      return { registerId, storeId: store.id, registerName: register.name, storeName: store.name };
  }
  return null;
}
