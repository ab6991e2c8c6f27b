import { ApiError, type Shift } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';
import { browserStorage, readJson, writeJson } from '../../shared/storage';
import { outboxStore } from '../outbox/use-outbox';

export type CurrentShiftState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly shift: Shift | null };

const cacheKey = (registerId: string) => `kassa.shift.${registerId}`;

/** Whether the register's outbox still holds a shift it opened or closed. */
async function shiftFactsWaiting(registerId: string): Promise<boolean> {
  return (await outboxStore()).waits(registerId, ['shift_open', 'shift_close']);
}

/**
 * The register's open shift from the server; `set` after opening or closing one here. It is kept
 * in the browser too, so a reload while the server is out of reach goes on selling in it, and so
 * does a reload while a shift opened or closed here is still waiting to be uploaded.
 */
export function useCurrentShift(registerId: string) {
  const [state, setState] = useState<CurrentShiftState>({ status: 'loading' });
  const keep = useCallback(
    (shift: Shift | null) => {
      writeJson(browserStorage, cacheKey(registerId), { shift });
      setState({ status: 'ready', shift });
    },
    [registerId],
  );
  const load = useCallback(() => {
    setState({ status: 'loading' });
    const cached = () => readJson(browserStorage, cacheKey(registerId)) as { shift: Shift | null } | null;
    const fromServer = () =>
      api.call('currentShift', { params: { registerId } }).then(
        ({ shift }) => keep(shift),
        (error: unknown) => {
          const kept = cached();
          if (error instanceof ApiError && error.retryable && kept)
            setState({ status: 'ready', shift: kept.shift });
          else setState({ status: 'error', error });
        },
      );
    void shiftFactsWaiting(registerId).then((waiting) => {
      const kept = cached();
      // A shift opened or closed here and not uploaded yet: this register knows better than the server.
      if (waiting && kept) return setState({ status: 'ready', shift: kept.shift });
      return fromServer();
    });
  }, [registerId, keep]);
  useEffect(load, [load]);
  const set = keep;
  return { state, reload: load, set };
}
