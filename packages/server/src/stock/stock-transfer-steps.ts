import type { StockTransfer as ApiStockTransfer } from '@kassa/api';
import { type StockTransferStep, stepStockTransfer } from '@kassa/core';
import {
  createEventRepository,
  createStockRepository,
  createStockTransferRepository,
  type StockTransfer,
  type StockTransferLine,
} from '@kassa/db';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { loadSaleProducts } from '../sales/sale-products';
import { raiseStockAlerts } from './raise-stock-alerts';
import { openLocation } from './stock-document';
import { toApiStockTransfer, visibleTransfer } from './stock-transfers';

type CountedLines = readonly { readonly productId: string; readonly quantity: number }[] | undefined;

/**
 * Agrees to give the goods asked for: a manager of the store they leave.
 * @throws HttpError `stock_transfer_not_found`, `forbidden`, `stock_transfer_status`.
 */
export async function approveStockTransfer(ctx: KassaContext, auth: AuthSession, transferId: string) {
  return takeStep(ctx, auth, transferId, 'approve', async (transfer, tx) => {
    mustGive(auth, transfer);
    return { done: { field: 'approved', by: auth.staffId, at: tx.clock() } };
  });
}

/**
 * Calls a transfer off while nothing has left; either store may.
 * @throws HttpError `stock_transfer_not_found`, `stock_transfer_status`.
 */
export async function cancelStockTransfer(ctx: KassaContext, auth: AuthSession, transferId: string) {
  return takeStep(ctx, auth, transferId, 'cancel', async () => ({ done: null }));
}

/**
 * Sends the goods as counted out (what was requested unless told): `transfer_out` movements at the
 * source at the products' costs, after which the goods are in transit. Taking the source below
 * zero is refused unless `allowNegative` is asked by someone holding `stock.negative`. A level
 * crossing its reorder point alerts as a sale would.
 * @throws HttpError `stock_transfer_not_found`, `forbidden`, `stock_transfer_status`,
 * `stock_transfer_line`, `stock_below_zero`.
 */
export async function shipStockTransfer(
  ctx: KassaContext,
  auth: AuthSession,
  transferId: string,
  body: { readonly lines?: CountedLines; readonly allowNegative: boolean },
): Promise<ApiStockTransfer> {
  if (body.allowNegative && !auth.permissions.has('stock.negative')) throw new HttpError('forbidden');
  return takeStep(ctx, auth, transferId, 'ship', async (transfer, tx) => {
    mustGive(auth, transfer);
    const shipped = counted(transfer.lines, body.lines, (line) => line.requested);
    const products = await loadSaleProducts(
      tx.db,
      transfer.lines.map((line) => line.productId),
    );
    const at = tx.clock();
    const lines = transfer.lines.map((line) => ({
      ...line,
      shipped: shipped.get(line.productId) ?? 0,
      unitCost: products.get(line.productId)?.cost ?? null,
    }));
    const movements = lines
      .filter((line) => line.shipped > 0)
      .map((line) => ({
        id: newId(tx),
        storeId: transfer.fromStoreId,
        locationId: transfer.fromLocationId,
        productId: line.productId,
        quantity: -line.shipped,
        reason: 'transfer_out' as const,
        refId: transfer.id,
        unitCost: line.unitCost,
        createdAt: at,
        staffId: auth.staffId,
      }));
    const levels = new Map(
      (await createStockRepository(tx.db).applyMovements(movements)).map((level) => [level.productId, level]),
    );
    for (const movement of movements) {
      const onHand = levels.get(movement.productId)?.onHand ?? 0;
      if (onHand < 0 && !body.allowNegative) {
        throw new HttpError('stock_below_zero', {
          productId: movement.productId,
          onHand: onHand - movement.quantity,
        });
      }
    }
    return {
      done: { field: 'shipped', by: auth.staffId, at },
      lines,
      event: { storeId: transfer.fromStoreId, type: 'stock.transfer_shipped' },
      after: () =>
        raiseStockAlerts(tx, transfer.fromStoreId, {
          movements,
          levels,
          nameOf: (id) => products.get(id)?.name ?? '',
          refId: transfer.id,
          at,
        }),
    };
  });
}

/**
 * Books in what arrived (what was shipped unless told) as `transfer_in` movements at the
 * destination, at the cost the goods left at; what went missing on the way (or came extra) stays
 * on the transfer as the difference between shipped and received.
 * @throws HttpError `stock_transfer_not_found`, `forbidden`, `stock_transfer_status`,
 * `stock_transfer_line`, `stock_location_closed`.
 */
export async function receiveStockTransfer(
  ctx: KassaContext,
  auth: AuthSession,
  transferId: string,
  body: { readonly lines?: CountedLines },
): Promise<ApiStockTransfer> {
  return takeStep(ctx, auth, transferId, 'receive', async (transfer, tx) => {
    if (!canSeeStore(auth, transfer.toStoreId)) throw new HttpError('forbidden');
    await openLocation(tx, transfer.toStoreId, transfer.toLocationId);
    const received = counted(transfer.lines, body.lines, (line) => line.shipped ?? 0);
    const at = tx.clock();
    const lines = transfer.lines.map((line) => ({ ...line, received: received.get(line.productId) ?? 0 }));
    await createStockRepository(tx.db).applyMovements(
      lines
        .filter((line) => line.received > 0)
        .map((line) => ({
          id: newId(tx),
          storeId: transfer.toStoreId,
          locationId: transfer.toLocationId,
          productId: line.productId,
          quantity: line.received,
          reason: 'transfer_in' as const,
          refId: transfer.id,
          unitCost: line.unitCost,
          createdAt: at,
          staffId: auth.staffId,
        })),
    );
    return {
      done: { field: 'received', by: auth.staffId, at },
      lines,
      event: { storeId: transfer.toStoreId, type: 'stock.transfer_received' },
    };
  });
}

/** Only the store the goods leave approves and ships them. */
function mustGive(auth: AuthSession, transfer: StockTransfer): void {
  if (!canSeeStore(auth, transfer.fromStoreId)) throw new HttpError('forbidden');
}

/**
 * Per product, the quantity counted: as given (a product not given counts 0), or `otherwise` for
 * each line when nothing was given. A product not on the transfer is refused.
 */
function counted(
  lines: readonly StockTransferLine[],
  given: CountedLines,
  otherwise: (line: StockTransferLine) => number,
): Map<string, number> {
  if (given === undefined) return new Map(lines.map((line) => [line.productId, otherwise(line)]));
  for (const line of given) {
    if (!lines.some((candidate) => candidate.productId === line.productId)) {
      throw new HttpError('stock_transfer_line', { productId: line.productId });
    }
  }
  return new Map(given.map((line) => [line.productId, line.quantity]));
}

type StepOutcome = {
  done: { field: 'approved' | 'shipped' | 'received'; by: string; at: number } | null;
  lines?: StockTransferLine[];
  event?: { storeId: string; type: string };
  /** Runs last in the transaction, after the step's event (alerts follow what caused them). */
  after?: () => Promise<void>;
};

/**
 * Takes `step` on the transfer's row as locked, when it is at that step; `apply` does the step's
 * own work in the transaction and says what to record. Audited; the step's event, if any, goes
 * out with the transfer as it is after.
 */
async function takeStep(
  ctx: KassaContext,
  auth: AuthSession,
  transferId: string,
  step: StockTransferStep,
  apply: (transfer: StockTransfer, tx: KassaContext) => Promise<StepOutcome>,
): Promise<ApiStockTransfer> {
  await visibleTransfer(ctx, auth, transferId);
  const transfer = await transact(ctx, async (tx) => {
    const transfers = createStockTransferRepository(tx.db);
    await transfers.lock(transferId);
    const locked = await transfers.get(transferId);
    if (!locked) throw new HttpError('stock_transfer_not_found');
    const next = stepStockTransfer(locked.status, step);
    if (next === undefined) throw new HttpError('stock_transfer_status', { status: locked.status });
    const outcome = await apply(locked, tx);
    await transfers.step(transferId, next, outcome.done, outcome.lines);
    const after = await transfers.get(transferId);
    if (!after) throw new Error('transfer vanished in its own transaction');
    await recordAudit(tx, {
      action: `stock_transfer.${next}`,
      staffId: auth.staffId,
      storeId: outcome.event?.storeId ?? locked.fromStoreId,
      targetType: 'stock_transfer',
      targetId: transferId,
      detail: { number: locked.number, from: locked.status },
    });
    if (outcome.event) {
      await createEventRepository(tx.db).append({
        storeId: outcome.event.storeId,
        type: outcome.event.type,
        refId: transferId,
        payload: await toApiStockTransfer(tx, after),
        createdAt: tx.clock(),
      });
    }
    await outcome.after?.();
    return after;
  });
  return toApiStockTransfer(ctx, transfer);
}
