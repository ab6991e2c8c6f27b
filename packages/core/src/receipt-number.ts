/**
 * A sale's receipt number: store code, register code and the register's sequence number (six
 * digits at least; training receipts marked T), e.g. `S01-01-000123`, `S01-01-T000004`. The server
 * and the register (which numbers sales itself, offline too) both number receipts with this.
 */
export function receiptNumber(
  storeCode: string,
  registerCode: string,
  training: boolean,
  seq: number,
): string {
  return `${storeCode}-${registerCode}-${training ? 'T' : ''}${String(seq).padStart(6, '0')}`;
}
