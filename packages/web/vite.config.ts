import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The Kassa PWA. In development `/api` is proxied to the Kassa server (KASSA_PORT, default 8080), so
 * the session cookie stays same-origin exactly as in production, where the server serves `dist/`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
