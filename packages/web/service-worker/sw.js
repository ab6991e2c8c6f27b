// The Kassa service worker: the app starts with no network once it has loaded one time.
//
// The build puts this build's version and files into PRECACHE below (see
// vite.config.ts), so every release is a new worker that precaches its own files.
// Navigations go to the network first (a reachable server always serves the newest release) and
// fall back to the cached app; hashed assets come from the cache. The API is never cached here:
// what the register needs offline lives in its own store, and a stale answer is worse than none.

/** @type {{ version: string, files: string[] }} */
const PRECACHE = self.__KASSA_PRECACHE__;
const PREFIX = 'kassa-app-';
const CACHE = PREFIX + PRECACHE.version;
/** How long a navigation waits for the network before the cached app answers instead. */
const NAVIGATION_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: straight from the server, never an older copy from the HTTP cache.
      await cache.addAll(PRECACHE.files.map((file) => new Request(file, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** The network's answer, or null when it fails or takes longer than the timeout. */
async function fromNetwork(request, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(request, { signal: controller.signal });
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/r/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        const answer = await fromNetwork(request, NAVIGATION_TIMEOUT_MS);
        if (answer) return answer;
        return (await caches.match('/index.html', { cacheName: CACHE })) ?? Response.error();
      })(),
    );
    return;
  }
  event.respondWith((async () => (await caches.match(request, { cacheName: CACHE })) ?? fetch(request))());
});
