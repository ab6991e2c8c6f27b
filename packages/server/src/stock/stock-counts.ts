import type {
  StockCount as ApiStockCount,
  StockCountBody,
  StockCountPage,
  StockCountQuery,
} from '@kassa/api';
import { canonicalJson, lineAmount } from '@kassa/core';
import {
  createCategoryRepository,
  createProductRepository,
  createStockCountRepository,
  createStockRepository,
  type StockCount,
  UniqueViolationError,
} from '@kassa/db';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { numberedPage } from '../http/numbered-page';
import { type KassaContext, transact } from '../kassa-context';
import { nodeSha256Hex } from '../sales/node-sha256-hex';
import { loadSaleProducts } from '../sales/sale-products';
import { staffNames } from '../staff/staff-names';
import { visibleStore } from '../stores/visible-store';
import { openLocation, trackedProducts } from './stock-document';

/**
 * Starts counting a location of the store, all of it or one category of goods; one count at a time
 * per location. Audited. The same id with the same body answers the first count.
 * @throws HttpError `store_not_found`, `stock_location_not_found`, `stock_location_closed`,
 * `validation_failed` (unknown category), `stock_count_in_progress`, `idempotency_conflict`.
 */
export async function startStockCount(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  body: z.output<typeof StockCountBody>,
): Promise<ApiStockCount> {
  const store = await visibleStore(ctx, auth, storeId);
  const requestHash = nodeSha256Hex(canonicalJson(body));
  const replay = async () => {
    const earlier = await createStockCountRepository(ctx.db).get(body.id);
    if (earlier && (earlier.requestHash !== requestHash || earlier.storeId !== store.id)) {
      throw new HttpError('idempotency_conflict');
    }
    return earlier && toApiStockCount(ctx, auth, earlier);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  await openLocation(ctx, store.id, body.locationId);
  if (body.categoryId !== null && !(await createCategoryRepository(ctx.db).get(body.categoryId))) {
    throw new HttpError('validation_failed', undefined, [
      { path: 'categoryId', message: 'unknown category' },
    ]);
  }
  try {
    const count = await transact(ctx, async (tx) => {
      const counts = createStockCountRepository(tx.db);
      const count = {
        ...body,
        number: await counts.takeNumber(),
        storeId: store.id,
        status: 'counting' as const,
        startedBy: auth.staffId,
        startedAt: tx.clock(),
        postedBy: null,
        postedAt: null,
        requestHash,
      };
      await counts.insert(count);
      await recordAudit(tx, {
        action: 'stock_count.started',
        staffId: auth.staffId,
        storeId: store.id,
        targetType: 'stock_count',
        targetId: count.id,
        detail: { number: count.number, locationId: count.locationId, categoryId: count.categoryId },
      });
      return { ...count, lines: [] };
    });
    return toApiStockCount(ctx, auth, count);
  } catch (error) {
    if (!(error instanceof UniqueViolationError)) throw error;
    if (error.constraint === 'location') throw new HttpError('stock_count_in_progress');
    const first = await replay();
    if (!first) throw new HttpError('idempotency_conflict');
    return first;
  }
}

/**
 * Records the caller's tallies: each the whole quantity this counter found of a product (sent again,
 * it replaces the last). A product's snapshot — what the system holds at the location — is taken
 * the first time anyone counts it, so sales after that moment do not count as a difference.
 * @throws HttpError `stock_count_not_found`, `stock_count_closed`, `product_not_found`,
 * `stock_untracked`, `stock_count_out_of_scope`.
 */
export async function countStock(
  ctx: KassaContext,
  auth: AuthSession,
  countId: string,
  entries: readonly { readonly productId: string; readonly quantity: number }[],
): Promise<ApiStockCount> {
  const count = await visibleCount(ctx, auth, countId);
  await trackedProducts(
    ctx,
    entries.map((entry) => entry.productId),
  );
  if (count.categoryId !== null) {
    const products = createProductRepository(ctx.db);
    for (const entry of entries) {
      if ((await products.get(entry.productId))?.categoryId !== count.categoryId) {
        throw new HttpError('stock_count_out_of_scope', { productId: entry.productId });
      }
    }
  }
  const counted = await transact(ctx, async (tx) => {
    const counts = createStockCountRepository(tx.db);
    await counts.lock(countId);
    if ((await counts.get(countId))?.status !== 'counting') throw new HttpError('stock_count_closed');
    const stock = createStockRepository(tx.db);
    const at = tx.clock();
    for (const entry of entries) {
      await counts.snapshot(
        countId,
        entry.productId,
        await stock.getOnHand(count.locationId, entry.productId),
        at,
      );
      await counts.setTally(countId, entry.productId, {
        staffId: auth.staffId,
        quantity: entry.quantity,
        countedAt: at,
      });
    }
    return counts.get(countId);
  });
  if (!counted) throw new HttpError('stock_count_not_found');
  return toApiStockCount(ctx, auth, counted);
}

/**
 * A count of a store the caller may see; the same 404 otherwise.
 * @throws HttpError `stock_count_not_found`.
 */
export async function visibleCount(
  ctx: KassaContext,
  auth: AuthSession,
  countId: string,
): Promise<StockCount> {
  const count = await createStockCountRepository(ctx.db).get(countId);
  if (!count || !canSeeStore(auth, count.storeId)) throw new HttpError('stock_count_not_found');
  return count;
}

/** A store's counts, newest first, a page at a time. */
export async function listStockCounts(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  query: z.output<typeof StockCountQuery>,
): Promise<StockCountPage> {
  const store = await visibleStore(ctx, auth, storeId);
  return numberedPage(
    query,
    (beforeNumber, limit) =>
      createStockCountRepository(ctx.db).list(store.id, { status: query.status, beforeNumber, limit }),
    (page) => page.map(({ requestHash: _, ...count }) => count),
  );
}

/**
 * A count as the API shows it to the caller: every tally, and — for those who approve, or when the
 * count is not blind — what the system expects and the differences at cost. While counting, the
 * in-scope products nobody counted yet are listed too (they would post as 0).
 */
export async function toApiStockCount(
  ctx: KassaContext,
  auth: AuthSession,
  count: StockCount,
): Promise<ApiStockCount> {
  const sees = !count.blind || auth.permissions.has('stock.count_approve');
  const uncounted =
    count.status === 'counting' && sees ? await createStockCountRepository(ctx.db).uncounted(count) : [];
  const products = await loadSaleProducts(ctx.db, [
    ...count.lines.map((line) => line.productId),
    ...uncounted.map((line) => line.productId),
  ]);
  const lines: ApiStockCount['lines'] = [
    ...count.lines.map((line) => {
      const counted = line.tallies.reduce((sum, tally) => sum + tally.quantity, 0);
      return { line, counted, expected: line.expected, variance: line.posted ?? counted - line.expected };
    }),
    ...uncounted.map((level) => ({
      line: { productId: level.productId, tallies: [] },
      counted: null,
      expected: level.onHand,
      variance: -level.onHand,
    })),
  ].map(({ line, counted, expected, variance }) => {
    const product = products.get(line.productId);
    const cost = product?.cost ?? null;
    return {
      productId: line.productId,
      sku: product?.sku ?? '',
      name: product?.name ?? '',
      unit: product?.unit ?? 'piece',
      counted: counted === null && count.status === 'posted' ? 0 : counted,
      tallies: line.tallies,
      expected: sees ? expected : null,
      variance: sees ? variance : null,
      varianceValue: sees && cost !== null ? signedLineAmount(cost, variance) : null,
    };
  });
  const { requestHash: _, lines: __, ...fields } = count;
  return {
    ...fields,
    staffNames: await staffNames(ctx, [
      count.startedBy,
      count.postedBy,
      ...count.lines.flatMap((line) => line.tallies.map((tally) => tally.staffId)),
    ]),
    lines,
    varianceValue: sees ? lines.reduce((sum, line) => sum + (line.varianceValue ?? 0), 0) : null,
  };
}

/** A signed quantity's value, rounded half away from zero like a positive one. */
function signedLineAmount(cost: number, quantity: number): number {
  return quantity < 0 ? -lineAmount(cost, -quantity) : lineAmount(cost, quantity);
}
