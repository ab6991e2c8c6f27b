import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The built web app (packages/web/dist). This file sits one level below packages/cli, exactly like
 * the bundle packages/cli/dist/kassa.js that esbuild inlines it into, so the same relative URL
 * works both from source (tsx) and from the bundle. Keep it at src/ top level for that reason.
 */
export function resolveWebRoot(): { readonly path: string; readonly built: boolean } {
  const path = fileURLToPath(new URL('../../web/dist', import.meta.url));
  return { path, built: existsSync(`${path}/index.html`) };
}
