import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A return without a receipt (无小票退货), as recorded; never edited. */
export interface UnreceiptedReturn {
  id: string;
  storeId: string;
  registerId: string;
  shiftId: string;
  staffId: string;
  approvedBy: string;
  at: number;
  total: number;
  tenderKind: 'cash' | 'card';
  tenderReference: string | null;
  reason: string;
  requestHash: string;
  lines: {
    productId: string;
    name: string;
    quantity: number;
    unitPrice: number;
    amount: number;
    damaged: boolean;
    /** The tax inside `amount`, as the return was priced. */
    tax: number;
    taxRatePpm: number;
    /** The product's cost per unit (per kg for weighed goods) when returned; null when unknown. */
    unitCost: number | null;
  }[];
}

/** Returns without a receipt. */
export interface UnreceiptedReturnRepository {
  /** Throws `UniqueViolationError<'id'>` when the id is taken. */
  insert(record: UnreceiptedReturn): Promise<void>;
  get(id: string): Promise<UnreceiptedReturn | undefined>;
}

/** Returns without a receipt on `db`, which may be a transaction. */
export function createUnreceiptedReturnRepository(db: Kysely<Schema>): UnreceiptedReturnRepository {
  return {
    insert: (record) =>
      translateUniqueViolation({ unreceipted_returns_pkey: 'id' } as const, async () => {
        await db
          .insertInto('unreceipted_returns')
          .values({
            id: record.id,
            store_id: record.storeId,
            register_id: record.registerId,
            shift_id: record.shiftId,
            staff_id: record.staffId,
            approved_by: record.approvedBy,
            at: record.at,
            total: record.total,
            tender_kind: record.tenderKind,
            tender_reference: record.tenderReference,
            reason: record.reason,
            request_hash: record.requestHash,
          })
          .execute();
        await db
          .insertInto('unreceipted_return_lines')
          .values(
            record.lines.map((line, index) => ({
              return_id: record.id,
              line_no: index + 1,
              product_id: line.productId,
              name: line.name,
              quantity: line.quantity,
              unit_price: line.unitPrice,
              amount: line.amount,
              damaged: line.damaged ? (1 as const) : (0 as const),
              tax: line.tax,
              tax_rate_ppm: line.taxRatePpm,
              unit_cost: line.unitCost,
            })),
          )
          .execute();
      }),
    async get(id) {
      const row = await db
        .selectFrom('unreceipted_returns')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const lines = await db
        .selectFrom('unreceipted_return_lines')
        .selectAll()
        .where('return_id', '=', id)
        .orderBy('line_no')
        .execute();
      return {
        id: row.id,
        storeId: row.store_id,
        registerId: row.register_id,
        shiftId: row.shift_id,
        staffId: row.staff_id,
        approvedBy: row.approved_by,
        at: row.at,
        total: row.total,
        tenderKind: row.tender_kind,
        tenderReference: row.tender_reference,
        reason: row.reason,
        requestHash: row.request_hash,
        lines: lines.map((line) => ({
          productId: line.product_id,
          name: line.name,
          quantity: line.quantity,
          unitPrice: line.unit_price,
          amount: line.amount,
          damaged: line.damaged === 1,
          tax: line.tax,
          taxRatePpm: line.tax_rate_ppm,
          unitCost: line.unit_cost,
        })),
      };
    },
  };
}
