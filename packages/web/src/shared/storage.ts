/** The part of the Web Storage API Kassa uses; tests pass {@link createMemoryStorage}. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** An in-memory storage: for tests, and the fallback when localStorage is unavailable. */
export function createMemoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  readonly data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, String(value));
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

function detectLocalStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage) return storage;
  } catch {
    // Some privacy modes throw on access: the app still works, settings just do not persist.
  }
  return createMemoryStorage();
}

/** The browser's localStorage (or an in-memory stand-in where there is none). */
export const browserStorage: KeyValueStorage = detectLocalStorage();

/** Reads a JSON value; a missing or corrupt entry reads as `undefined` rather than throwing. */
export function readJson(storage: KeyValueStorage, key: string): unknown {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes a JSON value. */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): void {
  storage.setItem(key, JSON.stringify(value));
}
