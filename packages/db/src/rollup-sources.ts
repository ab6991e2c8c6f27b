import type { Kysely } from 'kysely';
import type { Sale } from './sale';
import type { SaleCursor } from './sale-repository';
import { toSaleHeader, toSaleLine, toSaleTender } from './sale-rows';
import type { Schema } from './schema';
import type { UnreceiptedReturn } from './unreceipted-return-repository';
import type { VoidedLine } from './void-repository';

/** A fact of a shift, with the shift's business date: rollups count it on that day. */
export interface ShiftFact {
  id: string;
  businessDate: string;
}

/** A void as rollups need it: who, where, when, and its lines' amounts. */
export interface VoidFact extends ShiftFact {
  registerId: string;
  staffId: string;
  at: number;
  lines: Pick<VoidedLine, 'amount'>[];
}

/** A return without a receipt as rollups need it: who, where, when, its tender and its lines as priced. */
export interface ReturnFact
  extends ShiftFact,
    Pick<UnreceiptedReturn, 'registerId' | 'staffId' | 'at' | 'tenderKind' | 'total'> {
  lines: Pick<
    UnreceiptedReturn['lines'][number],
    'productId' | 'quantity' | 'amount' | 'tax' | 'taxRatePpm' | 'unitCost'
  >[];
}

/** A no-sale drawer opening as rollups need it. */
export interface NoSaleFact extends ShiftFact {
  registerId: string;
  staffId: string;
  at: number;
}

/** The facts report rollups are rebuilt from (see ADR 0009), a store at a time. */
export interface RollupSources {
  /**
   * Up to `limit` of the store's non-training sales after `after` (null: from the first), in
   * (created_at, id) order, with lines and tenders. The order of `sales_store_created_idx`, so each
   * page is one index range however many sales the store has.
   */
  sales(storeId: string, after: SaleCursor | null, limit: number): Promise<Sale[]>;
  /**
   * The store's refunds in commit order: the order of their journal entries. Each is journaled in
   * its own transaction under the store's lock, after the sale's row lock that serializes refunds
   * of one sale, so this is the order the write path saw them in. Their times (`at`, register
   * clocks) can tie or run backwards when refunds arrive from offline registers.
   */
  refunds(storeId: string): Promise<ShiftFact[]>;
  /** The store's returns without a receipt, with their lines. */
  returns(storeId: string): Promise<ReturnFact[]>;
  voids(storeId: string): Promise<VoidFact[]>;
  noSales(storeId: string): Promise<NoSaleFact[]>;
}

/** Rollup sources on `db`. */
export function createRollupSources(db: Kysely<Schema>): RollupSources {
  return {
    async sales(storeId, after, limit) {
      let query = db
        .selectFrom('sales')
        .selectAll()
        .where('store_id', '=', storeId)
        .where('training', '=', 0);
      if (after) {
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '>', after.createdAt),
            eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
          ]),
        );
      }
      const headers = await query.orderBy('created_at').orderBy('id').limit(limit).execute();
      if (headers.length === 0) return [];
      const ids = headers.map((row) => row.id);
      const [lines, tenders] = await Promise.all([
        db.selectFrom('sale_lines').selectAll().where('sale_id', 'in', ids).orderBy('line_no').execute(),
        db.selectFrom('sale_tenders').selectAll().where('sale_id', 'in', ids).orderBy('tender_no').execute(),
      ]);
      const sales = new Map<string, Sale>(
        headers.map((row) => [row.id, { ...toSaleHeader(row), lines: [], tenders: [] }]),
      );
      for (const line of lines) sales.get(line.sale_id)?.lines.push(toSaleLine(line));
      for (const tender of tenders) sales.get(tender.sale_id)?.tenders.push(toSaleTender(tender));
      return [...sales.values()];
    },
    async refunds(storeId) {
      // Walks the store's journal (its primary key) and looks each refund up by id.
      const rows = await db
        .selectFrom('journal_entries')
        .innerJoin('refunds', 'refunds.id', 'journal_entries.ref_id')
        .innerJoin('shifts', 'shifts.id', 'refunds.shift_id')
        .select(['refunds.id', 'shifts.business_date'])
        .where('journal_entries.store_id', '=', storeId)
        .where('journal_entries.kind', '=', 'refund')
        .orderBy('journal_entries.seq')
        .execute();
      return rows.map((row) => ({ id: row.id, businessDate: row.business_date }));
    },
    async returns(storeId) {
      const [headers, lines] = await Promise.all([
        db
          .selectFrom('unreceipted_returns')
          .innerJoin('shifts', 'shifts.id', 'unreceipted_returns.shift_id')
          .select([
            'unreceipted_returns.id',
            'shifts.business_date',
            'unreceipted_returns.register_id',
            'unreceipted_returns.staff_id',
            'unreceipted_returns.at',
            'unreceipted_returns.tender_kind',
            'unreceipted_returns.total',
          ])
          .where('unreceipted_returns.store_id', '=', storeId)
          .orderBy('unreceipted_returns.id')
          .execute(),
        db
          .selectFrom('unreceipted_return_lines as line')
          .innerJoin('unreceipted_returns', 'unreceipted_returns.id', 'line.return_id')
          .select([
            'line.return_id',
            'line.product_id',
            'line.quantity',
            'line.amount',
            'line.tax',
            'line.tax_rate_ppm',
            'line.unit_cost',
          ])
          .where('unreceipted_returns.store_id', '=', storeId)
          .orderBy('line.return_id')
          .orderBy('line.line_no')
          .execute(),
      ]);
      const returns = new Map<string, ReturnFact>(
        headers.map((row) => [
          row.id,
          {
            id: row.id,
            businessDate: row.business_date,
            registerId: row.register_id,
            staffId: row.staff_id,
            at: row.at,
            tenderKind: row.tender_kind,
            total: row.total,
            lines: [],
          },
        ]),
      );
      for (const line of lines) {
        returns.get(line.return_id)?.lines.push({
          productId: line.product_id,
          quantity: line.quantity,
          amount: line.amount,
          tax: line.tax,
          taxRatePpm: line.tax_rate_ppm,
          unitCost: line.unit_cost,
        });
      }
      return [...returns.values()];
    },
    async voids(storeId) {
      const rows = await db
        .selectFrom('voids')
        .innerJoin('shifts', 'shifts.id', 'voids.shift_id')
        .select([
          'voids.id',
          'shifts.business_date',
          'voids.register_id',
          'voids.staff_id',
          'voids.at',
          'voids.lines_json',
        ])
        .where('voids.store_id', '=', storeId)
        .orderBy('voids.id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        businessDate: row.business_date,
        registerId: row.register_id,
        staffId: row.staff_id,
        at: row.at,
        lines: JSON.parse(row.lines_json) as VoidedLine[],
      }));
    },
    async noSales(storeId) {
      const rows = await db
        .selectFrom('cash_movements')
        .innerJoin('shifts', 'shifts.id', 'cash_movements.shift_id')
        .select([
          'cash_movements.id',
          'shifts.business_date',
          'shifts.register_id',
          'cash_movements.staff_id',
          'cash_movements.at',
        ])
        .where('shifts.store_id', '=', storeId)
        .where('cash_movements.kind', '=', 'no_sale')
        .orderBy('cash_movements.id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        businessDate: row.business_date,
        registerId: row.register_id,
        staffId: row.staff_id,
        at: row.at,
      }));
    },
  };
}
