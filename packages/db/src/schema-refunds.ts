import type { Flag, Immutable } from './schema-columns';

/** A refund of (part of) a sale, in the register's open shift. */
export interface RefundsTable {
  id: Immutable<string>;
  sale_id: string;
  store_id: string;
  register_id: string;
  shift_id: string;
  staff_id: string;
  at: number;
  total: number;
  reason: string;
  /** Hash of the client's request body: a retried refund must match it exactly. */
  request_hash: string;
}

/** How much of a sale line a refund took back, and what it paid for it. */
export interface RefundLinesTable {
  refund_id: string;
  sale_line_id: string;
  quantity: number;
  amount: number;
  /** 1 when the goods went to damaged rather than back on the shelf. */
  damaged: Flag;
}

/** What a refund gave back through one of the sale's tenders (`tender_no`). */
export interface RefundTendersTable {
  refund_id: string;
  tender_no: number;
  kind: string;
  amount: number;
}
