/**
 * Registers the service worker that lets the app start with no network (built releases only: in
 * development Vite serves modules the worker does not know). A browser without service workers, or
 * one that refuses (private mode), simply keeps needing the network to start.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
