import type { QrPayment, QrProvider } from '@kassa/core';
import type { Kysely, Selectable } from 'kysely';
import type { QrPaymentsTable, Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A QR payment (扫码付) as stored: its gateway state (core `QrPayment`) and what it is for. */
export interface QrPaymentRecord extends QrPayment {
  readonly id: string;
  readonly storeId: string;
  readonly registerId: string;
  readonly shiftId: string;
  readonly staffId: string;
  readonly provider: QrProvider;
  readonly codeMasked: string;
  readonly amount: number;
  readonly currency: string;
  readonly saleId: string | null;
  readonly requestHash: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Incremented by every saved state change. */
  readonly version: number;
}

/** QR payments and their gateway state. */
export interface QrPaymentRepository {
  /** Throws `UniqueViolationError<'id'>` when the id is taken. */
  insert(record: QrPaymentRecord): Promise<void>;
  get(id: string): Promise<QrPaymentRecord | undefined>;
  /**
   * Stores `state` when the row is still at `seen`'s version: false when another
   * request or server process changed it first, so the caller reloads instead of overwriting.
   */
  saveState(seen: QrPaymentRecord, state: QrPayment, at: number): Promise<boolean>;
  /**
   * The register's payment still waiting for the customer or the gateway's answer (paying, user
   * paying), if any. One being reversed does not hold the register up: that goes on in the background.
   */
  findUnsettledOnRegister(registerId: string): Promise<QrPaymentRecord | undefined>;
  /** The payments a sale used as tenders. */
  listBySale(saleId: string): Promise<QrPaymentRecord[]>;
  /** Every payment with gateway work left, oldest first: what a restarted server picks up. */
  listUnsettled(): Promise<QrPaymentRecord[]>;
  /**
   * Marks the payment as used by `saleId` when it succeeded for exactly `amount` on `registerId` and
   * no sale used it yet; false otherwise (nothing changes).
   */
  attachToSale(id: string, saleId: string, amount: number, registerId: string): Promise<boolean>;
}

const UNSETTLED = ['paying', 'user_paying', 'reversing'] as const;

/** QR payments on `db`, which may be a transaction. */
export function createQrPaymentRepository(db: Kysely<Schema>): QrPaymentRepository {
  return {
    insert: (record) =>
      translateUniqueViolation({ qr_payments_pkey: 'id' } as const, async () => {
        await db
          .insertInto('qr_payments')
          .values({
            id: record.id,
            store_id: record.storeId,
            register_id: record.registerId,
            shift_id: record.shiftId,
            staff_id: record.staffId,
            provider: record.provider,
            code_masked: record.codeMasked,
            amount: record.amount,
            currency: record.currency,
            sale_id: record.saleId,
            request_hash: record.requestHash,
            created_at: record.createdAt,
            ...stateColumns(record, record.updatedAt),
            version: record.version,
          })
          .execute();
      }),
    async get(id) {
      const row = await db.selectFrom('qr_payments').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    async saveState(seen, state, at) {
      const result = await db
        .updateTable('qr_payments')
        .set({ ...stateColumns(state, at), version: seen.version + 1 })
        .where('id', '=', seen.id)
        .where('version', '=', seen.version)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    async findUnsettledOnRegister(registerId) {
      const row = await db
        .selectFrom('qr_payments')
        .selectAll()
        .where('register_id', '=', registerId)
        .where('status', 'in', ['paying', 'user_paying'])
        .orderBy('created_at')
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async listBySale(saleId) {
      const rows = await db.selectFrom('qr_payments').selectAll().where('sale_id', '=', saleId).execute();
      return rows.map(toRecord);
    },
    async listUnsettled() {
      const rows = await db
        .selectFrom('qr_payments')
        .selectAll()
        .where('status', 'in', UNSETTLED)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },
    async attachToSale(id, saleId, amount, registerId) {
      const result = await db
        .updateTable('qr_payments')
        // A new version: a cancel that read the payment before cannot save over the sale's claim.
        .set((eb) => ({ sale_id: saleId, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('status', '=', 'succeeded')
        .where('sale_id', 'is', null)
        .where('amount', '=', amount)
        .where('register_id', '=', registerId)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}

function stateColumns(state: QrPayment, at: number) {
  return {
    status: state.status,
    pay_sent: state.paySent ? (1 as const) : (0 as const),
    deadline: state.deadline,
    next_at: state.nextAt,
    unknown_count: state.unknownCount,
    transaction_id: state.transactionId,
    failure_code: state.failureCode,
    failure_message: state.failureMessage,
    updated_at: at,
  };
}

function toRecord(row: Selectable<QrPaymentsTable>): QrPaymentRecord {
  return {
    id: row.id,
    storeId: row.store_id,
    registerId: row.register_id,
    shiftId: row.shift_id,
    staffId: row.staff_id,
    provider: row.provider,
    codeMasked: row.code_masked,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    paySent: row.pay_sent === 1,
    deadline: row.deadline,
    nextAt: row.next_at,
    unknownCount: row.unknown_count,
    transactionId: row.transaction_id,
    failureCode: row.failure_code,
    failureMessage: row.failure_message,
    saleId: row.sale_id,
    requestHash: row.request_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
