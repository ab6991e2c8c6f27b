import { routes } from '@kassa/api';
import type { Context } from 'hono';
import { errorResponse } from './error-handler';
import { isApiPath } from './web-app-files';

const patterns = Object.values(routes).map((route) => ({
  method: route.method as string,
  regex: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
}));

/**
 * Unknown API paths answer 404 `route_not_found`, or 405 `method_not_allowed` (with `Allow`) when
 * the path exists for other methods; other paths get a plain 404.
 */
export function notFound(c: Context): Response {
  const path = c.req.path;
  if (!isApiPath(path)) return c.text('Not found', 404);
  const allowed = patterns.filter((p) => p.regex.test(path)).map((p) => p.method);
  if (allowed.length > 0) {
    c.header('Allow', [...new Set(allowed)].join(', '));
    return errorResponse(c, 'method_not_allowed');
  }
  return errorResponse(c, 'route_not_found');
}
