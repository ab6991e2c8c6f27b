import {
  createRegisterRepository,
  createShiftRepository,
  createStoreRepository,
  type Register,
  type Shift,
  type Store,
} from '@kassa/db';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';

/** Who acts on a shift: the caller's id, stores and the register a PIN session is bound to. */
export type ShiftActor = Pick<AuthSession, 'staffId' | 'storeIds' | 'registerId'>;

/**
 * The active register `registerId` with its store, when the actor may work on it: 404
 * `register_not_found` for a register they cannot see, 403 `register_mismatch` for a PIN session
 * of another register.
 */
export async function operableRegister(
  ctx: KassaContext,
  actor: ShiftActor,
  registerId: string,
): Promise<{ register: Register; store: Store }> {
  const register = await createRegisterRepository(ctx.db).get(registerId);
  if (!register?.active || !canSeeStore(actor, register.storeId)) throw new HttpError('register_not_found');
  if (actor.registerId !== null && actor.registerId !== register.id) throw new HttpError('register_mismatch');
  const store = await createStoreRepository(ctx.db).get(register.storeId);
  if (!store) throw new HttpError('register_not_found');
  return { register, store };
}

/**
 * The shift `shiftId` with its store, when the actor may see it (404 `shift_not_found` otherwise,
 * also for other stores' shifts); with `operate`, a PIN session of another register gets 403
 * `register_mismatch`.
 */
export async function visibleShift(
  ctx: KassaContext,
  actor: ShiftActor,
  shiftId: string,
  options: { readonly operate: boolean },
): Promise<{ shift: Shift; store: Store }> {
  const shift = await createShiftRepository(ctx.db).get(shiftId);
  if (!shift || !canSeeStore(actor, shift.storeId)) throw new HttpError('shift_not_found');
  if (options.operate && actor.registerId !== null && actor.registerId !== shift.registerId) {
    throw new HttpError('register_mismatch');
  }
  const store = await createStoreRepository(ctx.db).get(shift.storeId);
  if (!store) throw new HttpError('shift_not_found');
  return { shift, store };
}
