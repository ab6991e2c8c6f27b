/**
 * Whether the browser keeps this origin's storage (the offline catalogue, the outbox) until the
 * user clears it, rather than evicting it when the disk runs short: `refused` deserves a warning.
 */
export type StoragePersistence = 'granted' | 'refused' | 'unsupported';

type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>;

let asked: Promise<StoragePersistence> | null = null;

/**
 * Asks for persistent storage (`navigator.storage.persist()`), once per page: later calls share
 * the first answer. Chromium decides without a prompt (an installed app, or one used often, is
 * granted); Firefox asks the user once and remembers.
 */
export function requestStoragePersistence(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<StoragePersistence> {
  asked ??= askPersistence(storage);
  return asked;
}

/** The answer for `storage`, without the page-wide memo (tests). */
export async function askPersistence(storage: PersistableStorage | undefined): Promise<StoragePersistence> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}
