import type { SyncChanges } from '@kassa/api';
import {
  createCategoryRepository,
  createEventRepository,
  createStoreRepository,
  createTaxClassRepository,
} from '@kassa/db';
import { HttpError } from '../../http/http-error';
import type { KassaContext } from '../../kassa-context';
import { toApiStore } from '../../stores/store-view';
import { createCatalogChangeReader } from './catalog-change-reader';
import { decodeSyncCursor, encodeSyncCursor, type SyncPosition } from './sync-cursor';

/** What a pull asks for: after which cursor (none: everything), and how many products at most. */
export type PullRequest = { readonly since?: string | undefined; readonly limit: number };

/**
 * One page of a store's catalogue for a register (DESIGN.md §5, pull). Without a cursor it starts a
 * full snapshot: store settings, categories and tax classes, then the active products in id order,
 * page after page. With one it answers what changed after it, read from the event log.
 *
 * Why nothing is missed with writers committing meanwhile: every catalogue write appends its event
 * in its own transaction, and event seqs commit in seq order (event-repository.ts). A snapshot takes
 * the last committed seq *before* reading a single row; whatever commits later has a higher seq and
 * comes with the first delta after the snapshot (a row it already had comes again, and applying it
 * twice changes nothing). A delta reads the last committed seq first, then the events up to it, then
 * the rows: each row read is at least as new as its event.
 *
 * The caller has checked that the store may be seen.
 * @throws HttpError `invalid_sync_cursor` for a cursor this server did not make for this store, or
 * one ahead of its event log (a database restored from an older backup): the register starts over.
 */
export async function pullCatalogChanges(
  ctx: KassaContext,
  storeId: string,
  request: PullRequest,
): Promise<SyncChanges> {
  const lastSeq = await createEventRepository(ctx.db).lastSeq();
  if (request.since === undefined) {
    return snapshotPage(ctx, { storeId, seq: lastSeq, afterId: null }, lastSeq, request.limit);
  }
  const position = decodeSyncCursor(request.since);
  if (!position || position.storeId !== storeId || position.seq > lastSeq) {
    throw new HttpError('invalid_sync_cursor');
  }
  return position.kind === 'snapshot'
    ? snapshotPage(ctx, position, lastSeq, request.limit)
    : deltaPage(ctx, position, lastSeq, request.limit);
}

/**
 * A page of the snapshot taken from `seq`: the active products after `afterId`; the first page
 * (`afterId` null) also brings the store settings, categories and tax classes. `lastSeq` was read
 * before this page's rows.
 */
async function snapshotPage(
  ctx: KassaContext,
  position: { readonly storeId: string; readonly seq: number; readonly afterId: string | null },
  lastSeq: number,
  limit: number,
): Promise<SyncChanges> {
  const first = position.afterId === null;
  const settings = first ? await readSettings(ctx, position.storeId) : null;
  const products = await createCatalogChangeReader(ctx.db).activeProductsAfter(position.afterId, limit);
  const last = products.at(-1);
  const full = products.length === limit && last !== undefined;
  // The snapshot's end hands over to deltas from the seq read before it began.
  const next: SyncPosition = full
    ? { kind: 'snapshot', storeId: position.storeId, seq: position.seq, afterId: last.id }
    : { kind: 'delta', storeId: position.storeId, seq: position.seq };
  // Ask again at once while products remain, or when events were appended since the snapshot
  // began (sales too: the delta after it sorts them out, and is cheap).
  const more = full || lastSeq > position.seq;
  return {
    reset: first,
    store: settings?.store ?? null,
    categories: settings?.categories ?? null,
    taxClasses: settings?.taxClasses ?? null,
    products,
    nextCursor: encodeSyncCursor(next),
    more,
  };
}

/** The catalogue changes after `position.seq`, up to `lastSeq` (read before the events and rows). */
async function deltaPage(
  ctx: KassaContext,
  position: Extract<SyncPosition, { kind: 'delta' }>,
  lastSeq: number,
  limit: number,
): Promise<SyncChanges> {
  const reader = createCatalogChangeReader(ctx.db);
  const events = await reader.eventsAfter(position.storeId, position.seq, lastSeq, limit);
  const full = events.length === limit;
  const changed = (kind: string) => events.some((event) => event.kind === kind);
  const productIds = [...new Set(events.filter((e) => e.kind === 'product').map((e) => e.refId))];
  const [store, categories, taxClasses, products] = await Promise.all([
    changed('store') ? readStore(ctx, position.storeId) : null,
    changed('category') ? createCategoryRepository(ctx.db).list() : null,
    changed('taxClass') ? createTaxClassRepository(ctx.db).list() : null,
    reader.productsByIds(productIds),
  ]);
  // A full page ends at its last event; otherwise every seq up to `lastSeq` was looked at (sales
  // and shifts included), and the next pull starts there.
  const seq = full ? (events.at(-1)?.seq ?? lastSeq) : lastSeq;
  return {
    reset: false,
    store,
    categories,
    taxClasses,
    products,
    nextCursor: encodeSyncCursor({ kind: 'delta', storeId: position.storeId, seq }),
    more: full,
  };
}

async function readSettings(ctx: KassaContext, storeId: string) {
  const [store, categories, taxClasses] = await Promise.all([
    readStore(ctx, storeId),
    createCategoryRepository(ctx.db).list(),
    createTaxClassRepository(ctx.db).list(),
  ]);
  return { store, categories, taxClasses };
}

async function readStore(ctx: KassaContext, storeId: string) {
  const store = await createStoreRepository(ctx.db).get(storeId);
  if (!store) throw new HttpError('store_not_found');
  return toApiStore(store);
}
