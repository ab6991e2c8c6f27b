import { createAlertRepository, type LevelAfter } from '@kassa/db';
import { alertsTurnedOn } from '../alerts/alerts-turned-on';
import { type KassaContext, newId } from '../kassa-context';
import { saleAlerts, stockCrossings } from '../sales/sale-alerts';

/**
 * Raises the alerts goods taken away by hand (a write-off, a transfer shipped) may call for, in the
 * caller's transaction after its own event: a level crossing its reorder point (`low_stock`) or
 * zero (`negative_stock`), as a sale would; only those the store turned on.
 */
export async function raiseStockAlerts(
  tx: KassaContext,
  storeId: string,
  moved: {
    readonly movements: readonly { readonly productId: string; readonly quantity: number }[];
    readonly levels: ReadonlyMap<string, LevelAfter>;
    readonly nameOf: (productId: string) => string;
    readonly refId: string;
    readonly at: number;
  },
): Promise<void> {
  const crossings = stockCrossings(moved.movements, moved.levels, moved.nameOf);
  const alerts = await alertsTurnedOn(tx.db, storeId, saleAlerts([], undefined, crossings));
  await createAlertRepository(tx.db).raise(
    alerts.map((alert) => ({ ...alert, id: newId(tx), storeId, refId: moved.refId, createdAt: moved.at })),
  );
}
