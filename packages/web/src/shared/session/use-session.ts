import { useContext } from 'react';
import { type Session, SessionContext } from './session-context';

/** The current session (see {@link SessionProvider}). */
export function useSession(): Session {
  return useContext(SessionContext);
}
