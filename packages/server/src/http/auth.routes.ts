import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { describeMe } from '../auth/describe-me';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../auth/session-policy';
import { type SignedIn, signInWithPassword, signInWithPin, signOut } from '../auth/sign-in';
import type { AppServices } from './app-services';
import { deviceTokenOf } from './device-headers';
import type { KassaEnv } from './kassa-env';
import type { RouteHandlers } from './route-handlers';

type AuthRoutes = Pick<RouteHandlers, 'health' | 'login' | 'pinLogin' | 'logout' | 'me'>;

/** Sets the HttpOnly session cookie the web app relies on (API callers use the bearer token). */
function answerSignedIn(c: Context<KassaEnv>, signedIn: SignedIn) {
  setCookie(c, SESSION_COOKIE, signedIn.token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
    secure: new URL(c.req.url).protocol === 'https:',
  });
  return { token: signedIn.token, expiresAt: signedIn.expiresAt, me: signedIn.me };
}

/** Health, sign-in and sign-out, and who is signed in. */
export function authRoutes(services: AppServices): AuthRoutes {
  const { ctx, authenticator, wrongPins } = services;
  return {
    health: async () => ({ status: 'ok', version: services.version }),
    login: async ({ body, c }) => answerSignedIn(c, await signInWithPassword(ctx, body)),
    pinLogin: async ({ body, c }) =>
      answerSignedIn(c, await signInWithPin(ctx, body, { token: deviceTokenOf(c), wrongPins })),
    logout: async ({ auth, c }) => {
      await signOut(ctx, auth.sessionId);
      authenticator.forget(auth.sessionId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return undefined;
    },
    me: ({ auth }) => describeMe(ctx, auth),
  };
}
