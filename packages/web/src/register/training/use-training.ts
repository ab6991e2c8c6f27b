import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';

/**
 * Whether this register is in training mode (培训模式), from the server, and switching it (with
 * `register.training`). `reload` after the server said the mode changed under a sale.
 */
export function useTraining(storeId: string, registerId: string) {
  const [training, setTrainingState] = useState(false);
  const reload = useCallback(() => {
    api.call('listRegisters', { params: { storeId } }).then(
      ({ items }) => setTrainingState(items.find((r) => r.id === registerId)?.training ?? false),
      // Unknown: keep what we knew; the server refuses a sale in the wrong mode anyway.
      () => undefined,
    );
  }, [storeId, registerId]);
  useEffect(reload, [reload]);
  const setTraining = useCallback(
    async (next: boolean) => {
      const register = await api.call('setRegisterTraining', {
        params: { registerId },
        body: { training: next },
      });
      setTrainingState(register.training);
    },
    [registerId],
  );
  return { training, setTraining, reload };
}
