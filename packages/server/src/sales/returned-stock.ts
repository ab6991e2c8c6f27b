import type { StockMovement } from '@kassa/db';
import { type KassaContext, newId } from '../kassa-context';

/** Goods a customer brought back, as one line of a refund or a return. */
export type ReturnedGoods = {
  readonly productId: string;
  readonly quantity: number;
  readonly unitCost: number | null;
  readonly damaged: boolean;
};

/**
 * The stock movements of goods coming back (reason `refund`), by `refId` in `storeId`. Damaged goods
 * come back and go straight out again (`write_off`): the ledger shows both.
 */
export function returnedStock(
  ctx: KassaContext,
  goods: readonly ReturnedGoods[],
  fact: {
    readonly storeId: string;
    readonly salesFloorId: string;
    readonly refId: string;
    readonly staffId: string;
    readonly at: number;
  },
): StockMovement[] {
  return goods.flatMap((line) => {
    const movement = {
      storeId: fact.storeId,
      locationId: fact.salesFloorId,
      productId: line.productId,
      refId: fact.refId,
      unitCost: line.unitCost,
      createdAt: fact.at,
      staffId: fact.staffId,
    };
    const back = { ...movement, id: newId(ctx), quantity: line.quantity, reason: 'refund' as const };
    const writeOff = { ...movement, id: newId(ctx), quantity: -line.quantity, reason: 'write_off' as const };
    return line.damaged ? [back, writeOff] : [back];
  });
}
