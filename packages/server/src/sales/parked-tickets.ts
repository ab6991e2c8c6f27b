import type { ParkedTicket as ApiParkedTicket, ParkedTicketContent, ParkTicketBody } from '@kassa/api';
import {
  createEventRepository,
  createParkedTicketRepository,
  createSaleRepository,
  createStaffRepository,
  groupCommit,
  type ParkedTicket,
  UniqueViolationError,
} from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import { visibleStore } from '../stores/visible-store';

/**
 * Parks a ticket (挂单) so the register can serve the next customer; any register of the store can
 * resume it. Parking the same ticket again while it is parked answers the first (`duplicate`); a
 * ticket that already became a sale cannot be parked.
 */
export async function parkTicket(
  ctx: KassaContext,
  actor: ShiftActor,
  body: ParkTicketBody,
): Promise<{ parked: ApiParkedTicket; duplicate: boolean }> {
  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  if (await createSaleRepository(ctx.db).getRequestHash(body.id)) throw new HttpError('idempotency_conflict');
  const parked: ParkedTicket = {
    id: body.id,
    storeId: store.id,
    registerId: register.id,
    staffId: actor.staffId,
    parkedAt: body.at,
    note: body.note ?? '',
    total: body.total,
    ticket: body.ticket,
  };
  try {
    await groupCommit(ctx.db, async (trx) => {
      await createParkedTicketRepository(trx).insert(parked);
      await createEventRepository(trx).append({
        storeId: store.id,
        type: 'ticket.parked',
        refId: parked.id,
        payload: { id: parked.id, registerId: register.id, note: parked.note, total: parked.total },
        createdAt: ctx.clock(),
      });
    });
  } catch (error) {
    if (!(error instanceof UniqueViolationError)) throw error;
    const earlier = await createParkedTicketRepository(ctx.db).get(body.id);
    if (earlier?.storeId !== store.id) throw new HttpError('idempotency_conflict');
    return { parked: await toApiParkedTicket(ctx, earlier), duplicate: true };
  }
  return { parked: await toApiParkedTicket(ctx, parked), duplicate: false };
}

/** The store's parked tickets, oldest first. */
export async function listParkedTickets(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
): Promise<{ items: ApiParkedTicket[] }> {
  await visibleStore(ctx, auth, storeId);
  const tickets = await createParkedTicketRepository(ctx.db).listByStore(storeId);
  return { items: await Promise.all(tickets.map((ticket) => toApiParkedTicket(ctx, ticket))) };
}

/**
 * Takes a parked ticket onto `registerId` (any register of its store): it stops being parked, so
 * two registers resuming it at once cannot both get it.
 */
export async function resumeParkedTicket(
  ctx: KassaContext,
  actor: ShiftActor,
  id: string,
  registerId: string,
): Promise<ApiParkedTicket> {
  const { register, store } = await operableRegister(ctx, actor, registerId);
  const parked = await createParkedTicketRepository(ctx.db).get(id);
  if (parked?.storeId !== store.id) throw new HttpError('parked_ticket_not_found');
  const taken = await groupCommit(ctx.db, async (trx) => {
    const ticket = await createParkedTicketRepository(trx).take(id);
    if (!ticket) throw new HttpError('parked_ticket_not_found');
    await createEventRepository(trx).append({
      storeId: store.id,
      type: 'ticket.resumed',
      refId: id,
      payload: { id, registerId: register.id, parkedOn: ticket.registerId },
      createdAt: ctx.clock(),
    });
    return ticket;
  });
  return toApiParkedTicket(ctx, taken);
}

async function toApiParkedTicket(ctx: KassaContext, parked: ParkedTicket): Promise<ApiParkedTicket> {
  const staff = await createStaffRepository(ctx.db).get(parked.staffId);
  return {
    id: parked.id,
    storeId: parked.storeId,
    registerId: parked.registerId,
    staffId: parked.staffId,
    staffName: staff?.displayName ?? '',
    parkedAt: parked.parkedAt,
    note: parked.note,
    total: parked.total,
    // Validated when parked (ParkTicketBody); stored as JSON text.
    ticket: parked.ticket as ParkedTicketContent,
  };
}
