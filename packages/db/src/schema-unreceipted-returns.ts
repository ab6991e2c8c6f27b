import type { Flag, Immutable } from './schema-columns';

/** Returns without a receipt (无小票退货); see migration 0018. */
export interface UnreceiptedReturnsTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  register_id: Immutable<string>;
  shift_id: Immutable<string>;
  staff_id: Immutable<string>;
  /** The manager who approved it (the actor, when they may do it themselves). */
  approved_by: Immutable<string>;
  at: Immutable<number>;
  total: Immutable<number>;
  tender_kind: Immutable<'cash' | 'card'>;
  /** The card terminal's reference of the refund, for a card tender. */
  tender_reference: Immutable<string | null>;
  reason: Immutable<string>;
  request_hash: Immutable<string>;
}

export interface UnreceiptedReturnLinesTable {
  return_id: Immutable<string>;
  line_no: Immutable<number>;
  product_id: Immutable<string>;
  name: Immutable<string>;
  quantity: Immutable<number>;
  unit_price: Immutable<number>;
  amount: Immutable<number>;
  damaged: Immutable<Flag>;
  /** The tax inside `amount`, as the return was priced (migration 0024). */
  tax: Immutable<number>;
  tax_rate_ppm: Immutable<number>;
  /** The product's cost per unit (per kg for weighed goods) when returned; null when unknown. */
  unit_cost: Immutable<number | null>;
}
