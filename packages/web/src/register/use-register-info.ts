import type { Register } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../shared/api';
import { browserStorage, readJson, writeJson } from '../shared/storage';

/** Stable, so the handover timer does not restart on every render before the register loads. */
const NO_TIMES: readonly string[] = [];

const cacheKey = (registerId: string) => `kassa.register.${registerId}`;
const RELOAD_MS = 60_000;

/**
 * This register as the server has it: whether it is in training mode (培训模式), its code, where its
 * receipts print, when its shifts are handed over and the next receipt numbers the server knows
 * of. Kept in the browser too, so a reload with the server out of reach still knows it.
 * `setTraining` switches the mode (with `register.training`); `reload` after the server said the
 * mode changed under a sale.
 */
export function useRegisterInfo(storeId: string, registerId: string) {
  // `askedAt`: when the server was asked for what it said; null for what the browser remembered.
  const [known, setKnown] = useState<{ register: Register | null; askedAt: number | null }>(() => {
    const cached = readJson(browserStorage, cacheKey(registerId)) as Register | null;
    return { register: cached?.id === registerId ? cached : null, askedAt: null };
  });
  const keep = useCallback((found: Register | null, askedAt: number) => {
    setKnown({ register: found, askedAt });
    if (found) writeJson(browserStorage, cacheKey(found.id), found);
  }, []);
  const reload = useCallback(() => {
    const askedAt = Date.now();
    api.call('listRegisters', { params: { storeId } }).then(
      ({ items }) => keep(items.find((r) => r.id === registerId) ?? null, askedAt),
      // Unknown: keep what we knew; the server notes a sale in the wrong mode anyway.
      () => undefined,
    );
  }, [storeId, registerId, keep]);
  useEffect(() => {
    reload();
    // Now and then, so a server restored from a backup is noticed (see the outbox's recoverLost),
    // and as soon as the network is back, so the outbox does not wait for it.
    const timer = setInterval(reload, RELOAD_MS);
    window.addEventListener('online', reload);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', reload);
    };
  }, [reload]);
  const setTraining = useCallback(
    async (training: boolean) => {
      const askedAt = Date.now();
      keep(await api.call('setRegisterTraining', { params: { registerId }, body: { training } }), askedAt);
    },
    [registerId, keep],
  );
  const { register } = known;
  return {
    register,
    askedAt: known.askedAt,
    training: register?.training ?? false,
    printer: register?.printer ?? null,
    handoverTimes: register?.handoverTimes ?? NO_TIMES,
    setTraining,
    reload,
  };
}

/** This register as the server has it, with its actions (see useRegisterInfo). */
export type RegisterInfo = ReturnType<typeof useRegisterInfo>;
