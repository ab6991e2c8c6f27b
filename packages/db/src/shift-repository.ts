import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, toJsonText } from './json-text';
import { prepareQuery } from './prepared-query';
import type { CashMovementsTable, Schema, ShiftsTable } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A denomination and how many of it were counted (see core `countCash`). */
export interface CountLine {
  denomination: number;
  count: number;
}

/** A register's shift (交班). */
export interface Shift {
  id: string;
  storeId: string;
  registerId: string;
  status: 'open' | 'closed';
  openedBy: string;
  openedAt: number;
  businessDate: string;
  openingFloat: number;
  openingCount: CountLine[];
  closedBy: string | null;
  closedAt: number | null;
  countedCash: number | null;
  closingCount: CountLine[] | null;
  /** The close report as frozen at close (core `ClosedShiftSummary`), or null while open. */
  summary: unknown;
  zReportId: string | null;
}

export type NewShift = Pick<
  Shift,
  'id' | 'storeId' | 'registerId' | 'openedBy' | 'openedAt' | 'businessDate' | 'openingFloat' | 'openingCount'
>;

/** What closing a shift records. */
export type ShiftClosing = {
  closedBy: string;
  closedAt: number;
  countedCash: number;
  closingCount: CountLine[];
  summary: unknown;
};

/** Cash into or out of the drawer, or a no-sale opening (amount 0). */
export interface CashMovement {
  id: string;
  shiftId: string;
  kind: 'cash_in' | 'cash_out' | 'no_sale';
  amount: number;
  reason: string;
  staffId: string;
  at: number;
}

/** The sums a shift report is made of (see core `ShiftFacts`), read from the ledgers. */
export interface ShiftLedgerSums {
  sales: {
    count: number;
    subtotal: number;
    discountTotal: number;
    taxTotal: number;
    netTotal: number;
    total: number;
    cashRounding: number;
    change: number;
  };
  tenders: { kind: string; count: number; amount: number }[];
  cashIn: number;
  cashOut: number;
  noSaleCount: number;
}

/** 'id' for a replayed shift id, 'open_shift' when the register already has an open shift. */
export type ShiftUniqueConstraint = 'id' | 'open_shift';

/** Shifts and the cash movements of their drawers. */
export interface ShiftRepository {
  /** Opens a shift; throws `UniqueViolationError<ShiftUniqueConstraint>`. */
  open(shift: NewShift): Promise<void>;
  get(id: string): Promise<Shift | undefined>;
  /** The register's open shift, if any. */
  openOf(registerId: string): Promise<Shift | undefined>;
  /** The business date of `shiftId` when it is open on `registerId`, else undefined (every sale checks). */
  openShiftDate(shiftId: string, registerId: string): Promise<string | undefined>;
  /** The business date of `shiftId` on `registerId` and whether it is still open; undefined for no such shift. */
  shiftDate(
    shiftId: string,
    registerId: string,
  ): Promise<{ businessDate: string; open: boolean } | undefined>;
  /** Closes an open shift; false when it was not open any more (a concurrent close won). */
  close(id: string, closing: ShiftClosing): Promise<boolean>;
  /** The register's closed shifts that no Z report covers yet, oldest first. */
  closedWithoutZ(registerId: string): Promise<Shift[]>;
  /** The stores' shifts opened on business dates `from`…`to`, oldest first. */
  listOf(storeIds: readonly string[], from: string, to: string): Promise<Shift[]>;
  /** Marks shifts as covered by a Z report. */
  coverByZ(shiftIds: readonly string[], zReportId: string): Promise<void>;
  /** Records a cash movement; throws `UniqueViolationError<'id'>` for a replayed id. */
  addCashMovement(movement: CashMovement): Promise<void>;
  getCashMovement(id: string): Promise<CashMovement | undefined>;
  /** The shift's sales (not training ones), tenders and cash movements, summed. */
  sums(shiftId: string): Promise<ShiftLedgerSums>;
}

const shiftConstraints = {
  shifts_pkey: 'id',
  shifts_one_open_per_register: 'open_shift',
} as const satisfies Record<string, ShiftUniqueConstraint>;

// Every sale checks its shift: prepared (see prepareQuery).
const shiftDateQuery = prepareQuery((db, params: { shiftId: string; registerId: string }) =>
  db
    .selectFrom('shifts')
    .select(['business_date', 'status'])
    .where('id', '=', params.shiftId)
    .where('register_id', '=', params.registerId),
);

/** Shifts on `db`, which may be a transaction. */
export function createShiftRepository(db: Kysely<Schema>): ShiftRepository {
  return {
    open: (shift) =>
      translateUniqueViolation(shiftConstraints, async () => {
        await db
          .insertInto('shifts')
          .values({
            id: shift.id,
            store_id: shift.storeId,
            register_id: shift.registerId,
            status: 'open',
            opened_by: shift.openedBy,
            opened_at: shift.openedAt,
            business_date: shift.businessDate,
            opening_float: shift.openingFloat,
            opening_count_json: toJsonText(shift.openingCount),
            closed_by: null,
            closed_at: null,
            counted_cash: null,
            closing_count_json: null,
            summary_json: null,
            z_report_id: null,
          })
          .execute();
      }),
    async get(id) {
      const row = await db.selectFrom('shifts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toShift(row);
    },
    async openOf(registerId) {
      const row = await db
        .selectFrom('shifts')
        .selectAll()
        .where('register_id', '=', registerId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return row && toShift(row);
    },
    async close(id, closing) {
      const result = await db
        .updateTable('shifts')
        .set({
          status: 'closed',
          closed_by: closing.closedBy,
          closed_at: closing.closedAt,
          counted_cash: closing.countedCash,
          closing_count_json: toJsonText(closing.closingCount),
          summary_json: toJsonText(closing.summary),
        })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async openShiftDate(shiftId, registerId) {
      const [row] = await shiftDateQuery.execute(db, { shiftId, registerId });
      return row?.status === 'open' ? row.business_date : undefined;
    },
    async shiftDate(shiftId, registerId) {
      const [row] = await shiftDateQuery.execute(db, { shiftId, registerId });
      return row && { businessDate: row.business_date, open: row.status === 'open' };
    },
    async closedWithoutZ(registerId) {
      const rows = await db
        .selectFrom('shifts')
        .selectAll()
        .where('register_id', '=', registerId)
        .where('status', '=', 'closed')
        .where('z_report_id', 'is', null)
        .orderBy('opened_at')
        .orderBy('id')
        .execute();
      return rows.map(toShift);
    },
    async listOf(storeIds, from, to) {
      if (storeIds.length === 0) return [];
      const rows = await db
        .selectFrom('shifts')
        .selectAll()
        .where('store_id', 'in', [...storeIds])
        .where('business_date', '>=', from)
        .where('business_date', '<=', to)
        .orderBy('opened_at')
        .orderBy('id')
        .execute();
      return rows.map(toShift);
    },
    async coverByZ(shiftIds, zReportId) {
      if (shiftIds.length === 0) return;
      await db.updateTable('shifts').set({ z_report_id: zReportId }).where('id', 'in', shiftIds).execute();
    },
    addCashMovement: (movement) =>
      translateUniqueViolation({ cash_movements_pkey: 'id' } as const, async () => {
        await db
          .insertInto('cash_movements')
          .values({
            id: movement.id,
            shift_id: movement.shiftId,
            kind: movement.kind,
            amount: movement.amount,
            reason: movement.reason,
            staff_id: movement.staffId,
            at: movement.at,
          })
          .execute();
      }),
    async getCashMovement(id) {
      const row = await db.selectFrom('cash_movements').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCashMovement(row);
    },
    async sums(shiftId) {
      const sales = await db
        .selectFrom('sales')
        .where('shift_id', '=', shiftId)
        // Training sales moved no money: the drawer and the reports leave them out.
        .where('training', '=', 0)
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>('subtotal'), eb.lit(0)).as('subtotal'),
          eb.fn.coalesce(eb.fn.sum<number>('discount_total'), eb.lit(0)).as('discount_total'),
          eb.fn.coalesce(eb.fn.sum<number>('tax_total'), eb.lit(0)).as('tax_total'),
          eb.fn.coalesce(eb.fn.sum<number>('net_total'), eb.lit(0)).as('net_total'),
          eb.fn.coalesce(eb.fn.sum<number>('total'), eb.lit(0)).as('total'),
          eb.fn.coalesce(eb.fn.sum<number>('cash_rounding'), eb.lit(0)).as('cash_rounding'),
          eb.fn.coalesce(eb.fn.sum<number>('change_total'), eb.lit(0)).as('change_total'),
        ])
        .executeTakeFirstOrThrow();
      const tenders = await db
        .selectFrom('sale_tenders')
        .innerJoin('sales', 'sales.id', 'sale_tenders.sale_id')
        .where('sales.shift_id', '=', shiftId)
        .where('sales.training', '=', 0)
        .groupBy('sale_tenders.kind')
        .orderBy('sale_tenders.kind')
        .select((eb) => [
          'sale_tenders.kind',
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>('sale_tenders.amount'), eb.lit(0)).as('amount'),
        ])
        .execute();
      const cash = await db
        .selectFrom('cash_movements')
        .where('shift_id', '=', shiftId)
        .groupBy('kind')
        .select((eb) => [
          'kind',
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('amount'),
        ])
        .execute();
      const cashOf = (kind: CashMovement['kind']) => cash.find((row) => row.kind === kind);
      return {
        sales: {
          count: sales.count,
          subtotal: sales.subtotal,
          discountTotal: sales.discount_total,
          taxTotal: sales.tax_total,
          netTotal: sales.net_total,
          total: sales.total,
          cashRounding: sales.cash_rounding,
          change: sales.change_total,
        },
        tenders: tenders.map((row) => ({ kind: row.kind, count: row.count, amount: row.amount })),
        cashIn: cashOf('cash_in')?.amount ?? 0,
        cashOut: cashOf('cash_out')?.amount ?? 0,
        noSaleCount: cashOf('no_sale')?.count ?? 0,
      };
    },
  };
}

function toShift(row: Selectable<ShiftsTable>): Shift {
  return {
    id: row.id,
    storeId: row.store_id,
    registerId: row.register_id,
    status: row.status,
    openedBy: row.opened_by,
    openedAt: row.opened_at,
    businessDate: row.business_date,
    openingFloat: row.opening_float,
    openingCount: fromJsonText(row.opening_count_json) as CountLine[],
    closedBy: row.closed_by,
    closedAt: row.closed_at,
    countedCash: row.counted_cash,
    closingCount: fromJsonText(row.closing_count_json) as CountLine[] | null,
    summary: fromJsonText(row.summary_json),
    zReportId: row.z_report_id,
  };
}

function toCashMovement(row: Selectable<CashMovementsTable>): CashMovement {
  return {
    id: row.id,
    shiftId: row.shift_id,
    kind: row.kind,
    amount: row.amount,
    reason: row.reason,
    staffId: row.staff_id,
    at: row.at,
  };
}
