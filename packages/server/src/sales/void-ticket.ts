import type { TicketVoid, VoidTicketBody } from '@kassa/api';
import {
  createEventRepository,
  createRegisterRepository,
  createRollupRepository,
  createSaleRepository,
  createShiftRepository,
  createVoidRepository,
  groupCommit,
  UniqueViolationError,
  type Void,
} from '@kassa/db';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import type { KassaContext } from '../kassa-context';
import { voidDeltas } from '../reports/rollup-deltas';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import { lineVoids, voidedLine } from './voided-lines';

/**
 * Records a ticket abandoned before payment (整单作废): its lines and the lines removed from it
 * earlier, in the register's open shift, journaled as `void`. Idempotent on the ticket id; a ticket
 * that became a sale cannot be voided (after payment there are only refunds).
 */
export async function voidTicket(
  ctx: KassaContext,
  actor: ShiftActor,
  body: VoidTicketBody,
): Promise<{ ticketVoid: TicketVoid; duplicate: boolean }> {
  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  const earlier = await findEarlier(ctx, body.id, register.id);
  if (earlier) return { ticketVoid: earlier, duplicate: true };
  if (await createSaleRepository(ctx.db).getRequestHash(body.id)) throw new HttpError('idempotency_conflict');
  const ticket = {
    ticketId: body.id,
    storeId: store.id,
    registerId: register.id,
    shiftId: body.shiftId,
    staffId: actor.staffId,
  };
  const whole: Void = {
    ...ticket,
    id: body.id,
    kind: 'ticket',
    at: body.at,
    lines: body.lines.map((line) => voidedLine(line, store)),
    reason: body.reason ?? '',
  };
  const removed = lineVoids(body.voids ?? [], ticket, store);
  try {
    await groupCommit(ctx.db, async (trx) => {
      await createRegisterRepository(trx).lock(register.id);
      const shiftDate = await createShiftRepository(trx).openShiftDate(body.shiftId, register.id);
      if (shiftDate === undefined) throw new HttpError('shift_not_open');
      await createVoidRepository(trx).insert([whole, ...removed]);
      await appendJournalFact(trx, {
        storeId: store.id,
        kind: 'void',
        refId: body.id,
        at: body.at,
        payload: {
          id: body.id,
          registerId: register.id,
          shiftId: body.shiftId,
          staffId: actor.staffId,
          reason: whole.reason,
          lines: whole.lines,
          removed: removed.flatMap((v) => v.lines),
        },
      });
      // After the journal: the lock order of sales is store row, then rollup rows.
      await createRollupRepository(trx).add(
        [whole, ...removed].flatMap((v) =>
          voidDeltas(v, {
            storeId: store.id,
            businessDate: shiftDate,
            staffId: actor.staffId,
            registerId: register.id,
            at: v.at,
            timeZone: store.timeZone,
            cutoverMinutes: store.businessDayCutoverMinutes,
          }),
        ),
      );
      await createEventRepository(trx).append({
        storeId: store.id,
        type: 'ticket.voided',
        refId: body.id,
        payload: { id: body.id, registerId: register.id, staffId: actor.staffId, amount: amountOf(whole) },
        createdAt: ctx.clock(),
      });
    });
  } catch (error) {
    if (!(error instanceof UniqueViolationError)) throw error;
    // A concurrent copy won, or a line id was used before.
    const first = await findEarlier(ctx, body.id, register.id);
    if (first) return { ticketVoid: first, duplicate: true };
    throw new HttpError('idempotency_conflict');
  }
  return { ticketVoid: toTicketVoid(whole), duplicate: false };
}

async function findEarlier(
  ctx: KassaContext,
  id: string,
  registerId: string,
): Promise<TicketVoid | undefined> {
  const earlier = await createVoidRepository(ctx.db).getTicketVoid(id);
  if (!earlier) return undefined;
  if (earlier.registerId !== registerId) throw new HttpError('idempotency_conflict');
  return toTicketVoid(earlier);
}

function amountOf(ticketVoid: Void): number {
  return ticketVoid.lines.reduce((sum, line) => sum + line.amount, 0);
}

function toTicketVoid(ticketVoid: Void): TicketVoid {
  return {
    id: ticketVoid.id,
    registerId: ticketVoid.registerId,
    shiftId: ticketVoid.shiftId,
    staffId: ticketVoid.staffId,
    at: ticketVoid.at,
    lineCount: ticketVoid.lines.length,
    amount: amountOf(ticketVoid),
  };
}
