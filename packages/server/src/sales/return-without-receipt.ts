import type { UnreceiptedReturn as ApiReturn, UnreceiptedReturnBody } from '@kassa/api';
import { canonicalJson, priceTicket, type RoundingMode, Ticket } from '@kassa/core';
import {
  createEventRepository,
  createRegisterRepository,
  createRollupRepository,
  createShiftRepository,
  createStaffRepository,
  createStockRepository,
  createUnreceiptedReturnRepository,
  groupCommit,
  type Store,
  UniqueViolationError,
  type UnreceiptedReturn,
} from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { mayApprove, pinApprover } from '../auth/pin-approver';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import type { KassaContext } from '../kassa-context';
import { unreceiptedReturnDeltas } from '../reports/rollup-deltas';
import { operableRegister } from '../shifts/shift-actor';
import { nodeSha256Hex } from './node-sha256-hex';
import { returnedStock } from './returned-stock';
import { loadSaleProducts, type SaleProduct } from './sale-products';

/** Who takes the return: the register's cashier, with their permissions. */
export type ReturnActor = Pick<AuthSession, 'staffId' | 'storeIds' | 'registerId' | 'permissions'>;

/**
 * Takes goods back without a receipt (无小票退货): there is no sale to refund against, so each line
 * is priced at today's catalogue price with the store's tax rules (core `priceTicket`), and the total
 * goes to the store's chosen tender (`unreceiptedReturnTender`: cash out of this drawer, or a card on
 * the terminal by reference). Someone with `return.unreceipted` must take it, or approve it on the
 * spot with their PIN. Goods go back into stock, or are written off when damaged; the return is
 * journaled and audited. Idempotent on its id.
 */
export async function returnWithoutReceipt(
  ctx: KassaContext,
  actor: ReturnActor,
  body: UnreceiptedReturnBody,
): Promise<{ returned: ApiReturn; duplicate: boolean }> {
  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  // Who approved is not part of what was returned: a retry with another manager's PIN is the same return.
  const { approver: _approver, ...returned } = body;
  const requestHash = nodeSha256Hex(canonicalJson(returned));
  const returns = createUnreceiptedReturnRepository(ctx.db);
  const earlier = await returns.get(body.id);
  if (earlier) return { returned: await answered(ctx, earlier, requestHash, store), duplicate: true };
  if (register.training) throw new HttpError('training_mismatch', { training: true });
  const tenderKind = store.unreceiptedReturnTender;
  if (tenderKind === 'card' && body.reference === undefined) throw new HttpError('return_reference_required');

  const products = await loadSaleProducts(ctx.db, [...new Set(body.lines.map((line) => line.productId))]);
  const lines = pricedLines(body, store, products);
  // Checked before a manager's approval is asked for and audited (and again in the transaction).
  if ((await createShiftRepository(ctx.db).openShiftDate(body.shiftId, register.id)) === undefined)
    throw new HttpError('shift_not_open');
  const approvedBy = await approval(ctx, actor, body, store.id);
  const record: UnreceiptedReturn = {
    id: body.id,
    storeId: store.id,
    registerId: register.id,
    shiftId: body.shiftId,
    staffId: actor.staffId,
    approvedBy,
    at: body.at,
    total: lines.reduce((sum, line) => sum + line.amount, 0),
    tenderKind,
    tenderReference: tenderKind === 'card' ? (body.reference ?? null) : null,
    reason: body.reason,
    requestHash,
    lines,
  };
  try {
    await groupCommit(ctx.db, async (trx) => {
      await createRegisterRepository(trx).lock(register.id);
      const shiftDate = await createShiftRepository(trx).openShiftDate(body.shiftId, register.id);
      if (shiftDate === undefined) throw new HttpError('shift_not_open');
      await createUnreceiptedReturnRepository(trx).insert(record);
      await appendJournalFact(trx, {
        storeId: store.id,
        kind: 'return',
        refId: record.id,
        at: record.at,
        payload: {
          id: record.id,
          registerId: record.registerId,
          shiftId: record.shiftId,
          staffId: record.staffId,
          approvedBy: record.approvedBy,
          total: record.total,
          tender: { kind: record.tenderKind, reference: record.tenderReference },
          reason: record.reason,
          // The journal entry keeps the shape it had before returns stored their tax and cost.
          lines: record.lines.map((line) => apiLine(line)),
        },
      });
      // After the journal: the lock order of sales is store row, then rollup rows.
      await createRollupRepository(trx).add(
        unreceiptedReturnDeltas(record, {
          storeId: store.id,
          businessDate: shiftDate,
          staffId: actor.staffId,
          registerId: register.id,
          at: record.at,
          timeZone: store.timeZone,
          cutoverMinutes: store.businessDayCutoverMinutes,
        }),
      );
      const recordedAt = ctx.clock();
      await createStockRepository(trx).applyMovements(
        returnedStock(
          ctx,
          record.lines.filter((line) => products.get(line.productId)?.trackStock),
          {
            storeId: store.id,
            salesFloorId: store.salesFloorId,
            refId: record.id,
            staffId: actor.staffId,
            at: recordedAt,
          },
        ),
      );
      await createEventRepository(trx).append({
        storeId: store.id,
        type: 'return.completed',
        refId: record.id,
        payload: { id: record.id, registerId: register.id, total: record.total, approvedBy },
        createdAt: recordedAt,
      });
    });
  } catch (error) {
    if (!(error instanceof UniqueViolationError)) throw error;
    const first = await returns.get(body.id);
    if (!first) throw error;
    return { returned: await answered(ctx, first, requestHash, store), duplicate: true };
  }
  return { returned: await toApiReturn(ctx, record), duplicate: false };
}

/**
 * Each line at today's catalogue price, with tax as the store prices it, the rate and the product's
 * cost now: kept with the line, so reports count the return as it was priced (ADR 0009).
 */
function pricedLines(
  body: UnreceiptedReturnBody,
  store: Store,
  products: ReadonlyMap<string, SaleProduct>,
): UnreceiptedReturn['lines'] {
  let ticket = Ticket.empty(store.currency);
  for (const [index, line] of body.lines.entries()) {
    const product = products.get(line.productId);
    if (!product) throw new HttpError('product_not_found', { productId: line.productId, line: index });
    if (product.unit === 'piece' && line.quantity % 1000 !== 0)
      throw new HttpError('invalid_quantity', { line: index, got: line.quantity });
    ticket = Ticket.addLine(
      ticket,
      {
        id: `${index}`,
        productId: product.id,
        name: product.name,
        sku: product.sku,
        unit: product.unit,
        unitPrice: product.price,
        quantity: line.quantity,
        ratePpm: product.ratePpm,
      },
      { merge: false },
    );
  }
  const priced = priceTicket(ticket, {
    tax: { mode: store.taxMode, rounding: store.taxRounding, inclusiveTarget: store.taxInclusiveTarget },
    roundingMode: store.roundingMode as RoundingMode,
  });
  return priced.lines.map((line, index) => ({
    productId: line.productId,
    name: line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    amount: line.net + line.tax,
    damaged: body.lines[index]?.damaged === true,
    tax: line.tax,
    taxRatePpm: line.ratePpm,
    unitCost: products.get(line.productId)?.cost ?? null,
  }));
}

/** A line as the API and the journal show it. */
function apiLine(line: UnreceiptedReturn['lines'][number]): ApiReturn['lines'][number] {
  return {
    productId: line.productId,
    name: line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    amount: line.amount,
    damaged: line.damaged,
  };
}

/** Who approved: the actor when allowed, else the manager whose PIN came with the return (audited). */
async function approval(
  ctx: KassaContext,
  actor: ReturnActor,
  body: UnreceiptedReturnBody,
  storeId: string,
): Promise<string> {
  if (actor.permissions.has('return.unreceipted')) return actor.staffId;
  if (!body.approver) throw new HttpError('return_approval_required');
  const approver = await pinApprover(ctx, body.approver.username, body.approver.pin);
  const allowed = await mayApprove(ctx, approver, 'return.unreceipted', storeId);
  await recordAudit(ctx, {
    action: allowed ? 'return.approved' : 'return.approval_refused',
    staffId: approver.id,
    storeId,
    targetType: 'return',
    targetId: body.id,
    detail: { requestedBy: actor.staffId, registerId: body.registerId },
  });
  if (!allowed) throw new HttpError('approver_not_allowed');
  return approver.id;
}

async function answered(
  ctx: KassaContext,
  earlier: UnreceiptedReturn,
  requestHash: string,
  store: Store,
): Promise<ApiReturn> {
  if (earlier.requestHash !== requestHash || earlier.storeId !== store.id)
    throw new HttpError('idempotency_conflict');
  return toApiReturn(ctx, earlier);
}

async function toApiReturn(ctx: KassaContext, record: UnreceiptedReturn): Promise<ApiReturn> {
  const approver = await createStaffRepository(ctx.db).get(record.approvedBy);
  return {
    id: record.id,
    registerId: record.registerId,
    shiftId: record.shiftId,
    staffId: record.staffId,
    approvedBy: record.approvedBy,
    approverName: approver?.displayName ?? '',
    at: record.at,
    total: record.total,
    tender: { kind: record.tenderKind, amount: record.total, reference: record.tenderReference },
    lines: record.lines.map(apiLine),
    reason: record.reason,
  };
}
