import { ApiError } from '@kassa/api';
import { useEffect, useState } from 'react';

/**
 * Whether the register is cut off from the server: the browser has no network, or the last upload
 * did not reach the server (network error, server down or overloaded). A refusal for a reason
 * (signed out, a bad entry) is not being offline.
 */
export function useOnline(lastPushError: unknown): { readonly offline: boolean } {
  const [network, setNetwork] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setNetwork(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  const unreachable = lastPushError instanceof ApiError && lastPushError.retryable;
  return { offline: !network || unreachable };
}
