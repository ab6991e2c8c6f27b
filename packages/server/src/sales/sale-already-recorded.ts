/** Thrown inside the transaction when the sale id is already recorded (a concurrent identical post). */
export class SaleAlreadyRecorded extends Error {
  override readonly name = 'SaleAlreadyRecorded';
}
