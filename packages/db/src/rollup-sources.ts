import type { Kysely } from 'kysely';
import type { Sale } from './sale';
import { toSaleHeader, toSaleLine, toSaleTender } from './sale-rows';
import type { Schema } from './schema';
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

/** A no-sale drawer opening as rollups need it. */
export interface NoSaleFact extends ShiftFact {
  registerId: string;
  staffId: string;
  at: number;
}

/** The facts report rollups are rebuilt from (see ADR 0009), a store at a time. */
export interface RollupSources {
  /** Up to `limit` of the store's non-training sales after `afterId`, in id order, with lines and tenders. */
  sales(storeId: string, afterId: string, limit: number): Promise<Sale[]>;
  /** The store's refunds, in the order they were made (time, then id). */
  refunds(storeId: string): Promise<ShiftFact[]>;
  /** The store's returns without a receipt. */
  returns(storeId: string): Promise<ShiftFact[]>;
  voids(storeId: string): Promise<VoidFact[]>;
  noSales(storeId: string): Promise<NoSaleFact[]>;
}

/** Rollup sources on `db`. */
export function createRollupSources(db: Kysely<Schema>): RollupSources {
  return {
    async sales(storeId, afterId, limit) {
      const headers = await db
        .selectFrom('sales')
        .selectAll()
        .where('store_id', '=', storeId)
        .where('training', '=', 0)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
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
      const rows = await db
        .selectFrom('refunds')
        .innerJoin('shifts', 'shifts.id', 'refunds.shift_id')
        .select(['refunds.id', 'shifts.business_date'])
        .where('refunds.store_id', '=', storeId)
        .orderBy('refunds.at')
        .orderBy('refunds.id')
        .execute();
      return rows.map((row) => ({ id: row.id, businessDate: row.business_date }));
    },
    async returns(storeId) {
      const rows = await db
        .selectFrom('unreceipted_returns')
        .innerJoin('shifts', 'shifts.id', 'unreceipted_returns.shift_id')
        .select(['unreceipted_returns.id', 'shifts.business_date'])
        .where('unreceipted_returns.store_id', '=', storeId)
        .orderBy('unreceipted_returns.id')
        .execute();
      return rows.map((row) => ({ id: row.id, businessDate: row.business_date }));
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
