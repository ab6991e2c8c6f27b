import type { Insertable, Kysely } from 'kysely';
import { inTransaction } from './in-transaction';
import { prepareQuery } from './prepared-query';
import type { NewSale, Sale, SaleHeader } from './sale';
import {
  toSaleHeader,
  toSaleLine,
  toSaleLineRow,
  toSaleRow,
  toSaleTender,
  toSaleTenderRow,
} from './sale-rows';
import type { SaleLinesTable, SalesTable, SaleTendersTable, Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** Where a page of sales ended: pass it back as `before` for the next (older) page. */
export interface SaleCursor {
  createdAt: number;
  id: string;
}

/** Options of {@link SaleRepository.listByStore}. */
export interface SaleListing {
  /** Inclusive lower bound on `createdAt`. */
  from: number;
  /** Exclusive upper bound on `createdAt`. */
  to: number;
  /** Page size, 1 to 500. */
  limit: number;
  before?: SaleCursor;
}

/** One page of sales, newest first. */
export interface SalePage {
  items: SaleHeader[];
  /** Undefined on the last page. */
  next: SaleCursor | undefined;
}

/** Which unique sale key an insert collided with: a replayed id, or a reused receipt number. */
export type SaleUniqueConstraint = 'id' | 'receipt_no';

/** Completed sales. Never updated: corrections are refunds and voids, recorded as their own facts. */
export interface SaleRepository {
  /** Records a sale with its lines and tenders; throws `UniqueViolationError<SaleUniqueConstraint>`. */
  insert(sale: NewSale): Promise<void>;
  get(id: string): Promise<Sale | undefined>;
  /**
   * The request hash a sale was recorded with, to tell a retried push (same hash) from a
   * conflicting one reusing the id (different hash).
   */
  getRequestHash(id: string): Promise<string | undefined>;
  /** The id of the sale with this receipt number (unique across stores: it starts with the store code). */
  idByReceiptNo(receiptNo: string): Promise<string | undefined>;
  /** How many times the sale's receipt went to a printer. */
  receiptPrints(id: string): Promise<number>;
  /** Counts a print of the sale's receipt; answers the count with it (1: it was the original). */
  countPrint(id: string): Promise<number>;
  /** Locks the sale's row until the transaction ends: refunds of one sale happen one after another. */
  lock(id: string): Promise<void>;
  listByStore(storeId: string, listing: SaleListing): Promise<SalePage>;
}

const uniqueConstraints = {
  sales_pkey: 'id',
  sales_receipt_no_unique: 'receipt_no',
} as const satisfies Record<string, SaleUniqueConstraint>;

const maxPageSize = 500;
// Keeps multi-row inserts under the bound-parameter limits (SQLite 32766, PostgreSQL 65535).
const rowsPerInsert = 500;

// Completing a sale is the hot path: its inserts are prepared (see prepareQuery).
const insertSaleQuery = prepareQuery((db, params: { row: Insertable<SalesTable> }) =>
  db.insertInto('sales').values(params.row),
);
const insertLinesQuery = prepareQuery((db, params: { rows: Insertable<SaleLinesTable>[] }) =>
  db.insertInto('sale_lines').values(params.rows),
);
const insertTendersQuery = prepareQuery((db, params: { rows: Insertable<SaleTendersTable>[] }) =>
  db.insertInto('sale_tenders').values(params.rows),
);

/** Sales on `db`, which may be a transaction. */
export function createSaleRepository(db: Kysely<Schema>): SaleRepository {
  return {
    insert: (sale) =>
      translateUniqueViolation(uniqueConstraints, () =>
        inTransaction(db, async (trx) => {
          await insertSaleQuery.execute(trx, { row: toSaleRow(sale) });
          for (const lines of chunks(sale.lines)) {
            await insertLinesQuery.execute(trx, { rows: lines.map((line) => toSaleLineRow(sale.id, line)) });
          }
          for (const tenders of chunks(sale.tenders)) {
            await insertTendersQuery.execute(trx, {
              rows: tenders.map((tender) => toSaleTenderRow(sale.id, tender)),
            });
          }
        }),
      ),
    async get(id) {
      const row = await db.selectFrom('sales').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const [lines, tenders] = await Promise.all([
        db.selectFrom('sale_lines').selectAll().where('sale_id', '=', id).orderBy('line_no').execute(),
        db.selectFrom('sale_tenders').selectAll().where('sale_id', '=', id).orderBy('tender_no').execute(),
      ]);
      return { ...toSaleHeader(row), lines: lines.map(toSaleLine), tenders: tenders.map(toSaleTender) };
    },
    async getRequestHash(id) {
      const row = await db.selectFrom('sales').select('request_hash').where('id', '=', id).executeTakeFirst();
      return row?.request_hash;
    },
    async idByReceiptNo(receiptNo) {
      const row = await db
        .selectFrom('sales')
        .select('id')
        .where('receipt_no', '=', receiptNo)
        .executeTakeFirst();
      return row?.id;
    },
    async receiptPrints(id) {
      const row = await db
        .selectFrom('sales')
        .select('receipt_prints')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.receipt_prints ?? 0;
    },
    async countPrint(id) {
      const row = await db
        .updateTable('sales')
        .set((eb) => ({ receipt_prints: eb('receipt_prints', '+', 1) }))
        .where('id', '=', id)
        .returning('receipt_prints')
        .executeTakeFirstOrThrow();
      return row.receipt_prints;
    },
    async lock(id) {
      await db
        .updateTable('sales')
        .set((eb) => ({ line_count: eb.ref('line_count') }))
        .where('id', '=', id)
        .execute();
    },
    async listByStore(storeId, listing) {
      const limit = Math.min(Math.max(Math.trunc(listing.limit), 1), maxPageSize);
      const before = listing.before;
      let select = db
        .selectFrom('sales')
        .selectAll()
        .where('store_id', '=', storeId)
        .where('created_at', '>=', listing.from)
        .where('created_at', '<', listing.to)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (before) {
        select = select.where((eb) =>
          eb.or([
            eb('created_at', '<', before.createdAt),
            eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)]),
          ]),
        );
      }
      const rows = await select.execute();
      const items = rows.slice(0, limit).map(toSaleHeader);
      const last = items.at(-1);
      return {
        items,
        next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : undefined,
      };
    },
  };
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += rowsPerInsert) {
    yield items.slice(start, start + rowsPerInsert);
  }
}
