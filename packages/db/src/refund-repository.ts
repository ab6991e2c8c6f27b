import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A refund as recorded. */
export interface Refund {
  id: string;
  saleId: string;
  storeId: string;
  registerId: string;
  shiftId: string;
  staffId: string;
  at: number;
  total: number;
  reason: string;
  requestHash: string;
  lines: { saleLineId: string; quantity: number; amount: number; damaged: boolean }[];
  tenders: { tenderNo: number; kind: string; amount: number }[];
}

/** What a sale's earlier refunds took back: per sale line, and per tender number. */
export interface RefundedSoFar {
  lines: Map<string, { quantity: number; amount: number }>;
  tenders: Map<number, number>;
}

/** A shift's refunds, summed (see core `RefundTotals`). */
export interface RefundSums {
  count: number;
  total: number;
  tenders: { kind: string; count: number; amount: number }[];
}

export interface RefundRepository {
  /** Records a refund with its lines and tenders; throws `UniqueViolationError<'id'>` for a taken id. */
  insert(refund: Refund): Promise<void>;
  get(id: string): Promise<Refund | undefined>;
  refundedSoFar(saleId: string): Promise<RefundedSoFar>;
  sums(shiftId: string): Promise<RefundSums>;
}

/** Refunds on `db`, which may be a transaction. */
export function createRefundRepository(db: Kysely<Schema>): RefundRepository {
  return {
    insert: (refund) =>
      translateUniqueViolation({ refunds_pkey: 'id' } as const, async () => {
        await db
          .insertInto('refunds')
          .values({
            id: refund.id,
            sale_id: refund.saleId,
            store_id: refund.storeId,
            register_id: refund.registerId,
            shift_id: refund.shiftId,
            staff_id: refund.staffId,
            at: refund.at,
            total: refund.total,
            reason: refund.reason,
            request_hash: refund.requestHash,
          })
          .execute();
        await db
          .insertInto('refund_lines')
          .values(
            refund.lines.map((line) => ({
              refund_id: refund.id,
              sale_line_id: line.saleLineId,
              quantity: line.quantity,
              amount: line.amount,
              damaged: line.damaged ? (1 as const) : (0 as const),
            })),
          )
          .execute();
        const tenders = refund.tenders.filter((tender) => tender.amount > 0);
        if (tenders.length > 0) {
          await db
            .insertInto('refund_tenders')
            .values(
              tenders.map((t) => ({
                refund_id: refund.id,
                tender_no: t.tenderNo,
                kind: t.kind,
                amount: t.amount,
              })),
            )
            .execute();
        }
      }),
    async get(id) {
      const row = await db.selectFrom('refunds').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const lines = await db
        .selectFrom('refund_lines')
        .selectAll()
        .where('refund_id', '=', id)
        .orderBy('sale_line_id')
        .execute();
      const tenders = await db
        .selectFrom('refund_tenders')
        .selectAll()
        .where('refund_id', '=', id)
        .orderBy('tender_no')
        .execute();
      return {
        id: row.id,
        saleId: row.sale_id,
        storeId: row.store_id,
        registerId: row.register_id,
        shiftId: row.shift_id,
        staffId: row.staff_id,
        at: row.at,
        total: row.total,
        reason: row.reason,
        requestHash: row.request_hash,
        lines: lines.map((l) => ({
          saleLineId: l.sale_line_id,
          quantity: l.quantity,
          amount: l.amount,
          damaged: l.damaged === 1,
        })),
        tenders: tenders.map((t) => ({ tenderNo: t.tender_no, kind: t.kind, amount: t.amount })),
      };
    },
    async refundedSoFar(saleId) {
      // One statement, so both sums come from one snapshot: a refund committing between two reads
      // would otherwise show its tenders without its lines, and a QR refund would be asked for twice.
      const rows = await db
        .selectFrom('refund_lines')
        .innerJoin('refunds', 'refunds.id', 'refund_lines.refund_id')
        .where('refunds.sale_id', '=', saleId)
        .groupBy('refund_lines.sale_line_id')
        .select((eb) => [
          eb.ref('refund_lines.sale_line_id').$castTo<string | null>().as('sale_line_id'),
          eb.lit(null).$castTo<number | null>().as('tender_no'),
          eb.fn.coalesce(eb.fn.sum<number>('refund_lines.quantity'), eb.lit(0)).as('quantity'),
          eb.fn.coalesce(eb.fn.sum<number>('refund_lines.amount'), eb.lit(0)).as('amount'),
        ])
        .unionAll((eb) =>
          eb
            .selectFrom('refund_tenders')
            .innerJoin('refunds', 'refunds.id', 'refund_tenders.refund_id')
            .where('refunds.sale_id', '=', saleId)
            .groupBy('refund_tenders.tender_no')
            .select((eb) => [
              eb.lit(null).$castTo<string | null>().as('sale_line_id'),
              eb.ref('refund_tenders.tender_no').$castTo<number | null>().as('tender_no'),
              eb.lit(0).$castTo<number>().as('quantity'),
              eb.fn.coalesce(eb.fn.sum<number>('refund_tenders.amount'), eb.lit(0)).as('amount'),
            ]),
        )
        .execute();
      const lines = new Map<string, { quantity: number; amount: number }>();
      const tenders = new Map<number, number>();
      for (const row of rows) {
        if (row.tender_no !== null) tenders.set(row.tender_no, row.amount);
        else if (row.sale_line_id !== null)
          lines.set(row.sale_line_id, { quantity: row.quantity, amount: row.amount });
      }
      return { lines, tenders };
    },
    async sums(shiftId) {
      // Refunds by receipt and returns without one: both give money back out of this shift.
      const byReceipt = await db
        .selectFrom('refunds')
        .where('shift_id', '=', shiftId)
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>('total'), eb.lit(0)).as('total'),
        ])
        .executeTakeFirstOrThrow();
      const withoutReceipt = await db
        .selectFrom('unreceipted_returns')
        .where('shift_id', '=', shiftId)
        .groupBy('tender_kind')
        .select((eb) => [
          'tender_kind as kind',
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>('total'), eb.lit(0)).as('amount'),
        ])
        .execute();
      const tenders = await db
        .selectFrom('refund_tenders')
        .innerJoin('refunds', 'refunds.id', 'refund_tenders.refund_id')
        .where('refunds.shift_id', '=', shiftId)
        .groupBy('refund_tenders.kind')
        .select((eb) => [
          'refund_tenders.kind',
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>('refund_tenders.amount'), eb.lit(0)).as('amount'),
        ])
        .execute();
      const byKind = new Map<string, { kind: string; count: number; amount: number }>();
      for (const row of [...tenders, ...withoutReceipt]) {
        const sum = byKind.get(row.kind) ?? { kind: row.kind, count: 0, amount: 0 };
        byKind.set(row.kind, {
          kind: row.kind,
          count: sum.count + row.count,
          amount: sum.amount + row.amount,
        });
      }
      return {
        count: byReceipt.count + withoutReceipt.reduce((n, row) => n + row.count, 0),
        total: byReceipt.total + withoutReceipt.reduce((n, row) => n + row.amount, 0),
        tenders: [...byKind.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
      };
    },
  };
}
