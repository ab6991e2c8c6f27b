import { ApiError, type Shift } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';
import { browserStorage, readJson, writeJson } from '../../shared/storage';

export type CurrentShiftState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly shift: Shift | null };

const cacheKey = (registerId: string) => `kassa.shift.${registerId}`;

/**
 * The register's open shift from the server; `set` after opening or closing one here. It is kept
 * in the browser too, so a reload while the server is out of reach goes on selling in it.
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
    api.call('currentShift', { params: { registerId } }).then(
      ({ shift }) => keep(shift),
      (error: unknown) => {
        const cached = readJson(browserStorage, cacheKey(registerId)) as { shift: Shift | null } | null;
        if (error instanceof ApiError && error.retryable && cached)
          setState({ status: 'ready', shift: cached.shift });
        else setState({ status: 'error', error });
      },
    );
  }, [registerId, keep]);
  useEffect(load, [load]);
  const set = keep;
  return { state, reload: load, set };
}
