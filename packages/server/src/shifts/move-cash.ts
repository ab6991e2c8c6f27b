import type { CashMovement as ApiCashMovement, CashMovementBody, NoSaleBody } from '@kassa/api';
import {
  type CashMovement,
  createAlertRepository,
  createEventRepository,
  createRegisterRepository,
  createRollupRepository,
  createShiftRepository,
  groupCommit,
  type NewAlert,
  UniqueViolationError,
} from '@kassa/db';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import { type KassaContext, newId } from '../kassa-context';
import { kickDrawer } from '../printing/send-to-printer';
import { noSaleDeltas } from '../reports/rollup-deltas';
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
 * the drawer should hold — unless it is a `fact` from a register's outbox: the cash already left
 * the drawer, so it is recorded and raises a `cash_out_exceeds_drawer` alert (and a no-sale opened
 * the drawer there and then: it is not kicked again).
 */
export async function moveCash(
  ctx: KassaContext,
  actor: ShiftActor,
  shiftId: string,
  input: CashMovementInput,
  options: { readonly fact?: boolean } = {},
): Promise<{ movement: ApiCashMovement; duplicate: boolean; alerts: readonly string[] }> {
  const { shift, store } = await visibleShift(ctx, actor, shiftId, { operate: true });
  const replay = await createShiftRepository(ctx.db).getCashMovement(input.id);
  if (input.kind === 'no_sale' && !replay && shift.status === 'open' && !options.fact) {
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
    const alerts = await groupCommit(ctx.db, async (trx) => {
      await createRegisterRepository(trx).lock(shift.registerId);
      const shifts = createShiftRepository(trx);
      const current = await shifts.get(shift.id);
      if (current?.status !== 'open') throw new HttpError('shift_closed');
      const alerts: NewAlert[] = [];
      if (movement.kind === 'cash_out') {
        const { expectedCash } = await currentShiftSummary(trx, current);
        if (movement.amount > expectedCash) {
          // No expected cash in the answer: cashiers count blind at the close.
          if (!options.fact) throw new HttpError('cash_out_exceeds_drawer', { requested: movement.amount });
          alerts.push({
            id: newId(ctx),
            storeId: store.id,
            kind: 'cash_out_exceeds_drawer',
            refId: movement.id,
            details: { shiftId: shift.id, requested: movement.amount, expectedCash },
            createdAt: ctx.clock(),
          });
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
      // After the journal: the lock order of sales is store row, then rollup rows.
      if (movement.kind === 'no_sale') {
        await createRollupRepository(trx).add(
          noSaleDeltas({
            storeId: store.id,
            businessDate: current.businessDate,
            staffId: movement.staffId,
            registerId: shift.registerId,
            at: movement.at,
            timeZone: store.timeZone,
            cutoverMinutes: store.businessDayCutoverMinutes,
          }),
        );
      }
      await createEventRepository(trx).append({
        storeId: store.id,
        type: movement.kind === 'no_sale' ? 'drawer.opened' : 'cash.moved',
        refId: movement.id,
        payload: { ...movement, registerId: shift.registerId },
        createdAt: ctx.clock(),
      });
      await createAlertRepository(trx).raise(alerts);
      return alerts.map((alert) => alert.kind);
    });
    return { movement, duplicate: false, alerts };
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
    return { movement: earlier, duplicate: true, alerts: [] };
  }
}
