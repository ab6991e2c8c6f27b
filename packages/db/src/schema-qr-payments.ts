import type { Flag, Immutable } from './schema-columns';

/** QR payments (扫码付) and their gateway state; see migration 0017. */
export interface QrPaymentsTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  register_id: Immutable<string>;
  shift_id: Immutable<string>;
  staff_id: Immutable<string>;
  provider: Immutable<'wechat' | 'alipay'>;
  /** The payment code's first 2 and last 4 digits; the whole code is never stored. */
  code_masked: Immutable<string>;
  amount: Immutable<number>;
  currency: Immutable<string>;
  status: 'paying' | 'user_paying' | 'succeeded' | 'failed' | 'reversing' | 'reversed';
  pay_sent: Flag;
  deadline: number;
  next_at: number;
  unknown_count: number;
  transaction_id: string | null;
  failure_code: string | null;
  failure_message: string | null;
  sale_id: string | null;
  request_hash: Immutable<string>;
  created_at: Immutable<number>;
  updated_at: number;
  /** Incremented by every state change: an update is made against the version it read. */
  version: number;
}
