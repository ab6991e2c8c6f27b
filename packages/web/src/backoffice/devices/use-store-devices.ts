import type { StoreDevices } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';

/** How often the list is asked again while open: registers go online and offline by themselves. */
const REFRESH_MS = 10_000;

/** The store's registers with their devices, kept fresh while the page is open. */
export function useStoreDevices(storeId: string) {
  const [devices, setDevices] = useState<StoreDevices | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setDevices(await api.call('listDevices', { params: { storeId } }));
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, [storeId]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { devices, error, reload };
}
