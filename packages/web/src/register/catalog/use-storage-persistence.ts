import { useEffect, useState } from 'react';
import { requestStoragePersistence, type StoragePersistence } from './storage-persistence';

/** The browser's answer to the persistent-storage request; null until it is known. */
export function useStoragePersistence(): StoragePersistence | null {
  const [answer, setAnswer] = useState<StoragePersistence | null>(null);
  useEffect(() => {
    let live = true;
    void requestStoragePersistence().then((value) => {
      if (live) setAnswer(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return answer;
}
