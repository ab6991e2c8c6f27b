import type { SyncChanges } from '@kassa/api';
import { errorCode } from '../../shared/errors/error-message';
import { type CatalogDb, savePage } from './catalog-db';
import { applyPage, type LocalCatalog } from './local-catalog';
import type { ProductChunks } from './product-chunks';

/** Asks the server for one page of changes (`GET /api/v1/sync/changes`). */
export type FetchChanges = (query: {
  readonly storeId: string;
  readonly since?: string;
  readonly limit: number;
}) => Promise<SyncChanges>;

/** The register asks for the largest pages the server gives: a first pull of 100k products is 100 requests. */
export const PULL_PAGE_SIZE = 1000;

/**
 * Where pulled pages are saved, and which stored chunk holds each product. `db` becomes null when a
 * save fails, for good: a later page saved after a lost one would leave a gap behind the stored
 * cursor.
 */
export type CatalogStorage = { db: CatalogDb | null; readonly chunks: ProductChunks };

/**
 * What a pull did: whether what the register sells from may have changed (its index is to be
 * built again: pages applied before a failure count too), and why it stopped early, if it did.
 */
export type PullOutcome = { readonly changed: boolean; readonly failure: unknown };

/**
 * Pulls a store's catalogue changes until the server has nothing more, applying each page to the
 * copy in memory and saving it, with its cursor, in one IndexedDB transaction. The next page is
 * asked for while one is saved (a first pull of 100k products is a hundred pages). When saving
 * fails (storage full, or taken away) pulls go on in memory only: the register keeps selling, and
 * the stored copy stays as it was at its last saved page, from where the next start resumes.
 *
 * A cursor the server no longer knows (`invalid_sync_cursor`: its database was restored, or this
 * copy belongs to another server) starts a full snapshot once; its first page replaces the copy.
 * Any other failure (the network, the server) ends the pull, the pages applied before it kept.
 */
export async function syncCatalog(options: {
  readonly storeId: string;
  readonly copy: LocalCatalog;
  readonly storage: CatalogStorage;
  readonly fetchChanges: FetchChanges;
  readonly now: () => number;
}): Promise<PullOutcome> {
  const { storeId, copy, storage, now } = options;
  const fetchAfter = (since: string | null) => {
    const asked = options.fetchChanges({
      storeId,
      limit: PULL_PAGE_SIZE,
      ...(since === null ? {} : { since }),
    });
    // Awaited in the next turn of the loop; until then a failure must not count as unhandled.
    asked.catch(() => undefined);
    return asked;
  };
  let changed = false;
  let restarted = false;
  let next = fetchAfter(copy.cursor);
  for (;;) {
    let page: SyncChanges;
    try {
      page = await next;
    } catch (error) {
      if (restarted || errorCode(error) !== 'invalid_sync_cursor') return { changed, failure: error };
      restarted = true;
      next = fetchAfter(null);
      continue;
    }
    if (page.more) next = fetchAfter(page.nextCursor);
    changed = applyPage(copy, page, now()) || changed;
    if (storage.db) {
      try {
        await savePage(storage.db, page, copy, storage.chunks);
      } catch {
        storage.db = null;
      }
    }
    if (!page.more) return { changed, failure: null };
  }
}
