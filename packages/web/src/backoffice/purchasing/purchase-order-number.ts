import { documentNumber } from '../stock/document-number';

/** A purchase order's number as people say it and the printed order shows it: 1 → 'PO-000001'. */
export function purchaseOrderNumber(number: number): string {
  return documentNumber('PO', number);
}
