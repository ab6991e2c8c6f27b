import type { StockTransfer } from '@kassa/api';
import { readQuantity, thousandthsText } from '../stock/quantity-text';

/** The steps of a transfer at which goods are counted: out of the giving location, into the other. */
export type CountedStep = 'ship' | 'receive';

/** A counted quantity per product, as typed. */
export type StepTexts = Readonly<Record<string, string>>;

/** Which way a transfer goes as the store looking at it sees it. */
export type TransferDirection = 'in' | 'out' | 'within';

/**
 * What a step's form starts with: shipping, what was requested; receiving, what was shipped. The
 * clerk then changes only what differs.
 */
export function stepTexts(transfer: StockTransfer, step: CountedStep): StepTexts {
  return Object.fromEntries(
    transfer.lines.map((line) => [
      line.productId,
      thousandthsText(step === 'ship' ? line.requested : (line.shipped ?? 0)),
    ]),
  );
}

/**
 * The step's body lines, every line of the transfer (one left out would count as 0), or null while
 * a quantity is missing or unreadable.
 */
export function stepLines(
  transfer: StockTransfer,
  texts: StepTexts,
): { productId: string; quantity: number }[] | null {
  const lines: { productId: string; quantity: number }[] = [];
  for (const line of transfer.lines) {
    const quantity = readQuantity(texts[line.productId] ?? '');
    if (quantity === null) return null;
    lines.push({ productId: line.productId, quantity });
  }
  return lines;
}

/** What went missing on the way (positive: 短少) or came extra (negative: 多出); 0 until received. */
export function transferDifference(line: StockTransfer['lines'][number]): number {
  return line.shipped === null || line.received === null ? 0 : line.shipped - line.received;
}

/** A transfer coming to `storeId`, leaving it, or moving inside it. */
export function transferDirection(transfer: StockTransfer, storeId: string): TransferDirection {
  if (transfer.fromStoreId === transfer.toStoreId) return 'within';
  return transfer.toStoreId === storeId ? 'in' : 'out';
}
