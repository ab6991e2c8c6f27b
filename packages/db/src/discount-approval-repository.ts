import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** A manager's approval of one discount. */
export interface DiscountApproval {
  id: string;
  storeId: string;
  registerId: string;
  requestedBy: string;
  approvedBy: string;
  basisPoints: number;
  createdAt: number;
  expiresAt: number;
  usedBySale: string | null;
  /** The ticket it is for (the sale id to be), and which discount: `ticket` or a line id. */
  ticketId: string;
  target: string;
}

export interface DiscountApprovalRepository {
  insert(approval: Omit<DiscountApproval, 'usedBySale'>): Promise<void>;
  get(id: string): Promise<DiscountApproval | undefined>;
  /**
   * Marks the approval used by `saleId`; false when another sale used it first. Using it again for
   * the same sale (a replay) is fine.
   */
  use(id: string, saleId: string): Promise<boolean>;
}

/** Discount approvals on `db`, which may be a transaction. */
export function createDiscountApprovalRepository(db: Kysely<Schema>): DiscountApprovalRepository {
  return {
    async insert(approval) {
      await db
        .insertInto('discount_approvals')
        .values({
          id: approval.id,
          store_id: approval.storeId,
          register_id: approval.registerId,
          requested_by: approval.requestedBy,
          approved_by: approval.approvedBy,
          basis_points: approval.basisPoints,
          created_at: approval.createdAt,
          expires_at: approval.expiresAt,
          used_by_sale: null,
          ticket_id: approval.ticketId,
          target: approval.target,
        })
        .execute();
    },
    async get(id) {
      const row = await db
        .selectFrom('discount_approvals')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        storeId: row.store_id,
        registerId: row.register_id,
        requestedBy: row.requested_by,
        approvedBy: row.approved_by,
        basisPoints: row.basis_points,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        usedBySale: row.used_by_sale,
        ticketId: row.ticket_id ?? '',
        target: row.target ?? '',
      };
    },
    async use(id, saleId) {
      const result = await db
        .updateTable('discount_approvals')
        .set({ used_by_sale: saleId })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('used_by_sale', 'is', null), eb('used_by_sale', '=', saleId)]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
