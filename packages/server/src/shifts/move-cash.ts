import type { CashMovement as ApiCashMovement, CashMovementBody, NoSaleBody } from '@kassa/api';
import {
  type CashMovement,
  createEventRepository,
  createRegisterRepository,
  createShiftRepository,
  groupCommit,
  UniqueViolationError,
} from '@kassa/db';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import type { KassaContext } from '../kassa-context';
import { kickDrawer } from '../printing/send-to-printer';
import { type ShiftActor, visibleShift } from './shift-actor';
import { currentShiftSummary } from './shift-summary';

/** A cash movement to record: cash in or out with an amount, or a no-sale drawer opening. */
export type CashMovementInput =
  | ({ readonly kind: 'cash_in' | 'cash_out' } & Omit<CashMovementBody, 'kind'>)
  | ({ readonly kind: 'no_sale' } & NoSaleBody);

/**
 * Records cash put into or taken out of the drawer of an open shift, or a no-sale opening of the
 * drawer, with its journal entry and event; idempotent on the register's id for it (the same id
 * and content answer the first record, other content is a 409). Cash out cannot take more than
 * the drawer should hold.
 */
export async function moveCash(
  ctx: KassaContext,
  actor: ShiftActor,
  shiftId: string,
  input: CashMovementInput,
): Promise<{ movement: ApiCashMovement; duplicate: boolean }> {
  const { shift, store } = await visibleShift(ctx, actor, shiftId, { operate: true });
  const replay = await createShiftRepository(ctx.db).getCashMovement(input.id);
  if (input.kind === 'no_sale' && !replay && shift.status === 'open') {
    // The drawer opens first: a no-sale is journaled only once it really opened.
    const register = await createRegisterRepository(ctx.db).get(shift.registerId);
    if (register?.printer) await kickDrawer(register.printer);
  }
  const movement: CashMovement = {
    id: input.id,
    shiftId: shift.id,
    kind: input.kind,
    amount: input.kind === 'no_sale' ? 0 : input.amount,
    reason: input.reason ?? '',
    staffId: actor.staffId,
    at: input.at,
  };
  try {
    await groupCommit(ctx.db, async (trx) => {
      await createRegisterRepository(trx).lock(shift.registerId);
      const shifts = createShiftRepository(trx);
      const current = await shifts.get(shift.id);
      if (current?.status !== 'open') throw new HttpError('shift_closed');
      if (movement.kind === 'cash_out') {
        const { expectedCash } = await currentShiftSummary(trx, current);
        if (movement.amount > expectedCash) {
          // No expected cash in the answer: cashiers count blind at the close.
          throw new HttpError('cash_out_exceeds_drawer', { requested: movement.amount });
        }
      }
      await shifts.addCashMovement(movement);
      await appendJournalFact(trx, {
        storeId: store.id,
        kind: movement.kind,
        refId: movement.id,
        at: movement.at,
        payload: {
          id: movement.id,
          shiftId: shift.id,
          registerId: shift.registerId,
          staffId: movement.staffId,
          amount: movement.amount,
          reason: movement.reason,
        },
      });
      await createEventRepository(trx).append({
        storeId: store.id,
        type: movement.kind === 'no_sale' ? 'drawer.opened' : 'cash.moved',
        refId: movement.id,
        payload: { ...movement, registerId: shift.registerId },
        createdAt: ctx.clock(),
      });
    });
  } catch (error) {
    if (!(error instanceof UniqueViolationError) && !(error instanceof HttpError)) throw error;
    const earlier = await createShiftRepository(ctx.db).getCashMovement(movement.id);
    if (!earlier) throw error;
    const same =
      earlier.shiftId === movement.shiftId &&
      earlier.kind === movement.kind &&
      earlier.amount === movement.amount &&
      earlier.reason === movement.reason;
    if (!same) throw new HttpError('idempotency_conflict');
    return { movement: earlier, duplicate: true };
  }
  return { movement, duplicate: false };
}
