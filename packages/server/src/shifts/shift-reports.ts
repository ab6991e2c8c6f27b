import type { CloseShiftBody, ShiftReport } from '@kassa/api';
import { type ClosedShiftSummary, closeShiftSummary, countCash } from '@kassa/core';
import {
  createAlertRepository,
  createEventRepository,
  createRegisterRepository,
  createShiftRepository,
  groupCommit,
  type Shift,
} from '@kassa/db';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import type { KassaContext } from '../kassa-context';
import { cashVarianceAlert } from './cash-variance-alert';
import { type ShiftActor, visibleShift } from './shift-actor';
import { currentShiftSummary } from './shift-summary';
import { toApiShift, toApiSummary } from './shift-view';

/**
 * The X report of an open shift: its figures so far, with the expected cash. Taking one is
 * journaled (who looked at the drawer's figures, and what they were).
 */
export async function takeXReport(
  ctx: KassaContext,
  actor: ShiftActor,
  shiftId: string,
): Promise<ShiftReport> {
  const { shift, store } = await visibleShift(ctx, actor, shiftId, { operate: false });
  const at = ctx.clock();
  const report = await groupCommit(ctx.db, async (trx) => {
    const current = await createShiftRepository(trx).get(shift.id);
    if (current?.status !== 'open') throw new HttpError('shift_closed');
    const summary = toApiSummary(await currentShiftSummary(trx, current));
    await appendJournalFact(trx, {
      storeId: store.id,
      kind: 'x_report',
      refId: shift.id,
      at,
      payload: { shiftId: shift.id, registerId: shift.registerId, staffId: actor.staffId, summary },
    });
    return { current, summary };
  });
  return {
    kind: 'x',
    shift: await toApiShift(ctx.db, report.current),
    currency: store.currency,
    generatedAt: at,
    summary: report.summary,
  };
}

/**
 * Closes an open shift with the blind count: the expected cash is worked out only now, the
 * variance is counted − expected, and the close report is frozen on the shift and journaled. A
 * variance beyond the store's threshold raises `cash_variance` (online and offline closes alike:
 * the sync push closes through here too).
 */
export async function closeShift(
  ctx: KassaContext,
  actor: ShiftActor,
  shiftId: string,
  body: CloseShiftBody,
): Promise<ShiftReport> {
  const { shift, store } = await visibleShift(ctx, actor, shiftId, { operate: true });
  const counted = countCash(store.currency, body.count);
  if (!counted.ok) throw new HttpError('invalid_cash_count', { ...counted.error });
  if (shift.status === 'closed') return closeReplayed(ctx, shift, store.currency, body);
  const closed = await groupCommit(ctx.db, async (trx) => {
    // The register's lock makes a sale of this shift either fully before the close or refused after it.
    await createRegisterRepository(trx).lock(shift.registerId);
    const shifts = createShiftRepository(trx);
    const current = await shifts.get(shift.id);
    if (current?.status !== 'open') throw new HttpError('shift_closed');
    const summary: ClosedShiftSummary = closeShiftSummary(
      await currentShiftSummary(trx, current),
      counted.value,
    );
    const apiSummary = toApiSummary(summary);
    const variance = await cashVarianceAlert({ ...ctx, db: trx }, shift, actor.staffId, summary);
    await shifts.close(shift.id, {
      closedBy: actor.staffId,
      closedAt: body.closedAt,
      countedCash: counted.value,
      closingCount: body.count,
      summary: apiSummary,
    });
    await appendJournalFact(trx, {
      storeId: store.id,
      kind: 'shift_close',
      refId: shift.id,
      at: body.closedAt,
      payload: {
        shiftId: shift.id,
        registerId: shift.registerId,
        staffId: actor.staffId,
        count: body.count.map((line) => ({ ...line })),
        summary: apiSummary,
      },
    });
    await createEventRepository(trx).append({
      storeId: store.id,
      type: 'shift.closed',
      refId: shift.id,
      payload: {
        id: shift.id,
        registerId: shift.registerId,
        staffId: actor.staffId,
        expectedCash: summary.expectedCash,
        countedCash: summary.countedCash,
        variance: summary.variance,
      },
      createdAt: ctx.clock(),
    });
    const after = await shifts.get(shift.id);
    if (!after) throw new Error(`shift ${shift.id} vanished while closing`);
    // Last: the alert's event after the close's own.
    await createAlertRepository(trx).raise(variance ? [variance] : []);
    return { shift: after, summary: apiSummary };
  });
  return {
    kind: 'close',
    shift: await toApiShift(ctx.db, closed.shift),
    currency: store.currency,
    generatedAt: body.closedAt,
    summary: closed.summary,
  };
}

/**
 * A close posted again (its answer was lost): the frozen report when it is the same count, so the
 * register can show what it missed; 409 `shift_closed` otherwise.
 */
async function closeReplayed(
  ctx: KassaContext,
  shift: Shift,
  currency: string,
  body: CloseShiftBody,
): Promise<ShiftReport> {
  const same =
    shift.closedAt === body.closedAt && JSON.stringify(shift.closingCount) === JSON.stringify(body.count);
  if (!same) throw new HttpError('shift_closed');
  return {
    kind: 'close',
    shift: await toApiShift(ctx.db, shift),
    currency,
    generatedAt: body.closedAt,
    summary: shift.summary as ShiftReport['summary'],
  };
}

/** A closed shift's frozen close report, or an open shift's figures so far (not journaled). */
export async function readShiftReport(
  ctx: KassaContext,
  actor: ShiftActor,
  shiftId: string,
): Promise<ShiftReport> {
  const { shift, store } = await visibleShift(ctx, actor, shiftId, { operate: false });
  return {
    kind: shift.status === 'open' ? 'x' : 'close',
    shift: await toApiShift(ctx.db, shift),
    currency: store.currency,
    generatedAt: shift.closedAt ?? ctx.clock(),
    summary: await summaryOf(ctx, shift),
  };
}

async function summaryOf(ctx: KassaContext, shift: Shift): Promise<ShiftReport['summary']> {
  if (shift.status === 'closed') return shift.summary as ShiftReport['summary'];
  return toApiSummary(await currentShiftSummary(ctx.db, shift));
}
