import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/session-policy';

/** The session token of a request: `Authorization: Bearer <token>` first, else the session cookie. */
export function requestToken(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? null;
  }
  return getCookie(c, SESSION_COOKIE) ?? null;
}
