import type { Me } from '@kassa/api';
import { createContext } from 'react';

/** Who is signed in: `undefined` while the first check runs, `null` when nobody is. */
export type Session = {
  readonly me: Me | null | undefined;
  /** Records a fresh sign-in (password or PIN). */
  readonly signedIn: (me: Me) => void;
  /** Ends the session on the server (best effort) and here. */
  readonly signOut: () => Promise<void>;
  /** Asks the server again, e.g. after a 401 from another call. */
  readonly refresh: () => Promise<Me | null>;
};

export const SessionContext = createContext<Session>({
  me: undefined,
  signedIn: () => {},
  signOut: async () => {},
  refresh: async () => null,
});
