import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { KassaEnv } from './kassa-env';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** True for `/api` and everything under it: those paths never fall back to the web app. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Bundler output carries a content hash in its name (`index-3f9a2c1b.js`, `/assets/…`), so it can
 * be cached forever; anything else (index.html, the service worker, the manifest) must be
 * revalidated or a new release would never reach the registers.
 */
function cacheControlFor(path: string): string {
  if (
    path.startsWith('/assets/') ||
    /[.-][A-Za-z0-9_]{8,}\.(?:js|mjs|css|woff2?|png|svg|jpg|webp|wasm)$/.test(path)
  ) {
    return IMMUTABLE;
  }
  return 'no-cache';
}

/**
 * Serves the built web app from `webRoot`: files as they are (precompressed `.br`/`.gz` when the
 * client accepts them), and `index.html` for every other non-API GET so client-side routes
 * (`/register`, `/backoffice/products`) survive a reload.
 */
export function mountWebApp(app: Hono<KassaEnv>, webRoot: string): void {
  const files = serveStatic<KassaEnv>({ root: webRoot, precompressed: true });
  const index = serveStatic<KassaEnv>({ root: webRoot, path: 'index.html' });
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    c.header('Cache-Control', cacheControlFor(c.req.path));
    return files(c, next);
  });
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return index(c, next);
  });
}
