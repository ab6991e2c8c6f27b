import { isRawResponse, type RouteDef, type RouteId, routes } from '@kassa/api';
import type { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { AuthSession } from '../auth/auth-session';
import type { Authenticator } from '../auth/authenticator';
import { HttpError } from './http-error';
import type { KassaEnv } from './kassa-env';
import { readJsonBody } from './read-json-body';
import { requestToken } from './request-token';
import type { HandlerContext, RouteHandlers } from './route-handlers';
import { toFieldIssues } from './zod-issues';

/** `/api/v1/products/{id}` → `/api/v1/products/:id`. */
function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function parseWith(schema: z.ZodType | undefined, input: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(input);
  if (!result.success)
    throw new HttpError('validation_failed', undefined, toFieldIssues(result.error.issues));
  return result.data;
}

/** Answers 401 without a valid session, 403 when the role lacks the route's permission. */
function authorize(route: RouteDef, auth: AuthSession | null): void {
  if (route.access === 'public') return;
  if (!auth) throw new HttpError('unauthenticated');
  if (route.access !== 'authenticated' && !auth.permissions.has(route.access))
    throw new HttpError('forbidden');
}

/** A response that breaks its own schema is a server bug: a 500, never a 400 for the caller. */
function checkResponse(id: RouteId, schema: z.ZodType, result: unknown): void {
  const checked = schema.safeParse(result);
  if (!checked.success)
    throw new Error(`${id} answered off its schema: ${JSON.stringify(checked.error.issues)}`);
}

/** Fixed paths before parameterized ones, so `/products/lookup` is never taken for `/products/{id}`. */
function paramCount(route: RouteDef): number {
  return (route.path.match(/\{/g) ?? []).length;
}

/**
 * Mounts every route of the API table: authenticate (bearer or cookie), authorize the route's
 * access, validate params, query and body with the route's schemas, call the typed handler and
 * answer with the route's status (204 for routes without a response body). With
 * `validateResponses` (tests) every JSON answer is also checked against the route's response schema.
 */
export function mountRoutes(
  app: Hono<KassaEnv>,
  handlers: RouteHandlers,
  options: { readonly authenticator: Authenticator; readonly validateResponses?: boolean },
): void {
  const entries = (Object.entries(routes) as [RouteId, RouteDef][]).sort(
    ([, a], [, b]) => paramCount(a) - paramCount(b),
  );
  for (const [id, route] of entries) {
    const handler = handlers[id] as unknown as (ctx: HandlerContext<RouteDef>) => Promise<unknown>;
    app.on(route.method, toHonoPath(route.path), async (c) => {
      const token = requestToken(c);
      const auth = token === null ? null : await options.authenticator.resolve(token);
      authorize(route, auth);
      const params = parseWith(route.params, c.req.param());
      const query = parseWith(route.query, c.req.query());
      const body = route.body ? parseWith(route.body, await readJsonBody(c)) : undefined;
      let status: 200 | 201 = route.status ?? 200;
      const result = await handler({
        params,
        query,
        body,
        auth: auth as AuthSession,
        c,
        replayed: () => {
          status = 200;
        },
      } as HandlerContext<RouteDef>);
      const response = route.response;
      if (response === null) return c.body(null, 204);
      if (isRawResponse(response)) return result as Response;
      if (options.validateResponses) checkResponse(id, response, result);
      return c.json(result, status as ContentfulStatusCode);
    });
  }
}
