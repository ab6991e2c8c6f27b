import type { Register } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../shared/api';

/** Stable, so the handover timer does not restart on every render before the register loads. */
const NO_TIMES: readonly string[] = [];

/**
 * This register as the server has it: whether it is in training mode (培训模式) and where its
 * receipts print and when its shifts are handed over. `setTraining` switches the mode (with `register.training`); `reload` after the
 * server said the mode changed under a sale.
 */
export function useRegisterInfo(storeId: string, registerId: string) {
  const [register, setRegister] = useState<Register | null>(null);
  const reload = useCallback(() => {
    api.call('listRegisters', { params: { storeId } }).then(
      ({ items }) => setRegister(items.find((r) => r.id === registerId) ?? null),
      // Unknown: keep what we knew; the server refuses a sale in the wrong mode anyway.
      () => undefined,
    );
  }, [storeId, registerId]);
  useEffect(reload, [reload]);
  const setTraining = useCallback(
    async (training: boolean) => {
      setRegister(await api.call('setRegisterTraining', { params: { registerId }, body: { training } }));
    },
    [registerId],
  );
  return {
    training: register?.training ?? false,
    printer: register?.printer ?? null,
    handoverTimes: register?.handoverTimes ?? NO_TIMES,
    setTraining,
    reload,
  };
}
