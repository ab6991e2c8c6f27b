import type { Shift } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';

export type CurrentShiftState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly shift: Shift | null };

/** The register's open shift from the server; `set` after opening or closing one here. */
export function useCurrentShift(registerId: string) {
  const [state, setState] = useState<CurrentShiftState>({ status: 'loading' });
  const load = useCallback(() => {
    setState({ status: 'loading' });
    api.call('currentShift', { params: { registerId } }).then(
      ({ shift }) => setState({ status: 'ready', shift }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  }, [registerId]);
  useEffect(load, [load]);
  const set = useCallback((shift: Shift | null) => setState({ status: 'ready', shift }), []);
  return { state, reload: load, set };
}
