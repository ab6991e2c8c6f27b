import { ApiError, type Me } from '@kassa/api';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { browserStorage, readJson, writeJson } from '../storage';
import { type Session, SessionContext } from './session-context';

const ME_KEY = 'kassa.me';

/** Who was last signed in on this browser (not a credential: the cookie is), for starting offline. */
function remember(me: Me | null) {
  if (me) writeJson(browserStorage, ME_KEY, me);
  else browserStorage.removeItem(ME_KEY);
}

function recalled(): Me | null {
  const me = readJson(browserStorage, ME_KEY) as Me | null;
  return me && typeof me.id === 'string' ? me : null;
}

/**
 * Knows who is signed in. The session itself is the server's HttpOnly cookie; this only asks `me`
 * once at start and remembers the answer of each sign-in, so no token lives in JavaScript. When the
 * server cannot be reached at start, the one last signed in here stays signed in (offline start).
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const who = await api.call('me');
      remember(who);
      setMe(who);
      return who;
    } catch (error) {
      // The server out of reach is not a sign-out: the register keeps selling as who was signed in.
      const known = error instanceof ApiError && error.retryable ? recalled() : null;
      if (!known) remember(null);
      setMe(known);
      return known;
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
    remember(null);
    setMe(null);
  }, []);

  const signedIn = useCallback((who: Me) => {
    remember(who);
    setMe(who);
  }, []);

  const value = useMemo<Session>(
    () => ({ me, signedIn, signOut, refresh }),
    [me, signedIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
