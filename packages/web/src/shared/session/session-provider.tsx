import type { Me } from '@kassa/api';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { type Session, SessionContext } from './session-context';

/**
 * Knows who is signed in. The session itself is the server's HttpOnly cookie; this only asks `me`
 * once at start and remembers the answer of each sign-in, so no token lives in JavaScript.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const who = await api.call('me');
      setMe(who);
      return who;
    } catch {
      setMe(null);
      return null;
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    try {
      await api.call('logout');
    } catch {
      // Signing out must work offline too: the cookie expires on its own.
    }
    setMe(null);
  }, []);

  const value = useMemo<Session>(() => ({ me, signedIn: setMe, signOut, refresh }), [me, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
