import { decodeCursor, encodeCursor } from './page-cursor';

/**
 * A page of documents numbered per series (purchase orders, transfers, counts), newest first:
 * `read` gives up to `limit` of them before a number (from the top without one); the cursor is the
 * last number shown. One more than the page is read to know whether another follows.
 */
export async function numberedPage<T extends { readonly number: number }, U>(
  query: { readonly limit: number; readonly cursor?: string | undefined },
  read: (beforeNumber: number | undefined, limit: number) => Promise<T[]>,
  show: (page: T[]) => U[] | Promise<U[]>,
): Promise<{ items: U[]; nextCursor: string | null }> {
  const before =
    query.cursor === undefined ? undefined : decodeCursor(query.cursor, { number: 'number' }).number;
  const found = await read(before, query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await show(page),
    nextCursor: found.length > query.limit && last ? encodeCursor({ number: last.number }) : null,
  };
}
