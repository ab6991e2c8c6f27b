import type { RouteDef, RouteId, RouteOutput, RouteParsed, Routes } from '@kassa/api';
import type { Context } from 'hono';
import type { AuthSession } from '../auth/auth-session';
import type { KassaEnv } from './kassa-env';

/** What a route handler receives: validated input, the caller (never null on a guarded route) and the Hono context. */
export type HandlerContext<R extends RouteDef> = RouteParsed<R> & {
  readonly auth: R['access'] extends 'public' ? AuthSession | null : AuthSession;
  readonly c: Context<KassaEnv>;
  /** Answer with 200 instead of the route's 201 (a replayed create). */
  readonly replayed: () => void;
};

/** A handler of one route: validated input in, the route's typed output out. */
export type RouteHandler<R extends RouteDef> = (ctx: HandlerContext<R>) => Promise<RouteOutput<R>>;

/** One handler per route of the API: leaving one out is a type error. */
export type RouteHandlers = { readonly [K in RouteId]: RouteHandler<Routes[K]> };
