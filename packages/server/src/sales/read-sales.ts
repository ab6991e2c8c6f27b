import type { Sale as ApiSale, SaleSummary } from '@kassa/api';
import { createSaleRepository, createStaffRepository, type SaleCursor } from '@kassa/db';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { decodeCursor, encodeCursor } from '../http/page-cursor';
import type { KassaContext } from '../kassa-context';
import { visibleStore } from '../stores/visible-store';
import { toApiSale, toApiSaleSummary } from './sale-view';

/** The instants the API accepts (see `EpochMs`): the default range of a listing is all of them. */
const EARLIEST = 0;
const LATEST = 8_640_000_000_000_000;

async function staffNames(ctx: KassaContext, staffIds: Iterable<string>): Promise<Map<string, string>> {
  const staff = createStaffRepository(ctx.db);
  const names = new Map<string, string>();
  for (const id of new Set(staffIds)) names.set(id, (await staff.get(id))?.displayName ?? '');
  return names;
}

/** One sale with lines and tenders, when the caller may see its store; else 404 `sale_not_found`. */
export async function readSale(ctx: KassaContext, auth: AuthSession, id: string): Promise<ApiSale> {
  const sale = await readSaleById(ctx, id);
  if (!sale || !canSeeStore(auth, sale.storeId)) throw new HttpError('sale_not_found');
  return sale;
}

/** A sale by id whoever asks: only for a caller that proved its right otherwise (an e-receipt link). */
export async function readSaleById(ctx: KassaContext, id: string): Promise<ApiSale | undefined> {
  const sale = await createSaleRepository(ctx.db).get(id);
  if (!sale) return undefined;
  const names = await staffNames(ctx, [sale.staffId]);
  return toApiSale(sale, names.get(sale.staffId) ?? '');
}

/** A store's sales, newest first, between `from` (inclusive) and `to` (exclusive), a page at a time. */
export async function listSales(
  ctx: KassaContext,
  auth: AuthSession,
  query: {
    readonly storeId: string;
    readonly from?: number | undefined;
    readonly to?: number | undefined;
    readonly limit: number;
    readonly cursor?: string | undefined;
  },
): Promise<{ items: SaleSummary[]; nextCursor: string | null }> {
  const store = await visibleStore(ctx, auth, query.storeId);
  const before: SaleCursor | undefined =
    query.cursor === undefined
      ? undefined
      : decodeCursor(query.cursor, { createdAt: 'number', id: 'string' });
  const page = await createSaleRepository(ctx.db).listByStore(store.id, {
    from: query.from ?? EARLIEST,
    to: query.to ?? LATEST,
    limit: query.limit,
    ...(before ? { before } : {}),
  });
  const names = await staffNames(
    ctx,
    page.items.map((sale) => sale.staffId),
  );
  return {
    items: page.items.map((sale) => toApiSaleSummary(sale, names.get(sale.staffId) ?? '')),
    nextCursor: page.next ? encodeCursor({ createdAt: page.next.createdAt, id: page.next.id }) : null,
  };
}
