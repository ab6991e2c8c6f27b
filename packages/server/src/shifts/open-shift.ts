import type { Shift as ApiShift, OpenShiftBody } from '@kassa/api';
import { businessDate, countCash, nextBusinessDate } from '@kassa/core';
import {
  createEventRepository,
  createShiftRepository,
  createZReportRepository,
  groupCommit,
  UniqueViolationError,
} from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { operableRegister, type ShiftActor } from './shift-actor';
import { toApiShift } from './shift-view';

/**
 * Opens a shift on a register with its counted float, idempotently on the register's id for it:
 * the same id again answers the shift (`duplicate`), whatever else was sent. One open shift per
 * register: a second gets 409 `shift_already_open`. A shift opened after the day's Z report belongs
 * to the next business day.
 */
export async function openShift(
  ctx: KassaContext,
  actor: ShiftActor,
  body: OpenShiftBody,
): Promise<{ shift: ApiShift; duplicate: boolean }> {
  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  const float = countCash(store.currency, body.openingCount);
  if (!float.ok) throw new HttpError('invalid_cash_count', { ...float.error });
  const shifts = createShiftRepository(ctx.db);
  try {
    await groupCommit(ctx.db, async (trx) => {
      // After the day's Z report, the register's next shift belongs to the next business day.
      const today = businessDate(body.openedAt, store.timeZone, store.businessDayCutoverMinutes);
      const lastZ = await createZReportRepository(trx).lastBusinessDate(register.id);
      await createShiftRepository(trx).open({
        id: body.id,
        storeId: store.id,
        registerId: register.id,
        openedBy: actor.staffId,
        openedAt: body.openedAt,
        businessDate: lastZ !== undefined && lastZ >= today ? nextBusinessDate(lastZ) : today,
        openingFloat: float.value,
        openingCount: body.openingCount,
      });
      await createEventRepository(trx).append({
        storeId: store.id,
        type: 'shift.opened',
        refId: body.id,
        payload: { id: body.id, registerId: register.id, staffId: actor.staffId, openingFloat: float.value },
        createdAt: ctx.clock(),
      });
    });
  } catch (error) {
    if (!(error instanceof UniqueViolationError)) throw error;
    const earlier = await shifts.get(body.id);
    if (earlier) {
      if (earlier.registerId !== register.id) throw new HttpError('idempotency_conflict');
      return { shift: await toApiShift(ctx.db, earlier), duplicate: true };
    }
    throw new HttpError('shift_already_open');
  }
  const shift = await shifts.get(body.id);
  if (!shift) throw new Error(`shift ${body.id} vanished after opening`);
  return { shift: await toApiShift(ctx.db, shift), duplicate: false };
}
