import type { VoidedLineInput } from '@kassa/api';
import { lineAmount, type RoundingMode } from '@kassa/core';
import type { Store, Void, VoidedLine } from '@kassa/db';

/** A voided line with its gross value, rounded like the store rounds line amounts. */
export function voidedLine(
  line: Omit<VoidedLineInput, 'at'>,
  store: Pick<Store, 'roundingMode'>,
): VoidedLine {
  return {
    lineId: line.lineId,
    productId: line.productId,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    amount: lineAmount(line.unitPrice, line.quantity, store.roundingMode as RoundingMode),
  };
}

/** The `line` voids of a ticket (lines removed before payment), one record per removed line. */
export function lineVoids(
  lines: readonly VoidedLineInput[],
  ticket: Pick<Void, 'ticketId' | 'storeId' | 'registerId' | 'shiftId' | 'staffId'>,
  store: Pick<Store, 'roundingMode'>,
): Void[] {
  return lines.map((line) => ({
    ...ticket,
    id: line.lineId,
    kind: 'line',
    at: line.at,
    lines: [voidedLine(line, store)],
    reason: '',
  }));
}
