import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const PLACEHOLDER = 'self.__KASSA_PRECACHE__';

/**
 * Emits `sw.js`, the service worker, with the files this build must precache for the app to start
 * offline: everything the build wrote (hashed assets, index.html) and the public files (manifest,
 * icons), but no source maps. Its version is a hash of that list (whose names carry content hashes)
 * and of index.html, so a release that changes anything is a new worker and an unchanged one is not.
 */
export function serviceWorker(options: { template: string; publicDir: string }): Plugin {
  return {
    name: 'kassa-service-worker',
    apply: 'build',
    // After every file is written: index.html is added to the bundle late, by Vite itself.
    writeBundle(output, bundle) {
      const built = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
      const publicFiles = readdirSync(options.publicDir);
      const files = [...new Set([...built, ...publicFiles])].map((name) => `/${name}`).sort();
      const hash = createHash('sha256').update(files.join('\n'));
      // index.html keeps its name across releases: its content goes into the version too.
      hash.update(readFileSync(join(output.dir ?? 'dist', 'index.html')));
      const version = hash.digest('hex').slice(0, 16);
      const template = readFileSync(options.template, 'utf8');
      if (!template.includes(PLACEHOLDER)) throw new Error(`${options.template} lacks ${PLACEHOLDER}`);
      const source = template.replace(PLACEHOLDER, JSON.stringify({ version, files }));
      writeFileSync(join(output.dir ?? 'dist', 'sw.js'), source);
    },
  };
}

/** Where the worker's template and the public files are, from the web package's root. */
export function serviceWorkerPaths(root: string): { template: string; publicDir: string } {
  return { template: join(root, 'service-worker', 'sw.js'), publicDir: join(root, 'public') };
}

/** The web package's version: the app sends it as `X-Kassa-Version` (see shared/device/app-version.ts). */
const appVersion = (
  JSON.parse(readFileSync(fileURLToPath(new URL('./package.json', import.meta.url)), 'utf8')) as {
    version: string;
  }
).version;

/**
 * The Kassa PWA. In development `/api` is proxied to the Kassa server (KASSA_PORT, default 8080), so
 * the session cookie stays same-origin exactly as in production, where the server serves `dist/`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), serviceWorker(serviceWorkerPaths(fileURLToPath(new URL('.', import.meta.url))))],
  define: { 'import.meta.env.VITE_KASSA_VERSION': JSON.stringify(appVersion) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The register is the first load (budget 300 KB gzip); the back office is a lazy chunk.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${process.env.KASSA_PORT ?? 8080}`, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${process.env.KASSA_PORT ?? 8080}`, changeOrigin: false },
    },
  },
});
