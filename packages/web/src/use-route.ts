import { useSyncExternalStore } from 'react';

/** The current location as the app routes on it. */
export type Location = { readonly path: string; readonly search: string };

const NAVIGATE_EVENT = 'kassa:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// useSyncExternalStore compares snapshots by identity, so keep one object per distinct URL.
let cached: Location = { path: '', search: '' };
function snapshot(): Location {
  const { pathname, search } = window.location;
  if (cached.path !== pathname || cached.search !== search) cached = { path: pathname, search };
  return cached;
}

/** Goes to a same-origin path with the History API (no reload). */
export function navigate(to: string, options: { readonly replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current path and query; re-renders on navigation and on back/forward. */
export function useRoute(): Location {
  return useSyncExternalStore(subscribe, snapshot);
}
