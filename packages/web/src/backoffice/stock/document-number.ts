/** What a stock document's number starts with: purchase order, transfer (调拨), stock count (盘点). */
export type DocumentPrefix = 'PO' | 'TR' | 'SC';

/** A stock document's number as people say it and paper shows it: ('TR', 1) → 'TR-000001'. */
export function documentNumber(prefix: DocumentPrefix, number: number): string {
  return `${prefix}-${String(number).padStart(6, '0')}`;
}
