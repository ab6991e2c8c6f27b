import type { Immutable } from './schema-columns';

/** The whole Kassa database, for `Kysely<Schema>`. */
/** A register's shift (交班): opened with a counted float, closed with a blind count. */
export interface ShiftsTable {
  id: Immutable<string>;
  store_id: string;
  register_id: string;
  status: 'open' | 'closed';
  opened_by: string;
  opened_at: number;
  /** The business date the shift opened on; its Z report is that day's. */
  business_date: string;
  opening_float: number;
  /** JSON text: the float's count by denomination. */
  opening_count_json: string;
  closed_by: string | null;
  closed_at: number | null;
  counted_cash: number | null;
  /** JSON text: the blind count by denomination. */
  closing_count_json: string | null;
  /** JSON text: the close report (core ClosedShiftSummary), frozen at close. */
  summary_json: string | null;
  /** The Z report that covers this shift, once taken. */
  z_report_id: string | null;
}

/** Cash put into or taken out of a drawer, and no-sale drawer openings (amount 0). */
export interface CashMovementsTable {
  id: Immutable<string>;
  shift_id: string;
  kind: 'cash_in' | 'cash_out' | 'no_sale';
  amount: number;
  reason: string;
  staff_id: string;
  at: number;
}

/** A register's end-of-day report over its closed shifts of one business date. */
export interface ZReportsTable {
  id: Immutable<string>;
  store_id: string;
  register_id: string;
  /** 1, 2, 3… per register. */
  z_no: number;
  business_date: string;
  taken_by: string;
  taken_at: number;
  /** JSON text: core ClosedShiftSummary over the covered shifts, frozen when taken. */
  summary_json: string;
}
