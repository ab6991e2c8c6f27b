import { useEffect, useState } from 'react';

/** Whether this tab may sell on the register: the one writer, a read-only second tab, or not known yet. */
export type RegisterRole = 'pending' | 'writer' | 'reader';

/**
 * One writer per register across the browser's tabs (Web Locks, DESIGN.md §5): the first tab to
 * open the register holds its lock for as long as it is open and is the only one that sells and
 * sends the outbox; another tab is read-only until the first closes, then takes over by itself.
 * A browser without Web Locks has one tab's worth of safety only: it is the writer.
 */
export function useRegisterLock(registerId: string): RegisterRole {
  const [role, setRole] = useState<RegisterRole>('pending');
  useEffect(() => {
    const locks = navigator.locks;
    if (!locks) {
      setRole('writer');
      return;
    }
    const released = new AbortController();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const name = `kassa-register-${registerId}`;
    void locks
      .request(name, { ifAvailable: true }, async (lock) => {
        if (!lock) return false;
        setRole('writer');
        await held;
        return true;
      })
      // The callback's own answer (DOM typings wrap it in a promise once more).
      .then((got: unknown) => {
        if (got === true || released.signal.aborted) return;
        setRole('reader');
        // Wait for the writer tab to close, then take over.
        return locks
          .request(name, { signal: released.signal }, async () => {
            setRole('writer');
            await held;
          })
          .catch(() => undefined); // aborted on unmount
      });
    return () => {
      released.abort();
      release();
    };
  }, [registerId]);
  return role;
}
