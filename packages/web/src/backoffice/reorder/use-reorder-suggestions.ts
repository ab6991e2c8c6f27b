import type { ReorderSuggestions } from '@kassa/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../shared/api';

/** The suggestions for a location as last loaded, and how to load them again. */
export type ReorderSuggestionsState = {
  /** null while loading (again). */
  readonly suggestions: ReorderSuggestions | null;
  readonly error: unknown;
  /** Loads again: after an order is made or a rule changed. */
  readonly reload: () => void;
};

/** What to order for `locationId` of the store; nothing is asked until a location is chosen (''). */
export function useReorderSuggestions(storeId: string, locationId: string): ReorderSuggestionsState {
  const [suggestions, setSuggestions] = useState<ReorderSuggestions | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Only the latest question's answer is shown: a slow answer for the last location must not win.
  const asked = useRef(0);

  const reload = useCallback(() => {
    if (locationId === '') return;
    asked.current += 1;
    const turn = asked.current;
    setSuggestions(null);
    setError(null);
    api.call('reorderSuggestions', { params: { storeId }, query: { locationId } }).then(
      (answer) => turn === asked.current && setSuggestions(answer),
      (failure: unknown) => turn === asked.current && setError(failure),
    );
  }, [storeId, locationId]);
  useEffect(() => reload(), [reload]);

  return { suggestions, error, reload };
}
